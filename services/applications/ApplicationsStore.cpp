#include "services/applications/ApplicationsStore.h"

#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "models/core/WireFields.h"
#include "services/core/Logging.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace mygas {

namespace {
QList<QStringList> steps()
{
    return {
        // 1: one row an application; server_id empty until the server made it.
        {QStringLiteral("CREATE TABLE applications (local_id INTEGER PRIMARY KEY AUTOINCREMENT, server_id TEXT NOT "
                        "NULL, body TEXT NOT NULL, pending TEXT NOT NULL CHECK (pending IN ('', 'save', 'submit', "
                        "'reply', 'delete')), create_key TEXT NOT NULL, step_key TEXT NOT NULL, reply_text TEXT NOT "
                        "NULL, error TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX applications_server ON applications(server_id)")},
        // 2: the bytes of the files a draft holds, so that they go to the
        // server even if the person's own file is gone by then. file_id is
        // the entry's id in the application's files: "local:<row>" until the
        // server has the whole file, then the server's; upload_id is the
        // upload under way.
        {QStringLiteral("CREATE TABLE file_data (row INTEGER PRIMARY KEY AUTOINCREMENT, local_id INTEGER NOT NULL, "
                        "file_id TEXT NOT NULL, upload_id TEXT NOT NULL, data BLOB NOT NULL)"),
         QStringLiteral("CREATE INDEX file_data_file ON file_data(file_id)")},
        // 3: the files of an answer to the operator that waits (FileInfo,
        // their bytes in file_data like a draft's).
        {QStringLiteral("ALTER TABLE applications ADD COLUMN reply_files TEXT NOT NULL DEFAULT '[]'")},
    };
}

const char* const kPending[] = {"", "save", "submit", "reply", "delete"};

Error storeError(const QString& why)
{
    qCWarning(lcApplications) << why;
    return makeError(errc::CacheFailed);
}

QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s; // a null QString is bound as NULL
}

