#include "server/provider/ProviderSchema.h"

namespace mygas::server {

namespace {
// Every section table: a global text id, its account, its data, and the
// version of its last change.
QString section(const char* table, const char* columns)
{
    return QStringLiteral("CREATE TABLE %1 (id TEXT PRIMARY KEY, account_id BIGINT NOT NULL REFERENCES accounts(id) "
                          "ON DELETE CASCADE, %2, version BIGINT NOT NULL)")
        .arg(QLatin1String(table), QLatin1String(columns));
}

QString index(const char* name, const char* table, const char* columns)
{
    return QStringLiteral("CREATE INDEX %1 ON %2(%3)")
        .arg(QLatin1String(name), QLatin1String(table), QLatin1String(columns));
}
} // namespace

QStringList providerSchemaStep()
{
    return {
        // One counter for every change; each writing transaction bumps it once.
        QStringLiteral("CREATE TABLE change_counter (id INTEGER PRIMARY KEY, value BIGINT NOT NULL)"),
        QStringLiteral("INSERT INTO change_counter (id, value) VALUES (1, 0)"),
        QStringLiteral("CREATE TABLE accounts (id {ID}, company_id TEXT NOT NULL REFERENCES companies(id), "
                       "number TEXT NOT NULL, address TEXT NOT NULL DEFAULT '', pin_hash TEXT NOT NULL DEFAULT '', "
                       "version BIGINT NOT NULL, UNIQUE (company_id, number))"),
        section("services", "\"name\" TEXT NOT NULL, \"balance_kop\" BIGINT NOT NULL, \"regime\" TEXT NOT NULL, "
                            "\"tariff_kop\" BIGINT NOT NULL, \"unit\" TEXT NOT NULL, \"norm_m3\" DOUBLE PRECISION "
                            "NOT NULL"),
        section("meters", "\"service_id\" TEXT NOT NULL, \"name\" TEXT NOT NULL, \"model\" TEXT NOT NULL, "
                          "\"serial\" TEXT NOT NULL, \"capacity_digits\" BIGINT NOT NULL, \"install_place\" TEXT "
                          "NOT NULL, \"last_reading\" BIGINT NOT NULL, \"last_reading_date\" TEXT, "
                          "\"next_verification_date\" TEXT, \"state\" TEXT NOT NULL, \"avg_monthly_m3\" DOUBLE "
                          "PRECISION NOT NULL, \"submission_open\" INTEGER NOT NULL"),
        section("readings", "\"meter_id\" TEXT NOT NULL, \"date\" TEXT, \"value\" BIGINT NOT NULL, \"consumption\" "
                            "BIGINT NOT NULL, \"source\" TEXT NOT NULL, \"state\" TEXT NOT NULL"),
        section("payments", "\"date\" TEXT, \"amount_kop\" BIGINT NOT NULL, \"place\" TEXT NOT NULL, \"service_id\" "
                            "TEXT NOT NULL, \"online\" INTEGER NOT NULL"),
        section("subscribers", "\"owner_name\" TEXT NOT NULL, \"residents\" BIGINT NOT NULL, \"heated_area_m2\" "
                               "DOUBLE PRECISION NOT NULL, \"total_area_m2\" DOUBLE PRECISION NOT NULL, "
                               "\"benefits\" TEXT NOT NULL, \"regimes\" TEXT NOT NULL, \"equipment\" TEXT NOT NULL"),
        section("settlements", "\"period\" TEXT NOT NULL, \"service_id\" TEXT NOT NULL, \"opening_kop\" BIGINT NOT "
                               "NULL, \"charged_kop\" BIGINT NOT NULL, \"volume_m3\" DOUBLE PRECISION NOT NULL, "
                               "\"paid_kop\" BIGINT NOT NULL, \"benefits_kop\" BIGINT NOT NULL, "
                               "\"recalculation_kop\" BIGINT NOT NULL, \"closing_kop\" BIGINT"),
        section("contracts", "\"kind\" TEXT NOT NULL, \"number\" TEXT NOT NULL, \"status\" TEXT NOT NULL, "
                             "\"date_from\" TEXT, \"date_to\" TEXT, \"active\" INTEGER NOT NULL"),
        section("acts", "\"contract_id\" TEXT NOT NULL, \"number\" TEXT NOT NULL, \"date\" TEXT, \"total_kop\" "
                        "BIGINT NOT NULL, \"works\" TEXT NOT NULL"),
        // Lookups by account (REST) and by account and version (sync) share one index per table.
        index("services_account", "services", "account_id, version"),
        index("meters_account", "meters", "account_id, version"),
        index("readings_account", "readings", "account_id, version"),
        index("readings_meter", "readings", "meter_id, \"date\""),
        index("payments_account", "payments", "account_id, version"),
        index("payments_date", "payments", "account_id, \"date\""),
        index("subscribers_account", "subscribers", "account_id, version"),
        index("settlements_account", "settlements", "account_id, version"),
        index("settlements_period", "settlements", "account_id, period"),
        index("contracts_account", "contracts", "account_id, version"),
        index("acts_account", "acts", "account_id, version"),
        QStringLiteral("CREATE TABLE tombstones (id {ID}, kind TEXT NOT NULL, row_id TEXT NOT NULL, "
                       "account_id BIGINT NOT NULL, version BIGINT NOT NULL)"),
        index("tombstones_account", "tombstones", "account_id, version"),
        QStringLiteral("CREATE TABLE user_accounts (user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE, "
                       "account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, alias TEXT NOT NULL "
                       "DEFAULT '', access TEXT NOT NULL DEFAULT 'limited', linked_at BIGINT NOT NULL, "
                       "version BIGINT NOT NULL, PRIMARY KEY (user_id, account_id))"),
        index("user_accounts_account", "user_accounts", "account_id"),
        QStringLiteral("CREATE TABLE extended_attempts (id {ID}, user_id BIGINT NOT NULL, account_id BIGINT NOT NULL, "
                       "attempted_at BIGINT NOT NULL)"),
        index("extended_attempts_lookup", "extended_attempts", "user_id, account_id, attempted_at"),
    };
}

} // namespace mygas::server
