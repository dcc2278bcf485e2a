#include "server/provider/Seeder.h"

#include "models/core/ErrorCatalog.h"
#include "server/accounts/AccountStore.h"
#include "server/db/BulkInserter.h"
#include "server/db/ChangeLog.h"
#include "server/demo/DemoData.h"
#include "server/directory/DirectoryStore.h"
#include "server/provider/ProviderWriter.h"
#include "server/provider/SeedGenerator.h"
#include "server/sections/RowJson.h"

#include <algorithm>
#include <memory>

namespace mygas::server {

namespace {
constexpr qint64 kBatch = 2000;

Error failed(const QString& what)
{
    Error e = makeError(errc::Internal, {}, 500);
    e.message = what;
    return e;
}

qint64 scalar(const Database& db, const QString& sql, std::initializer_list<QVariant> args = {})
{
    QSqlQuery q = db.newQuery();
    return db.exec(q, sql, args) && q.next() ? q.value(0).toLongLong() : 0;
}
} // namespace

Status Seeder::run(const SeedOptions& options, const std::function<void(qint64)>& progress)
{
    DirectoryStore directory(m_db);
    QList<Company> companies = directory.load().companies;
    if (companies.isEmpty()) {
        if (const Status added = directory.upsert({demo::companies(), demo::offices(), demo::faq()}); !added.ok())
            return failed(QStringLiteral("cannot add the demo companies"));
        companies = directory.load().companies;
    }
    if (!options.companyId.isEmpty()) {
        const auto it = std::find_if(companies.begin(), companies.end(),
                                     [&](const Company& c) { return c.id == options.companyId; });
        if (it == companies.end())
            return failed(QStringLiteral("unknown company %1").arg(options.companyId));
        companies = {*it};
    }
    for (const Company& c : companies) {
        if (scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM accounts WHERE company_id = ? AND number = ?"),
                   {c.id, SeedGenerator::accountNumber(c, 0)}) > 0)
            return failed(QStringLiteral("this database already holds seeded accounts of %1").arg(c.id));
    }
    const SeedGenerator generator(options.seed, options.years, options.openMonth);
    qint64 nextId = scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM accounts")) + 1;

    std::unique_ptr<BulkInserter> accounts;
    QList<std::shared_ptr<BulkInserter>> sections;
    auto makeInserters = [&] {
        accounts = std::make_unique<BulkInserter>(m_db, QStringLiteral("accounts"),
                                                  QStringList{QStringLiteral("id"), QStringLiteral("company_id"),
                                                              QStringLiteral("number"), QStringLiteral("address"),
                                                              QStringLiteral("pin_hash"), QStringLiteral("version")});
        sections.clear();
        for (const sections::Section& kind : sections::fromCompany()) {
            QStringList columns{QStringLiteral("id"), QStringLiteral("account_id")};
            for (const wire::Field& c : kind.columns)
                columns.append(QLatin1String(c.name));
            columns.append(QStringLiteral("version"));
            sections.append(std::make_shared<BulkInserter>(m_db, kind.name, columns));
        }
    };
    makeInserters();
    for (qint64 done = 0; done < options.accounts;) {
        Transaction tx(m_db);
        const qint64 version = changelog::bump(m_db);
        if (!tx.ok() || version == 0)
            return failed(QStringLiteral("cannot begin a batch"));
        const qint64 end = qMin(options.accounts, done + kBatch);
        // Accounts first, flushed before their section rows refer to them.
        QList<QPair<qint64, AccountData>> batch;
        batch.reserve(int(end - done));
        for (qint64 i = done; i < end; ++i) {
            const Company& company = companies.at(int(i % companies.size()));
            batch.append({nextId++, generator.account(company, i / companies.size())});
            const AccountData& a = batch.last().second;
            if (!accounts->add({batch.last().first, a.companyId, a.number, a.address,
                                AccountStore::pinHash(a.companyId, a.number, a.pin), version}))
                return failed(QStringLiteral("cannot write accounts"));
        }
        bool flushed = accounts->flush();
        for (const auto& [id, a] : std::as_const(batch)) {
            for (int k = 0; flushed && k < sections::fromCompany().size(); ++k) {
                const sections::Section& kind = sections::fromCompany().at(k);
                for (const LocalRow& row : a.sections.value(kind.name)) {
                    if (!sections[k]->add(QVariantList{rowId(id, row.localId), id} + storedValues(kind, row, id) +
                                          QVariantList{version}))
                        return failed(QStringLiteral("cannot write %1").arg(kind.name));
                }
            }
        }
        for (const auto& s : sections)
            flushed = flushed && s->flush();
        if (!flushed || !tx.commit())
            return failed(QStringLiteral("cannot write a batch of accounts"));
        done = end;
        progress(done);
    }
    if (m_db.kind() == Database::Kind::Postgres) {
        QSqlQuery q = m_db.newQuery();
        m_db.exec(q, QStringLiteral("SELECT setval(pg_get_serial_sequence('accounts', 'id'), "
                                    "(SELECT MAX(id) FROM accounts))"));
    }
    return Done{};
}

} // namespace mygas::server
