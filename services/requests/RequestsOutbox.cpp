#include "services/requests/RequestsOutbox.h"

#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "services/core/Logging.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace mygas {

namespace {
// Ordered steps; step N brings a file from user_version N-1 to N.
QList<QStringList> steps()
{
    return {
        // 1: the entries; seq keeps the order in which the person sent them.
        {QStringLiteral("CREATE TABLE entries (seq INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE, "
                        "account_id TEXT NOT NULL, request_id TEXT NOT NULL, body TEXT NOT NULL, "
                        "created_at TEXT NOT NULL, state TEXT NOT NULL CHECK (state IN ('pending', 'rejected')), "
                        "error TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX entries_account ON entries(account_id, seq)")},
        // 2: the files of an entry, with their bytes and their upload.
        {QStringLiteral("CREATE TABLE files (entry_key TEXT NOT NULL REFERENCES entries(key) ON DELETE CASCADE, "
                        "n INTEGER NOT NULL, name TEXT NOT NULL, size INTEGER NOT NULL, data BLOB NOT NULL, "
                        "upload_id TEXT NOT NULL DEFAULT '', complete INTEGER NOT NULL DEFAULT 0, "
                        "PRIMARY KEY (entry_key, n))")},
    };
}

Error outboxError(const QString& why)
{
    qCWarning(lcRequests) << why;
    return makeError(errc::CacheFailed);
}

QByteArray errorJson(const Error& e)
{
    const QJsonObject o{{QStringLiteral("code"), e.code},
                        {QStringLiteral("message"), e.message},
                        {QStringLiteral("field"), e.field},
                        {QStringLiteral("http_status"), e.httpStatus}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const char kColumns[] = "key, account_id, request_id, body, created_at, state, error";
} // namespace

RequestsOutbox::RequestsOutbox() : m_file(QStringLiteral("mygas-requests-outbox"), SqliteFile::Sync::Full, steps()) {}

Status RequestsOutbox::open(const QString& filePath)
{
    close();
    QString why;
    if (m_file.openKeepingDamaged(filePath, &m_setAside, &why) != SqliteFile::Outcome::Ok)
        return outboxError(why);
    return Done{};
}

Status RequestsOutbox::insert(const RequestOutboxEntry& e)
{
    if (!isOpen())
        return outboxError(QStringLiteral("insert() on a closed outbox"));
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("INSERT INTO entries(%1) VALUES(?, ?, ?, ?, ?, ?, ?)").arg(QLatin1String(kColumns)));
    q.addBindValue(e.key);
    q.addBindValue(e.accountId);
    q.addBindValue(e.requestId.isNull() ? QStringLiteral("") : e.requestId); // a null QString is bound as NULL
    q.addBindValue(QString::fromUtf8(QJsonDocument(e.body).toJson(QJsonDocument::Compact)));
    q.addBindValue(e.createdAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(e.state == RequestOutboxEntry::State::Rejected ? QStringLiteral("rejected")
                                                                  : QStringLiteral("pending"));
    q.addBindValue(QString::fromUtf8(errorJson(e.error)));
    QSqlDatabase db = m_file.db();
    if (!db.transaction())
        return outboxError(QStringLiteral("outbox entry not stored: ") + db.lastError().text());
    bool ok = q.exec();
    for (int n = 0; ok && n < e.files.size(); ++n) {
        QSqlQuery f(db);
        f.prepare(QStringLiteral("INSERT INTO files(entry_key, n, name, size, data) VALUES(?, ?, ?, ?, ?)"));
        f.addBindValue(e.key);
        f.addBindValue(n);
        f.addBindValue(e.files[n].name);
        f.addBindValue(e.files[n].data.size());
        f.addBindValue(e.files[n].data);
        ok = f.exec();
    }
    // The entry and its files are on the disk together, or neither is.
    if (!ok || !db.commit()) {
        const QString why = q.lastError().text();
        db.rollback();
        return outboxError(QStringLiteral("outbox entry not stored: ") + why);
    }
    return Done{};
}

QByteArray RequestsOutbox::fileData(const QString& key, int n) const
{
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("SELECT data FROM files WHERE entry_key = ? AND n = ?"));
    q.addBindValue(key);
    q.addBindValue(n);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toByteArray();
}

Status RequestsOutbox::setUpload(const QString& key, int n, const QString& uploadId, bool complete)
{
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("UPDATE files SET upload_id = ?, complete = ? WHERE entry_key = ? AND n = ?"));
    q.addBindValue(uploadId.isNull() ? QStringLiteral("") : uploadId);
    q.addBindValue(complete ? 1 : 0);
    q.addBindValue(key);
    q.addBindValue(n);
    if (!q.exec())
        return outboxError(QStringLiteral("outbox file not updated: ") + q.lastError().text());
    return Done{};
}