QString errorText(const Error& e)
{
    if (e.code.isEmpty())
        return QStringLiteral("");
    const QJsonObject o{{QStringLiteral("code"), e.code},
                        {QStringLiteral("message"), e.message},
                        {QStringLiteral("field"), e.field},
                        {QStringLiteral("http_status"), e.httpStatus}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Error errorOf(const QString& stored)
{
    const QJsonObject o = QJsonDocument::fromJson(stored.toUtf8()).object();
    Error e;
    e.code = o.value(QLatin1String("code")).toString();
    e.message = o.value(QLatin1String("message")).toString();
    e.field = o.value(QLatin1String("field")).toString();
    e.httpStatus = o.value(QLatin1String("http_status")).toInt();
    return e;
}

const char kColumns[] = "local_id, server_id, body, pending, create_key, step_key, reply_text, error, reply_files";
} // namespace

ApplicationsStore::ApplicationsStore() : m_file(QStringLiteral("mygas-applications"), SqliteFile::Sync::Full, steps())
{
}

Status ApplicationsStore::open(const QString& filePath)
{
    close();
    QString why;
    if (m_file.openKeepingDamaged(filePath, &m_setAside, &why) != SqliteFile::Outcome::Ok)
        return storeError(why);
    return Done{};
}

QList<LocalApplication> ApplicationsStore::select(const QString& where, const QVariant& value) const
{
    QList<LocalApplication> out;
    if (!isOpen())
        return out;
    QSqlQuery q(m_file.db());
    q.prepare(
        QStringLiteral("SELECT %1 FROM applications %2 ORDER BY local_id DESC").arg(QLatin1String(kColumns), where));
    if (value.isValid())
        q.addBindValue(value);
    if (!q.exec()) {
        qCWarning(lcApplications) << "applications not read:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        LocalApplication a;
        a.localId = q.value(0).toLongLong();
        a.application = ContractApplication::fromJson(QJsonDocument::fromJson(q.value(2).toByteArray()).object());
        a.application.id = q.value(1).toString();
        const QString pending = q.value(3).toString();
        for (int i = 0; i < int(std::size(kPending)); ++i) {
            if (pending == QLatin1String(kPending[i]))
                a.pending = LocalApplication::Pending(i);
        }
        a.createKey = q.value(4).toString();
        a.stepKey = q.value(5).toString();
        a.replyText = q.value(6).toString();
        a.error = errorOf(q.value(7).toString());
        wire::readStored(q.value(8), a.replyFiles);
        out.append(a);
    }
    return out;
}

QList<LocalApplication> ApplicationsStore::all() const
{
    return select(QString(), QVariant());
}

std::optional<LocalApplication> ApplicationsStore::find(qint64 localId) const
{
    const QList<LocalApplication> found = select(QStringLiteral("WHERE local_id = ?"), localId);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<LocalApplication> ApplicationsStore::findByServerId(const QString& id) const
{
    if (id.isEmpty())
        return std::nullopt;
    const QList<LocalApplication> found = select(QStringLiteral("WHERE server_id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

Status ApplicationsStore::write(const LocalApplication& a, qint64* localId)
{
    if (!isOpen())
        return storeError(QStringLiteral("write() on a closed store"));
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO applications(%1) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(a.localId > 0 ? QVariant(a.localId) : QVariant());
    q.addBindValue(text(a.application.id));
    q.addBindValue(QString::fromUtf8(QJsonDocument(a.application.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(QString::fromLatin1(kPending[int(a.pending)]));
    q.addBindValue(text(a.createKey));
    q.addBindValue(text(a.stepKey));
    q.addBindValue(text(a.replyText));
    q.addBindValue(errorText(a.error));
    q.addBindValue(wire::storedOf(a.replyFiles));
    if (!q.exec())
        return storeError(QStringLiteral("application not stored: ") + q.lastError().text());
    if (localId)
        *localId = a.localId > 0 ? a.localId : q.lastInsertId().toLongLong();
    return Done{};
}

Status ApplicationsStore::remove(qint64 localId)
{
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("DELETE FROM applications WHERE local_id = ?"));
    q.addBindValue(localId);
    if (!q.exec())
        return storeError(QStringLiteral("application not removed: ") + q.lastError().text());
    return run(QStringLiteral("DELETE FROM file_data WHERE local_id = ?"), {localId});
}

Status ApplicationsStore::run(const QString& sql, const QVariantList& values) const
{
    QSqlQuery q(m_file.db());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return storeError(QStringLiteral("file data not stored: ") + q.lastError().text());
    return Done{};
}

Result<QString> ApplicationsStore::addFile(qint64 localId, const QByteArray& data)
{
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("INSERT INTO file_data (local_id, file_id, upload_id, data) VALUES (?, '', '', ?)"));
    q.addBindValue(localId);
    q.addBindValue(data);
    if (!q.exec())
        return storeError(QStringLiteral("file not stored: ") + q.lastError().text());
    const QString id = QLatin1String(kLocalFile) + QString::number(q.lastInsertId().toLongLong());
    const Status named = run(QStringLiteral("UPDATE file_data SET file_id = ? WHERE row = ?"), {id, q.lastInsertId()});
    if (!named.ok())
        return named.error();
    return id;
}

QByteArray ApplicationsStore::fileData(const QString& fileId) const
{
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("SELECT data FROM file_data WHERE file_id = ?"));
    q.addBindValue(fileId);
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

QString ApplicationsStore::uploadOf(const QString& fileId) const
{
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("SELECT upload_id FROM file_data WHERE file_id = ?"));
    q.addBindValue(fileId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Status ApplicationsStore::setUpload(const QString& fileId, const QString& uploadId)
{
    return run(QStringLiteral("UPDATE file_data SET upload_id = ? WHERE file_id = ?"), {text(uploadId), fileId});
}

Status ApplicationsStore::renameFile(const QString& fileId, const QString& serverId)
{
    return run(QStringLiteral("UPDATE file_data SET file_id = ? WHERE file_id = ?"), {serverId, fileId});
}

Status ApplicationsStore::removeFile(const QString& fileId)
{
    return run(QStringLiteral("DELETE FROM file_data WHERE file_id = ?"), {fileId});
}

} // namespace mygas
