#include "server/db/Migrations.h"

#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "server/app/Logging.h"
#include "server/provider/ProviderSchema.h"

#include <QPair>
#include <QScopeGuard>
#include <QStringList>

namespace mygas::server {

namespace {
// The tombstones of a table's "online-…" rows, then their renaming, both at
// the change counter's current value.
QPair<QString, QString> renamedOnlineRows(const char* table)
{
    const QString t = QLatin1String(table);
    const QString version = QStringLiteral("(SELECT value FROM change_counter WHERE id = 1)");
    return {QStringLiteral("INSERT INTO tombstones (kind, row_id, account_id, version) SELECT '%1', id, account_id, "
                           "%2 FROM %1 WHERE id LIKE 'online-%'")
                .arg(t, version),
            QStringLiteral("UPDATE %1 SET id = CAST(account_id AS TEXT) || '-' || id, version = %2 "
                           "WHERE id LIKE 'online-%'")
                .arg(t, version)};
}

// {ID} is replaced by the dialect's auto-increment primary key.
const QStringList& steps(int version)
{
    static const QList<QStringList> all = {
        {
            QStringLiteral("CREATE TABLE users (id {ID}, login TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL, "
                           "full_name TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', "
                           "phone TEXT NOT NULL DEFAULT '', consent_version TEXT, consent_at BIGINT, "
                           "created_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE TABLE challenges (id TEXT PRIMARY KEY, purpose TEXT NOT NULL, login TEXT NOT NULL, "
                           "password_hash TEXT NOT NULL, code_hash TEXT NOT NULL, ttl_sec INTEGER NOT NULL, "
                           "expires_at BIGINT NOT NULL, resend_at BIGINT NOT NULL, "
                           "wrong_codes INTEGER NOT NULL DEFAULT 0, used_at BIGINT, created_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX challenges_login ON challenges(login, purpose)"),
            QStringLiteral("CREATE TABLE sessions (id {ID}, user_id BIGINT NOT NULL REFERENCES users(id) "
                           "ON DELETE CASCADE, created_at BIGINT NOT NULL, revoked_at BIGINT)"),
            QStringLiteral("CREATE INDEX sessions_user ON sessions(user_id)"),
            QStringLiteral("CREATE TABLE access_tokens (token_hash TEXT PRIMARY KEY, session_id BIGINT NOT NULL "
                           "REFERENCES sessions(id) ON DELETE CASCADE, expires_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE TABLE refresh_tokens (token_hash TEXT PRIMARY KEY, session_id BIGINT NOT NULL "
                           "REFERENCES sessions(id) ON DELETE CASCADE, expires_at BIGINT NOT NULL, used_at BIGINT)"),
            QStringLiteral("CREATE TABLE login_failures (id {ID}, login TEXT NOT NULL, failed_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX login_failures_login ON login_failures(login, failed_at)"),
            QStringLiteral("CREATE TABLE outbox (id {ID}, recipient TEXT NOT NULL, channel TEXT NOT NULL, "
                           "subject TEXT NOT NULL, body TEXT NOT NULL, code TEXT, created_at BIGINT NOT NULL, "
                           "sent_at BIGINT, attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at BIGINT NOT NULL, "
                           "last_error TEXT)"),
            QStringLiteral("CREATE INDEX outbox_recipient ON outbox(recipient)"),
            QStringLiteral("CREATE INDEX outbox_pending ON outbox(sent_at, next_attempt_at)"),
            QStringLiteral("CREATE TABLE companies (id TEXT PRIMARY KEY, sort_order INTEGER NOT NULL, "
                           "data TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE offices (id TEXT PRIMARY KEY, company_id TEXT NOT NULL REFERENCES "
                           "companies(id) ON DELETE CASCADE, sort_order INTEGER NOT NULL, data TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE faq_topics (id TEXT PRIMARY KEY, sort_order INTEGER NOT NULL, "
                           "data TEXT NOT NULL)"),
        },
        providerSchemaStep(),
        {
            QStringLiteral("CREATE TABLE pin_requests (id {ID}, account_id BIGINT NOT NULL REFERENCES accounts(id) "
                           "ON DELETE CASCADE, user_id BIGINT NOT NULL, full_name TEXT NOT NULL, email TEXT NOT NULL, "
                           "phone TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL, "
                           "status TEXT NOT NULL DEFAULT 'pending', decided_at BIGINT)"),
            QStringLiteral("CREATE INDEX pin_requests_user ON pin_requests(user_id, account_id, created_at)"),
            QStringLiteral("CREATE INDEX pin_requests_status ON pin_requests(status)"),
        },
        {
            // The stored answer of each request that carried an Idempotency-Key,
            // per user: a repeated request gets it again and changes nothing.
            QStringLiteral("CREATE TABLE idempotency_keys (user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE "
                           "CASCADE, idem_key TEXT NOT NULL, request_hash TEXT NOT NULL, status INTEGER NOT NULL, "
                           "body TEXT NOT NULL, created_at BIGINT NOT NULL, PRIMARY KEY (user_id, idem_key))"),
        },
        {
            // A meter's readings are found through their account (readings_account):
            // one index less to update for every reading accepted.
            QStringLiteral("DROP INDEX readings_meter"),
        },
        {
            // Card payments and card bindings (kind 'payment' or 'card'): pending
            // until the bank's signed notification, then final. No card number:
            // only the masked one the bank reports.
            QStringLiteral("CREATE TABLE payment_orders (id TEXT PRIMARY KEY, kind TEXT NOT NULL, user_id BIGINT NOT "
                           "NULL REFERENCES users(id) ON DELETE CASCADE, account_id BIGINT REFERENCES accounts(id) ON "
                           "DELETE CASCADE, items TEXT NOT NULL, total_kop BIGINT NOT NULL, card_id TEXT, "
                           "status TEXT NOT NULL, decline_code TEXT NOT NULL DEFAULT '', card_masked TEXT NOT NULL "
                           "DEFAULT '', card_network TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL, "
                           "finished_at BIGINT)"),
            QStringLiteral("CREATE INDEX payment_orders_user ON payment_orders(user_id, created_at)"),
            // The user's cards: what the bank lets us show, and its binding token.
            QStringLiteral("CREATE TABLE cards (id TEXT PRIMARY KEY, user_id BIGINT NOT NULL REFERENCES users(id) ON "
                           "DELETE CASCADE, masked TEXT NOT NULL, network TEXT NOT NULL, expiry TEXT NOT NULL, "
                           "binding TEXT NOT NULL, created_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX cards_user ON cards(user_id)"),
            // Notifications already applied: one sent again changes nothing.
            QStringLiteral("CREATE TABLE acquirer_notifications (id TEXT PRIMARY KEY, received_at BIGINT NOT NULL)"),
            // The sandbox acquirer's own side (the bank): its payment pages and the
            // cards bound at it, kept by their test behaviour, never by number.
            QStringLiteral("CREATE TABLE sandbox_sessions (id TEXT PRIMARY KEY, order_id TEXT NOT NULL, amount_kop "
                           "BIGINT NOT NULL, binding TEXT NOT NULL DEFAULT '', bind_only INTEGER NOT NULL, "
                           "return_url TEXT NOT NULL, state TEXT NOT NULL, outcome TEXT NOT NULL DEFAULT '', "
                           "masked TEXT NOT NULL DEFAULT '', network TEXT NOT NULL DEFAULT '', expiry TEXT NOT NULL "
                           "DEFAULT '', save_card INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE TABLE sandbox_bindings (id TEXT PRIMARY KEY, masked TEXT NOT NULL, network TEXT NOT "
                           "NULL, expiry TEXT NOT NULL, outcome TEXT NOT NULL)"),
        },
        {
            // The PIN printed on receipts, sealed (PinSeal); "" when none is known.
            QStringLiteral("ALTER TABLE accounts ADD COLUMN pin_sealed TEXT NOT NULL DEFAULT ''"),
        },
        {
            // The tokens that replaced a refresh token, sealed under a key
            // derived from that token (SessionStore::rotate's grace period).
            QStringLiteral("ALTER TABLE refresh_tokens ADD COLUMN successor_sealed TEXT"),
        },
        {
            // The bank's number of a paid order's operation (its RRN); "" until paid.
            QStringLiteral("ALTER TABLE payment_orders ADD COLUMN bank_operation TEXT NOT NULL DEFAULT ''"),
        },
        {
            // Wrong control answers are also counted per account across users.
            QStringLiteral("CREATE INDEX extended_attempts_account ON extended_attempts(account_id, attempted_at)"),
        },
        {
            // Failed logins by client address too; registration and recovery
            // starts by client address (LoginThrottle).
            QStringLiteral("ALTER TABLE login_failures ADD COLUMN address TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE auth_starts (id {ID}, address TEXT NOT NULL, started_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX auth_starts_address ON auth_starts(address, started_at)"),
        },
        {
            // Rows made through the API get the "<account id>-<id>" of every
            // other row. One new version: synced clients receive the renamed
            // rows and are told to remove the old ids.
            QStringLiteral("UPDATE change_counter SET value = value + 1 WHERE id = 1"),
            renamedOnlineRows("readings").first,
            renamedOnlineRows("readings").second,
            renamedOnlineRows("payments").first,
            renamedOnlineRows("payments").second,
        },
        {
            // The sandbox bank keeps each notice until the provider took it.
            QStringLiteral("ALTER TABLE sandbox_sessions ADD COLUMN notice TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE sandbox_sessions ADD COLUMN notice_taken INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("CREATE INDEX sandbox_sessions_owed ON sandbox_sessions(notice_taken)"),
        },
        {
            // «Заявки» of an account (ServiceRequest): made by its abonents,
            // answered by the company; synced like the company's sections.
            QStringLiteral("CREATE TABLE requests (id TEXT PRIMARY KEY, account_id BIGINT NOT NULL REFERENCES "
                           "accounts(id) ON DELETE CASCADE, \"kind\" TEXT NOT NULL, \"status\" TEXT NOT NULL, "
                           "\"created_at\" TEXT NOT NULL, \"work_kind\" TEXT NOT NULL, \"description\" TEXT NOT "
                           "NULL, \"desired_date\" TEXT, \"reason\" TEXT NOT NULL, \"from_date\" TEXT, \"to_date\" "
                           "TEXT, \"residents\" BIGINT NOT NULL, \"heated_area_m2\" DOUBLE PRECISION NOT NULL, "
                           "\"history\" TEXT NOT NULL, version BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX requests_account ON requests(account_id, version)"),
        },
        {
            // The company's operators sign in like abonents; their users row
            // names the one company whose requests they answer.
            QStringLiteral("ALTER TABLE users ADD COLUMN operator_company TEXT"),
            QStringLiteral("CREATE INDEX requests_created ON requests(created_at)"),
        },
        {
            // Files attached to requests, uploaded in parts of
            // files::kPartBytes and kept in the database, so that every
            // server process on it serves them. request_id is set when a
            // request or an answer takes the file.
            QStringLiteral("CREATE TABLE uploads (id TEXT PRIMARY KEY, user_id BIGINT NOT NULL REFERENCES users(id) "
                           "ON DELETE CASCADE, account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, "
                           "name TEXT NOT NULL, size BIGINT NOT NULL, received BIGINT NOT NULL, content_type TEXT NOT "
                           "NULL, sha256 TEXT NOT NULL, request_id TEXT, created_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX uploads_user ON uploads(user_id, request_id)"),
            QStringLiteral("CREATE TABLE upload_parts (upload_id TEXT NOT NULL REFERENCES uploads(id) ON DELETE "
                           "CASCADE, seq INTEGER NOT NULL, data {BLOB} NOT NULL, PRIMARY KEY (upload_id, seq))"),
        },
        {
            // «Договоры» (ContractApplication): a person's contract
            // applications, drafts included, kept with the user rather than
            // an account (an applicant may have none yet).
            QStringLiteral("CREATE TABLE applications (id TEXT PRIMARY KEY, user_id BIGINT NOT NULL REFERENCES "
                           "users(id) ON DELETE CASCADE, company_id TEXT NOT NULL, type TEXT NOT NULL, status TEXT "
                           "NOT NULL, form TEXT NOT NULL, history TEXT NOT NULL, created_at TEXT NOT NULL, updated_at "
                           "TEXT NOT NULL, submitted_at TEXT NOT NULL, version BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX applications_user ON applications(user_id)"),
            QStringLiteral("CREATE INDEX applications_company ON applications(company_id, status, submitted_at)"),
        },
        {
            // The answers to the company's survey before a connection
            // application (applications::SurveyReply), fixed at creation.
            QStringLiteral("ALTER TABLE applications ADD COLUMN survey TEXT NOT NULL DEFAULT '[]'"),
        },
        {
            // Files of a person rather than of an account (an application's
            // applicant may have none): account_id may be NULL, and every
            // upload names the company its file is for. SQLite cannot drop
            // NOT NULL, so the table is made again (its parts stay where
            // they are: foreign keys are off while migrating).
            QStringLiteral("postgresql:ALTER TABLE uploads ALTER COLUMN account_id DROP NOT NULL"),
            QStringLiteral("postgresql:ALTER TABLE uploads ADD COLUMN company_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("postgresql:UPDATE uploads SET company_id = (SELECT company_id FROM accounts WHERE "
                           "accounts.id = uploads.account_id)"),
            QStringLiteral("sqlite:CREATE TABLE uploads_new (id TEXT PRIMARY KEY, user_id BIGINT NOT NULL REFERENCES "
                           "users(id) ON DELETE CASCADE, account_id BIGINT REFERENCES accounts(id) ON DELETE CASCADE, "
                           "company_id TEXT NOT NULL DEFAULT '', name TEXT NOT NULL, size BIGINT NOT NULL, received "
                           "BIGINT NOT NULL, content_type TEXT NOT NULL, sha256 TEXT NOT NULL, request_id TEXT, "
                           "created_at BIGINT NOT NULL)"),
            QStringLiteral("sqlite:INSERT INTO uploads_new SELECT u.id, u.user_id, u.account_id, a.company_id, u.name, "
                           "u.size, u.received, u.content_type, u.sha256, u.request_id, u.created_at FROM uploads u "
                           "JOIN accounts a ON a.id = u.account_id"),
            QStringLiteral("sqlite:DROP TABLE uploads"),
            QStringLiteral("sqlite:ALTER TABLE uploads_new RENAME TO uploads"),
            QStringLiteral("sqlite:CREATE INDEX uploads_user ON uploads(user_id, request_id)"),
            // The uploads nobody took, oldest first (removed after a day).
            QStringLiteral("CREATE INDEX uploads_untaken ON uploads(created_at) WHERE request_id IS NULL"),
            // The files an application holds (FileInfo), like its form.
            QStringLiteral("ALTER TABLE applications ADD COLUMN files TEXT NOT NULL DEFAULT '[]'"),
        },
    };
    return all.at(version - 1);
}
constexpr int kLatest = 19;
} // namespace

int Migrations::latestVersion()
{
    return kLatest;
}

int Migrations::currentVersion(const Database& db)
{
    QSqlQuery q = db.newQuery();
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

namespace {
// Several processes starting on one PostgreSQL database migrate it one after
// the other: the first applies the steps, the others find them done. (SQLite
// serves one process.)
class MigrationLock
{
public:
    explicit MigrationLock(const Database& db) : m_db(db)
    {
        if (m_db.kind() != Database::Kind::Postgres)
            return;
        QSqlQuery q = m_db.newQuery();
        m_held = m_db.exec(q, QStringLiteral("SELECT pg_advisory_lock(?)"), {kKey});
    }
    ~MigrationLock()
    {
        if (!m_held)
            return;
        QSqlQuery q = m_db.newQuery();
        m_db.exec(q, QStringLiteral("SELECT pg_advisory_unlock(?)"), {kKey});
    }
    bool ok() const { return m_held || m_db.kind() != Database::Kind::Postgres; }

private:
    static constexpr qint64 kKey = 0x6d79676173; // "mygas"
    const Database& m_db;
    bool m_held = false;
};
} // namespace

Status Migrations::migrate(const Database& db, int upTo)
{
    const int target = upTo > 0 ? std::min(upTo, kLatest) : kLatest;
    const MigrationLock lock(db);
    if (!lock.ok())
        return makeError(errc::Internal);
    {
        QSqlQuery q = db.newQuery();
        if (!db.exec(q, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, "
                                       "applied_at BIGINT NOT NULL)")))
            return makeError(errc::Internal);
    }
    const int current = currentVersion(db);
    if (current > kLatest) {
        Error e = makeError(errc::Internal);
        e.message = QStringLiteral("the database schema %1 is newer than this server (%2)").arg(current).arg(kLatest);
        return e;
    }
    // A table made again must not take its dependants' rows with it: SQLite
    // checks the foreign keys once a step is done instead (outside a
    // transaction is the only place this can be switched).
    const bool sqlite = db.kind() != Database::Kind::Postgres;
    const auto foreignKeys = [&db](bool on) {
        QSqlQuery q = db.newQuery();
        return db.exec(q, on ? QStringLiteral("PRAGMA foreign_keys=ON") : QStringLiteral("PRAGMA foreign_keys=OFF"));
    };
    if (sqlite && current < target && !foreignKeys(false))
        return makeError(errc::Internal);
    const auto restore = qScopeGuard([&] {
        if (sqlite && current < target)
            foreignKeys(true);
    });
    const QString dialect = sqlite ? QStringLiteral("sqlite:") : QStringLiteral("postgresql:");
    for (int v = current + 1; v <= target; ++v) {
        Transaction tx(db);
        for (QString sql : steps(v)) {
            // A step for one kind of database only.
            if (sql.startsWith(QLatin1String("sqlite:")) || sql.startsWith(QLatin1String("postgresql:"))) {
                if (!sql.startsWith(dialect))
                    continue;
                sql.remove(0, dialect.size());
            }
            sql.replace(QLatin1String("{ID}"), db.idColumn());
            sql.replace(QLatin1String("{BLOB}"),
                        db.kind() == Database::Kind::Postgres ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
            QSqlQuery q = db.newQuery();
            if (!db.exec(q, sql))
                return makeError(errc::Internal);
        }
        if (sqlite) {
            QSqlQuery check = db.newQuery();
            if (!db.exec(check, QStringLiteral("PRAGMA foreign_key_check")) || check.next())
                return makeError(errc::Internal);
        }
        QSqlQuery q = db.newQuery();
        if (!db.exec(q, QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
                     {v, QDateTime::currentSecsSinceEpoch()}) ||
            !tx.commit())
            return makeError(errc::Internal);
        qCInfo(lcDb) << "schema migrated to version" << v;
    }
    return Done{};
}

} // namespace mygas::server
