#include "server/files/UploadStore.h"

#include "models/applications/ApplicationTypes.h"
#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "server/app/Logging.h"

#include <QSqlError>

namespace mygas::server {

bool UploadStore::create(const StoredUpload& u, qint64 now) const
{
    QSqlQuery q = m_db.newQuery();
    // An account's file is for the account's company; a person's names its own.
    const QVariant account = u.accountId ? QVariant(u.accountId) : QVariant(QMetaType::fromType<qint64>());
    return m_db.exec(q,
                     QStringLiteral("INSERT INTO uploads (id, user_id, account_id, company_id, name, size, received, "
                                    "content_type, sha256, request_id, created_at) VALUES (?, ?, ?, COALESCE((SELECT "
                                    "company_id FROM accounts WHERE id = ?), ?), ?, ?, 0, '', '', NULL, ?)"),
                     {u.state.id, u.userId, account, account, u.companyId, u.state.name, u.state.size, now});
}

Result<StoredUpload> UploadStore::find(const QString& id) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT u.id, u.name, u.size, u.received, u.content_type, u.sha256, u.user_id, "
                                  "u.account_id, u.company_id, u.request_id, EXISTS (SELECT 1 FROM applications p "
                                  "WHERE p.id = u.request_id AND p.status = ?) FROM uploads u WHERE u.id = ?"),
                   {QLatin1String(applications::kDraft), id}))
        return makeError(errc::Internal, {}, 500);
    if (!q.next())
        return makeError(errc::UploadNotFound, {}, 404);
    StoredUpload u;
    u.state.id = q.value(0).toString();
    u.state.name = q.value(1).toString();
    u.state.size = q.value(2).toLongLong();
    u.state.received = q.value(3).toLongLong();
    u.state.contentType = q.value(4).toString();
    u.state.sha256 = q.value(5).toString();
    u.state.complete = !u.state.sha256.isEmpty();
    u.userId = q.value(6).toLongLong();
    u.accountId = q.value(7).toLongLong();
    u.companyId = q.value(8).toString();
    u.requestId = q.value(9).toString();
    u.inDraft = q.value(10).toBool();
    return u;
}

int UploadStore::openCount(qint64 userId) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q, QStringLiteral("SELECT COUNT(*) FROM uploads WHERE user_id = ? AND request_id IS NULL"),
                   {userId}) ||
        !q.next())
        return 0;
    return q.value(0).toInt();
}

bool UploadStore::addPart(const QString& id, int seq, const QByteArray& data, qint64 received,
                          const QString& contentType, bool* written) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q, QStringLiteral("UPDATE uploads SET received = ?, content_type = ? WHERE id = ? AND received = ?"),
                   {received + data.size(), contentType, id, received}))
        return false;
    *written = q.numRowsAffected() == 1;
    if (!*written)
        return true;
    QSqlQuery insert = m_db.newQuery();
    return m_db.exec(insert, QStringLiteral("INSERT INTO upload_parts (upload_id, seq, data) VALUES (?, ?, ?)"),
                     {id, seq, data});
}

bool UploadStore::setSha256(const QString& id, const QString& sha256) const
{
    QSqlQuery q = m_db.newQuery();
    return m_db.exec(q, QStringLiteral("UPDATE uploads SET sha256 = ? WHERE id = ?"), {sha256, id});
}

QByteArray UploadStore::part(const QString& id, int seq) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q, QStringLiteral("SELECT data FROM upload_parts WHERE upload_id = ? AND seq = ?"), {id, seq}) ||
        !q.next())
        return {};
    return q.value(0).toByteArray();
}

bool UploadStore::release(const QStringList& ids, const QString& requestId) const
{
    for (const QString& id : ids) {
        QSqlQuery q = m_db.newQuery();
        if (!m_db.exec(q, QStringLiteral("UPDATE uploads SET request_id = NULL WHERE id = ? AND request_id = ?"),
                       {id, requestId}))
            return false;
    }
    return true;
}

int UploadStore::removeUntaken(qint64 before) const
{
    // The parts go with their upload (ON DELETE CASCADE).
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q, QStringLiteral("DELETE FROM uploads WHERE request_id IS NULL AND created_at < ?"), {before}))
        return -1;
    return q.numRowsAffected();
}

bool UploadStore::attach(const QStringList& ids, const QString& requestId) const
{
    for (const QString& id : ids) {
        QSqlQuery q = m_db.newQuery();
        if (!m_db.exec(q, QStringLiteral("UPDATE uploads SET request_id = ? WHERE id = ? AND request_id IS NULL"),
                       {requestId, id}) ||
            q.numRowsAffected() != 1)
            return false;
    }
    return true;
}

} // namespace mygas::server
