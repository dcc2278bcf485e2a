#include "CacheSchema.h"

#include "ErrorCatalog.h"
#include "Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mygas::cacheschema {

namespace {

// Rows keep the API's JSON in `data` (the wire format, so new fields need no
// migration) next to the columns that are filtered, joined or sorted on.
const QList<QStringList>& steps()
{
    static const QList<QStringList> all = {
        // 1: the synced sections.
        {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE accounts (id TEXT PRIMARY KEY, position INTEGER NOT NULL, data BLOB NOT NULL)"),
         QStringLiteral("CREATE TABLE services (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, data BLOB NOT NULL)"),
         QStringLiteral("CREATE TABLE meters (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, data BLOB NOT NULL)"),
         QStringLiteral("CREATE TABLE readings (id TEXT PRIMARY KEY, meter_id TEXT NOT NULL, "
                        "account_id TEXT NOT NULL, date TEXT NOT NULL, data BLOB NOT NULL)"),
         QStringLiteral("CREATE TABLE payments (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, date TEXT NOT NULL, "
                        "data BLOB NOT NULL)"),
         QStringLiteral("CREATE TABLE subscribers (account_id TEXT PRIMARY KEY, data BLOB NOT NULL)"),
         QStringLiteral("CREATE TABLE settlements (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, "
                        "period TEXT NOT NULL, service_id TEXT NOT NULL, data BLOB NOT NULL)"),
         QStringLiteral("CREATE TABLE contracts (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, "
                        "active INTEGER NOT NULL, date_from TEXT NOT NULL, data BLOB NOT NULL)"),
         QStringLiteral("CREATE TABLE acts (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, date TEXT NOT NULL, "
                        "data BLOB NOT NULL)")},
        // 2: the companies list for linking offline, and indexes for the pages' queries.
        {QStringLiteral("CREATE TABLE companies (id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                        "data BLOB NOT NULL)"),
         QStringLiteral("CREATE INDEX services_account ON services(account_id)"),
         QStringLiteral("CREATE INDEX meters_account ON meters(account_id)"),
         QStringLiteral("CREATE INDEX readings_meter_date ON readings(meter_id, date)"),
         QStringLiteral("CREATE INDEX readings_account ON readings(account_id)"),
         QStringLiteral("CREATE INDEX payments_account_date ON payments(account_id, date)"),
         QStringLiteral("CREATE INDEX settlements_account_period ON settlements(account_id, period)"),
         QStringLiteral("CREATE INDEX contracts_account ON contracts(account_id, active)"),
         QStringLiteral("CREATE INDEX acts_account_date ON acts(account_id, date)")},
        // 3: receipts fetched online, drawn again offline (manual 4.3.1.3).
        {QStringLiteral("CREATE TABLE invoices (account_id TEXT NOT NULL, period TEXT NOT NULL, "
                        "data BLOB NOT NULL, PRIMARY KEY (account_id, period))")},
    };
    return all;
}

Error schemaError(const QString& what)
{
    Error e;
    e.code = QString::fromLatin1(errc::CacheFailed);
    e.message = what;
    return e;
}

} // namespace

const QStringList& dataTables()
{
    static const QStringList tables = {QStringLiteral("accounts"),    QStringLiteral("services"),
                                       QStringLiteral("meters"),      QStringLiteral("readings"),
                                       QStringLiteral("payments"),    QStringLiteral("subscribers"),
                                       QStringLiteral("settlements"), QStringLiteral("contracts"),
                                       QStringLiteral("acts"),        QStringLiteral("invoices")};
    return tables;
}

int latestVersion()
{
    return int(steps().size());
}

int fileVersion(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status migrate(QSqlDatabase& db)
{
    const int from = fileVersion(db);
    if (from < 0)
        return schemaError(QStringLiteral("cannot read the cache version: ") + db.lastError().text());
    if (from > latestVersion())
        return schemaError(
            QStringLiteral("the cache file version %1 is newer than this program (%2)").arg(from).arg(latestVersion()));
    if (from == latestVersion())
        return Done{};
    if (!db.transaction())
        return schemaError(db.lastError().text());
    QSqlQuery q(db);
    for (int v = from; v < latestVersion(); ++v) {
        for (const QString& sql : steps().at(v)) {
            if (!q.exec(sql)) {
                const QString why = q.lastError().text();
                db.rollback();
                return schemaError(QStringLiteral("cache migration to %1 failed: %2").arg(v + 1).arg(why));
            }
        }
        qCInfo(lcCache) << "cache migrated to version" << v + 1;
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestVersion())) || !db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return schemaError(why);
    }
    return Done{};
}

} // namespace mygas::cacheschema
