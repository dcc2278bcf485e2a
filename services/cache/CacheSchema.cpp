#include "services/cache/CacheSchema.h"

namespace mygas::cacheschema {

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
        // 4: «Заявки» of the extended accounts, with their history (manual 4.4).
        {QStringLiteral("CREATE TABLE requests (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, "
                        "created_at TEXT NOT NULL, data BLOB NOT NULL)"),
         QStringLiteral("CREATE INDEX requests_account ON requests(account_id, created_at)"),
         // A delta from the old cursor would miss requests made before this
         // version: the next sync is a full one.
         QStringLiteral("DELETE FROM meta WHERE key = 'cursor'")},
    };
    return all;
}

const QStringList& dataTables()
{
    static const QStringList tables = {
        QStringLiteral("accounts"),    QStringLiteral("services"),  QStringLiteral("meters"),
        QStringLiteral("readings"),    QStringLiteral("payments"),  QStringLiteral("subscribers"),
        QStringLiteral("settlements"), QStringLiteral("contracts"), QStringLiteral("acts"),
        QStringLiteral("invoices"),    QStringLiteral("requests")};
    return tables;
}

} // namespace mygas::cacheschema
