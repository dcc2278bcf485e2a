#include "services/cache/CacheWriter.h"

#include "models/core/ErrorCatalog.h"
#include "services/cache/CacheSchema.h"
#include "services/core/Logging.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>

#include <utility>

namespace mygas {

namespace {

// INSERT … ON CONFLICT DO UPDATE keeps the row's rowid, so rows keep the
// order in which they first arrived (services, meters).
QString upsertSql(const QString& table, const QStringList& columns)
{
    QStringList marks;
    QStringList sets;
    for (const QString& c : columns) {
        marks << QStringLiteral("?");
        if (c != columns.first())
            sets << c + QStringLiteral("=excluded.") + c;
    }
    return QStringLiteral("INSERT INTO %1(%2) VALUES(%3) ON CONFLICT(%4) DO UPDATE SET %5")
        .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')), columns.first(),
             sets.join(QLatin1Char(',')));
}

QByteArray jsonBytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QStringList& extendedTables()
{
    // Invoices too: an extended one names the owner.
    static const QStringList tables = {QStringLiteral("subscribers"), QStringLiteral("settlements"),
                                       QStringLiteral("contracts"),   QStringLiteral("acts"),
                                       QStringLiteral("invoices"),    QStringLiteral("requests")};
    return tables;
}

} // namespace

CacheWriter::CacheWriter(QSqlDatabase db, StatementHook hook) : m_db(std::move(db)), m_hook(std::move(hook)) {}

Status CacheWriter::write(const SyncPayload& payload, const QDateTime& syncedAt)
{
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
    } else if (writeAll(payload, syncedAt) && m_db.commit()) {
        return Done{};
    } else {
        if (m_error.isEmpty())
            m_error = m_db.lastError().text();
        m_db.rollback();
    }
    qCWarning(lcCache) << "sync answer not applied:" << m_error;
    Error e;
    e.code = QString::fromLatin1(errc::CacheFailed);
    e.message = errorMessage(e.code);
    return e;
}

bool CacheWriter::writeAll(const SyncPayload& payload, const QDateTime& syncedAt)
{
    if (payload.full) {
        for (const QString& table : cacheschema::dataTables()) {
            if (!exec(QStringLiteral("DELETE FROM ") + table))
                return false;
        }
    }
    return removeAccounts(payload) && upsertAccounts(payload) && removeRows(payload) && upsertRows(payload) &&
           setMeta(QStringLiteral("cursor"), payload.cursor) &&
           setMeta(QStringLiteral("synced_at"), syncedAt.toUTC().toString(Qt::ISODateWithMs));
}

bool CacheWriter::removeAccounts(const SyncPayload& payload)
{
    QSet<QString> current;
    for (const Account& a : payload.accounts)
        current.insert(a.id);
    QSqlQuery q = prepare(QStringLiteral("SELECT id FROM accounts"));
    if (m_prepareFailed || !exec(q))
        return false;
    QStringList gone;
    while (q.next()) {
        if (!current.contains(q.value(0).toString()))
            gone << q.value(0).toString();
    }
    for (const QString& id : std::as_const(gone)) {
        qCInfo(lcCache) << "account" << id << "is no longer linked; dropping its data";
        for (const QString& table : cacheschema::dataTables()) {
            if (!deleteWhere(table,
                             table == QLatin1String("accounts") ? QStringLiteral("id") : QStringLiteral("account_id"),
                             id))
                return false;
        }
    }
    return true;
}

bool CacheWriter::upsertAccounts(const SyncPayload& payload)
{
    QSqlQuery q = prepare(upsertSql(QStringLiteral("accounts"),
                                    {QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("data")}));
    if (m_prepareFailed)
        return false;
    for (int i = 0; i < payload.accounts.size(); ++i) {
        const Account& a = payload.accounts.at(i);
        q.bindValue(0, a.id);
        q.bindValue(1, i);
        q.bindValue(2, jsonBytes(a.toJson()));
        if (!exec(q))
            return false;
        // A limited account keeps nothing of the extended sections.
        if (a.access == Access::Limited) {
            for (const QString& table : extendedTables()) {
                if (!deleteWhere(table, QStringLiteral("account_id"), a.id))
                    return false;
            }
        }
    }
    return true;
}

bool CacheWriter::removeRows(const SyncPayload& payload)
{
    for (auto it = payload.removed.begin(); it != payload.removed.end(); ++it) {
        const QString& kind = it.key();
        if (!cacheschema::dataTables().contains(kind) || kind == QLatin1String("accounts")) {
            qCWarning(lcCache) << "ignoring removals of unknown kind" << kind;
            continue;
        }
        const QString column =
            kind == QLatin1String("subscribers") ? QStringLiteral("account_id") : QStringLiteral("id");
        for (const QString& id : it.value()) {
            if (!deleteWhere(kind, column, id))
                return false;
            if (kind == QLatin1String("meters") &&
                !deleteWhere(QStringLiteral("readings"), QStringLiteral("meter_id"), id))
                return false;
        }
    }
    return true;
}

