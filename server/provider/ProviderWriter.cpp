#include "server/provider/ProviderWriter.h"

#include "models/core/ErrorCatalog.h"
#include "models/readings/ReadingRules.h"
#include "server/accounts/AccountStore.h"
#include "server/accounts/PinSeal.h"
#include "server/app/Logging.h"
#include "server/db/ChangeLog.h"
#include "server/directory/DirectoryStore.h"
#include "server/sections/RowJson.h"

#include <QJsonDocument>
#include <QSqlError>

namespace mygas::server {

namespace {
Error failed(const QString& what)
{
    Error e = makeError(errc::Internal, {}, 500);
    e.message = what;
    return e;
}

// A fresh version the first time something changes in this transaction.
qint64 stamp(const Database& db, qint64* version)
{
    if (*version == 0)
        *version = changelog::bump(db);
    return *version;
}

bool run(QSqlQuery& q, const QString& sql, const QVariantList& args)
{
    if (q.prepare(sql)) {
        for (const QVariant& v : args)
            q.addBindValue(v);
        if (q.exec())
            return true;
    }
    qCWarning(lcDb) << "query failed:" << sql << q.lastError().text();
    return false;
}
} // namespace

QVariantList storedValues(const sections::Section& kind, const LocalRow& row, qint64 accountId)
{
    QVariantList out;
    out.reserve(kind.columns.size());
    for (int i = 0; i < kind.columns.size(); ++i) {
        const wire::FieldType type = kind.columns[i].type;
        const QVariant& v = row.values.value(i);
        out.append(type == wire::FieldType::Ref ? QVariant(rowId(accountId, v.toString())) : wire::normalized(type, v));
    }
    return out;
}

Result<WriteStats> ProviderWriter::apply(const ProviderData& data) const
{
    WriteStats stats;
    Transaction tx(m_db);
    if (!tx.ok())
        return failed(QStringLiteral("cannot begin a transaction"));
    for (const Company& c : data.companies) {
        QSqlQuery q = m_db.newQuery();
        const QString json = QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact));
        if (!m_db.exec(q,
                       QStringLiteral("INSERT INTO companies (id, sort_order, data) VALUES (?, (SELECT "
                                      "COALESCE(MAX(sort_order), -1) + 1 FROM companies), ?) ON CONFLICT (id) DO "
                                      "UPDATE SET data = excluded.data"),
                       {c.id, json}))
            return failed(QStringLiteral("cannot write the company %1").arg(c.id));
    }
    // «Today» of each account's company, in its time zone, for the averages.
    QHash<QString, QDate> today;
    for (const Company& c : DirectoryStore(m_db).load().companies)
        today.insert(c.id, rules::providerToday(c));
    for (const AccountData& a : data.accounts) {
        if (!writeAccount(a, today.value(a.companyId, rules::todayIn(QString::fromLatin1(kDefaultTimeZone))), &stats,
                          &stats.version))
            return failed(QStringLiteral("cannot write the account %1/%2").arg(a.companyId, a.number));
    }
    if (!tx.commit())
        return failed(QStringLiteral("cannot commit"));
    return stats;
}