QList<RequestOutboxEntry> RequestsOutbox::select(const QString& where, const QString& value) const
{
    QList<RequestOutboxEntry> out;
    if (!isOpen())
        return out;
    QSqlQuery q(m_file.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM entries %2 ORDER BY seq").arg(QLatin1String(kColumns), where));
    if (!value.isNull())
        q.addBindValue(value);
    if (!q.exec()) {
        outboxError(QStringLiteral("outbox not readable: ") + q.lastError().text());
        return out;
    }
    while (q.next()) {
        RequestOutboxEntry e;
        e.key = q.value(0).toString();
        e.accountId = q.value(1).toString();
        e.requestId = q.value(2).toString();
        e.body = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
        e.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        e.state = q.value(5).toString() == QLatin1String("rejected") ? RequestOutboxEntry::State::Rejected
                                                                     : RequestOutboxEntry::State::Pending;
        const QJsonObject error = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
        e.error.code = error.value(QLatin1String("code")).toString();
        e.error.message = error.value(QLatin1String("message")).toString();
        e.error.field = error.value(QLatin1String("field")).toString();
        e.error.httpStatus = error.value(QLatin1String("http_status")).toInt();
        out.append(e);
    }
    for (RequestOutboxEntry& e : out) {
        QSqlQuery f(m_file.db());
        f.prepare(QStringLiteral("SELECT name, size, upload_id, complete FROM files WHERE entry_key = ? ORDER BY n"));
        f.addBindValue(e.key);
        if (!f.exec())
            continue;
        while (f.next())
            e.files.append(
                {f.value(0).toString(), f.value(1).toLongLong(), f.value(2).toString(), f.value(3).toInt() != 0, {}});
    }
    return out;
}

QList<RequestOutboxEntry> RequestsOutbox::entries(const QString& accountId) const
{
    return accountId.isEmpty() ? select(QString(), QString())
                               : select(QStringLiteral("WHERE account_id = ?"), accountId);
}

std::optional<RequestOutboxEntry> RequestsOutbox::entry(const QString& key) const
{
    const QList<RequestOutboxEntry> found = select(QStringLiteral("WHERE key = ?"), key);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Status RequestsOutbox::reject(const QString& key, const Error& error)
{
    if (!isOpen())
        return outboxError(QStringLiteral("reject() on a closed outbox"));
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("UPDATE entries SET state = 'rejected', error = ? WHERE key = ?"));
    q.addBindValue(QString::fromUtf8(errorJson(error)));
    q.addBindValue(key);
    if (!q.exec())
        return outboxError(QStringLiteral("outbox entry not updated: ") + q.lastError().text());
    return Done{};
}

Status RequestsOutbox::remove(const QString& key)
{
    if (!isOpen())
        return outboxError(QStringLiteral("remove() on a closed outbox"));
    // The entry and its files go together (the file has no foreign keys on).
    QSqlDatabase db = m_file.db();
    if (!db.transaction())
        return outboxError(QStringLiteral("outbox entry not removed: ") + db.lastError().text());
    for (const char* sql : {"DELETE FROM files WHERE entry_key = ?", "DELETE FROM entries WHERE key = ?"}) {
        QSqlQuery q(db);
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(key);
        if (!q.exec()) {
            db.rollback();
            return outboxError(QStringLiteral("outbox entry not removed: ") + q.lastError().text());
        }
    }
    if (!db.commit())
        return outboxError(QStringLiteral("outbox entry not removed: ") + db.lastError().text());
    return Done{};
}

} // namespace mygas