bool CacheWriter::upsertRows(const SyncPayload& payload)
{
    QSet<QString> linked;
    QSet<QString> extended;
    for (const Account& a : payload.accounts) {
        linked.insert(a.id);
        if (a.access == Access::Extended)
            extended.insert(a.id);
    }
    // Rows of an account that is not linked (or not extended, for the
    // extended sections) would be orphans nobody can see or remove.
    auto upsert = [this](const QSet<QString>& allowed, const QString& table, const QStringList& columns,
                         const auto& rows, auto bind) {
        QSqlQuery q = prepare(upsertSql(table, QStringList(columns) << QStringLiteral("data")));
        if (m_prepareFailed)
            return false;
        for (const auto& row : rows) {
            if (!allowed.contains(row.accountId))
                continue;
            bind(q, row);
            q.bindValue(int(columns.size()), jsonBytes(row.toJson()));
            if (!exec(q))
                return false;
        }
        return true;
    };
    const QString id = QStringLiteral("id");
    const QString account = QStringLiteral("account_id");
    const QString date = QStringLiteral("date");
    auto isoDate = [](const QDate& d) { return d.toString(Qt::ISODate); };
    return upsert(linked, QStringLiteral("services"), {id, account}, payload.services,
                  [](QSqlQuery& q, const ServiceInfo& r) {
                      q.bindValue(0, r.id);
                      q.bindValue(1, r.accountId);
                  }) &&
           upsert(linked, QStringLiteral("meters"), {id, account}, payload.meters,
                  [](QSqlQuery& q, const Meter& r) {
                      q.bindValue(0, r.id);
                      q.bindValue(1, r.accountId);
                  }) &&
           upsert(linked, QStringLiteral("readings"), {id, QStringLiteral("meter_id"), account, date}, payload.readings,
                  [&](QSqlQuery& q, const Reading& r) {
                      q.bindValue(0, r.id);
                      q.bindValue(1, r.meterId);
                      q.bindValue(2, r.accountId);
                      q.bindValue(3, isoDate(r.date));
                  }) &&
           upsert(linked, QStringLiteral("payments"), {id, account, date}, payload.payments,
                  [&](QSqlQuery& q, const Payment& r) {
                      q.bindValue(0, r.id);
                      q.bindValue(1, r.accountId);
                      q.bindValue(2, isoDate(r.date));
                  }) &&
           upsert(extended, QStringLiteral("subscribers"), {account}, payload.subscribers,
                  [](QSqlQuery& q, const Subscriber& r) { q.bindValue(0, r.accountId); }) &&
           upsert(extended, QStringLiteral("settlements"),
                  {id, account, QStringLiteral("period"), QStringLiteral("service_id")}, payload.settlements,
                  [](QSqlQuery& q, const Settlement& r) {
                      q.bindValue(0, r.id);
                      q.bindValue(1, r.accountId);
                      q.bindValue(2, r.period);
                      q.bindValue(3, r.serviceId);
                  }) &&
           upsert(extended, QStringLiteral("contracts"),
                  {id, account, QStringLiteral("active"), QStringLiteral("date_from")}, payload.contracts,
                  [&](QSqlQuery& q, const Contract& r) {
                      q.bindValue(0, r.id);
                      q.bindValue(1, r.accountId);
                      q.bindValue(2, r.active ? 1 : 0);
                      q.bindValue(3, isoDate(r.dateFrom));
                  }) &&
           upsert(extended, QStringLiteral("acts"), {id, account, date}, payload.acts,
                  [&](QSqlQuery& q, const Act& r) {
                      q.bindValue(0, r.id);
                      q.bindValue(1, r.accountId);
                      q.bindValue(2, isoDate(r.date));
                  }) &&
           upsert(extended, QStringLiteral("requests"), {id, account, QStringLiteral("created_at")}, payload.requests,
                  [](QSqlQuery& q, const ServiceRequest& r) {
                      q.bindValue(0, r.id);
                      q.bindValue(1, r.accountId);
                      q.bindValue(2, r.createdAt);
                  });
}

bool CacheWriter::setMeta(const QString& key, const QString& value)
{
    QSqlQuery q = prepare(upsertSql(QStringLiteral("meta"), {QStringLiteral("key"), QStringLiteral("value")}));
    if (m_prepareFailed)
        return false;
    q.bindValue(0, key);
    q.bindValue(1, value);
    return exec(q);
}

bool CacheWriter::deleteWhere(const QString& table, const QString& column, const QString& value)
{
    QSqlQuery q = prepare(QStringLiteral("DELETE FROM %1 WHERE %2=?").arg(table, column));
    if (m_prepareFailed)
        return false;
    q.bindValue(0, value);
    return exec(q);
}

QSqlQuery CacheWriter::prepare(const QString& sql)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql)) {
        m_prepareFailed = true;
        m_error = q.lastError().text();
    }
    return q;
}

bool CacheWriter::exec(QSqlQuery& q)
{
    ++m_statements;
    if (m_hook && !m_hook(m_statements)) {
        m_error = QStringLiteral("statement %1 refused by the test hook").arg(m_statements);
        return false;
    }
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool CacheWriter::exec(const QString& sql)
{
    QSqlQuery q = prepare(sql);
    return !m_prepareFailed && exec(q);
}

} // namespace mygas