namespace {
// A reading the abonent submitted online that the company's file does not
// cover yet: the file has no reading of that meter on its date or later.
struct OnlineReading
{
    QString meterId;
    QString date;
    qint64 value = 0;
    qint64 consumption = 0;
};

QHash<QString, OnlineReading> uncoveredOnlineReadings(const Database& db, const AccountData& a, qint64 accountId)
{
    QHash<QString, OnlineReading> out;
    QSqlQuery q = db.newQuery();
    if (!db.exec(q,
                 QStringLiteral("SELECT id, meter_id, \"date\", \"value\", consumption FROM readings WHERE "
                                "account_id = ? AND source = 'online' AND state = 'accepted'"),
                 {accountId}))
        return out;
    const sections::Section& readings = *sections::find(QStringLiteral("readings"));
    const int rMeter = readings.columnIndex("meter_id");
    const int rDate = readings.columnIndex("date");
    QHash<QString, QString> fileLatest; // meter → the file's latest reading date
    for (const LocalRow& r : a.sections.value(readings.name)) {
        const QString meter = rowId(accountId, r.values.value(rMeter).toString());
        const QString date = r.values.value(rDate).toString();
        if (date > fileLatest.value(meter))
            fileLatest.insert(meter, date);
    }
    while (q.next()) {
        OnlineReading r{q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toLongLong()};
        if (r.date > fileLatest.value(r.meterId))
            out.insert(q.value(0).toString(), r);
    }
    return out;
}

// The meters as the file has them, their last reading and average counting
// the online readings the file does not include yet, by the same rule.
QList<LocalRow> metersWithOnlineReadings(const AccountData& a, qint64 accountId,
                                         const QHash<QString, OnlineReading>& online, const QDate& today)
{
    const sections::Section& meters = *sections::find(QStringLiteral("meters"));
    if (online.isEmpty())
        return a.sections.value(meters.name);
    const sections::Section& readings = *sections::find(QStringLiteral("readings"));
    AccountData withOnline = a;
    QList<LocalRow>& rows = withOnline.sections[readings.name];
    const QString prefix = QString::number(accountId) + QLatin1Char('-');
    for (auto it = online.constBegin(); it != online.constEnd(); ++it) {
        LocalRow r{it.key(), QVariantList(readings.columns.size())};
        r.values[readings.columnIndex("meter_id")] = it->meterId.mid(prefix.size());
        r.values[readings.columnIndex("date")] = it->date;
        r.values[readings.columnIndex("value")] = it->value;
        r.values[readings.columnIndex("consumption")] = it->consumption;
        r.values[readings.columnIndex("state")] = QStringLiteral("accepted");
        rows.append(r);
    }
    deriveMeterFields(withOnline, today);
    return withOnline.sections.value(meters.name);
}
} // namespace

bool ProviderWriter::writeAccount(const AccountData& a, const QDate& today, WriteStats* stats, qint64* version) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, address, pin_hash, pin_sealed FROM accounts WHERE company_id = ? AND "
                                  "number = ?"),
                   {a.companyId, a.number}))
        return false;
    qint64 accountId = 0;
    // No PIN in the file: "" (a null string would be bound as NULL).
    const QString pinHash = a.pin.isEmpty() ? QStringLiteral("") : AccountStore::pinHash(a.companyId, a.number, a.pin);
    // A new PIN replaces the printable copy too (none without a key), so an
    // old PIN is never printed.
    const QString sealed = m_seal ? m_seal->seal(a.pin) : QString();
    if (q.next()) {
        accountId = q.value(0).toLongLong();
        const QString newPin = pinHash.isEmpty() ? q.value(2).toString() : pinHash;
        const QString newSealed = pinHash.isEmpty() ? q.value(3).toString() : sealed;
        if (q.value(1).toString() != a.address || q.value(2).toString() != newPin ||
            q.value(3).toString() != newSealed) {
            QSqlQuery u = m_db.newQuery();
            if (!m_db.exec(
                    u,
                    QStringLiteral("UPDATE accounts SET address = ?, pin_hash = ?, pin_sealed = COALESCE(?, ''), "
                                   "version = ? WHERE id = ?"),
                    {a.address, newPin, newSealed, stamp(m_db, version), accountId}))
                return false;
        }
    } else {
        accountId = m_db.insert(QStringLiteral("INSERT INTO accounts (company_id, number, address, pin_hash, version, "
                                               "pin_sealed) VALUES (?, ?, ?, ?, ?, COALESCE(?, '')) RETURNING id"),
                                {a.companyId, a.number, a.address, pinHash, stamp(m_db, version), sealed});
        if (accountId == 0)
            return false;
        ++stats->accountsAdded;
    }
    // Readings submitted online stay until the company's file covers them, so
    // an import of an older export does not take back an accepted reading.
    const QHash<QString, OnlineReading> online = uncoveredOnlineReadings(m_db, a, accountId);
    const QList<LocalRow> meterRows = metersWithOnlineReadings(a, accountId, online, today);
    for (const sections::Section& kind : sections::fromCompany()) {
        const QList<LocalRow> rows = kind.name == QLatin1String("meters") ? meterRows : a.sections.value(kind.name);
        QHash<QString, QVariantList> existing;
        QSqlQuery s = m_db.newQuery();
        if (!m_db.exec(s,
                       QStringLiteral("SELECT id, %1 FROM %2 WHERE account_id = ?").arg(kind.columnList(), kind.name),
                       {accountId}))
            return false;
        while (s.next()) {
            QVariantList values;
            for (int i = 0; i < kind.columns.size(); ++i)
                values.append(wire::normalized(kind.columns[i].type, s.value(i + 1)));
            existing.insert(s.value(0).toString(), values);
        }
        const QString cols = kind.columnList();
        const QString marks = QStringLiteral(", ?").repeated(int(kind.columns.size()));
        QStringList sets;
        for (const wire::Field& c : kind.columns)
            sets.append(QStringLiteral("\"%1\" = ?").arg(QLatin1String(c.name)));
        QSqlQuery w = m_db.newQuery();
        for (const LocalRow& row : rows) {
            const QString id = rowId(accountId, row.localId);
            const QVariantList values = storedValues(kind, row, accountId);
            const auto old = existing.constFind(id);
            if (old == existing.constEnd()) {
                if (!run(w,
                         QStringLiteral("INSERT INTO %1 (id, account_id, %2, version) VALUES (?, ?%3, ?)")
                             .arg(kind.name, cols, marks),
                         QVariantList{id, accountId} + values + QVariantList{stamp(m_db, version)}))
                    return false;
                ++stats->rowsAdded;
                continue;
            }
            if (old.value() != values) {
                if (!run(w,
                         QStringLiteral("UPDATE %1 SET %2, version = ? WHERE id = ?").arg(kind.name, sets.join(", ")),
                         values + QVariantList{stamp(m_db, version), id}))
                    return false;
                ++stats->rowsChanged;
            }
            existing.remove(id);
        }
        for (auto it = existing.constBegin(); it != existing.constEnd(); ++it) {
            if (online.contains(it.key()))
                continue;
            if (!run(w, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(kind.name), {it.key()}) ||
                !changelog::tombstone(m_db, kind.name, it.key(), accountId, stamp(m_db, version)))
                return false;
            ++stats->rowsRemoved;
        }
    }
    return true;
}

void deriveMeterFields(AccountData& account, const QDate& today)
{
    const sections::Section& meters = *sections::find(QStringLiteral("meters"));
    const sections::Section& readings = *sections::find(QStringLiteral("readings"));
    const int rMeter = readings.columnIndex("meter_id");
    const int rDate = readings.columnIndex("date");
    const int rValue = readings.columnIndex("value");
    const int rConsumption = readings.columnIndex("consumption");
    const int rState = readings.columnIndex("state");
    QList<LocalRow>& meterRows = account.sections[meters.name];
    const QList<LocalRow> readingRows = account.sections.value(readings.name);
    for (LocalRow& m : meterRows) {
        QList<Reading> mine;
        for (const LocalRow& r : readingRows) {
            if (r.values.value(rMeter).toString() != m.localId)
                continue;
            Reading x;
            x.date = QDate::fromString(r.values.value(rDate).toString(), Qt::ISODate);
            x.value = r.values.value(rValue).toLongLong();
            x.consumption = r.values.value(rConsumption).toLongLong();
            x.state = r.values.value(rState).toString();
            if (x.state == QLatin1String("accepted"))
                mine.append(x);
        }
        std::sort(mine.begin(), mine.end(), [](const Reading& x, const Reading& y) { return x.date < y.date; });
        m.values[meters.columnIndex("last_reading")] = mine.isEmpty() ? qint64(0) : mine.last().value;
        m.values[meters.columnIndex("last_reading_date")] =
            mine.isEmpty() ? QVariant() : QVariant(mine.last().date.toString(Qt::ISODate));
        // The same average as after a reading submitted online.
        m.values[meters.columnIndex("avg_monthly_m3")] = rules::averageMonthlyConsumption(mine, today);
    }
}

} // namespace mygas::server
