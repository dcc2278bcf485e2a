#include "server/files/FileService.h"

#include "models/core/ApiTypes.h"
#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "models/files/FileRules.h"
#include "server/app/Crypto.h"
#include "server/app/Logging.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>

namespace mygas::server {

void FileService::removeUntaken() const
{
    const int removed = m_store.removeUntaken(Clock::now().toSecsSinceEpoch() - files::kUnattachedKeepSeconds);
    if (removed > 0)
        qCInfo(lcServer) << "removed" << removed << "upload(s) no request took within a day";
}

Result<UploadState> FileService::begin(const Caller& caller, const QJsonObject& body) const
{
    const QJsonValue name = body.value(QLatin1String("name"));
    const QJsonValue size = body.value(QLatin1String("size"));
    if (!name.isString())
        return makeError(name.isUndefined() ? errc::FieldRequired : errc::FieldType, QStringLiteral("name"), 400);
    if (!size.isDouble() || size.toDouble() != double(qint64(size.toDouble())))
        return makeError(size.isUndefined() ? errc::FieldRequired : errc::FieldType, QStringLiteral("size"), 400);
    if (const std::optional<Error> refused = files::checkNewUpload(name.toString(), qint64(size.toDouble())))
        return *refused;
    removeUntaken();
    if (m_store.openCount(caller.userId) >= files::kMaxOpenUploads)
        return makeError(errc::TooManyUploads, {}, 429);
    StoredUpload u;
    u.state.id = crypto::randomId();
    u.state.name = name.toString();
    u.state.size = qint64(size.toDouble());
    u.userId = caller.userId;
    u.accountId = caller.accountId;
    u.companyId = caller.companyId;
    if (!m_store.create(u, Clock::now().toSecsSinceEpoch()))
        return makeError(errc::Internal, {}, 500);
    return u.state;
}

Result<StoredUpload> FileService::own(const Caller& caller, const QString& id) const
{
    const Result<StoredUpload> found = m_store.find(id);
    if (!found.ok())
        return found.error();
    // Another user's upload, or one sent for another account, does not exist here.
    if (found.value().userId != caller.userId || found.value().accountId != caller.accountId)
        return makeError(errc::UploadNotFound, {}, 404);
    return found;
}

Result<UploadState> FileService::state(const Caller& caller, const QString& id) const
{
    const Result<StoredUpload> found = own(caller, id);
    if (!found.ok())
        return found.error();
    return found.value().state;
}

QString FileService::sha256Of(const StoredUpload& upload) const
{
    // Part by part: the whole file is never in memory.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const int parts = int((upload.state.size + files::kPartBytes - 1) / files::kPartBytes);
    for (int n = 0; n < parts; ++n)
        hash.addData(m_store.part(upload.state.id, n));
    return QString::fromLatin1(hash.result().toHex());
}

Result<UploadState> FileService::addPart(const Caller& caller, const QString& id, qint64 offset,
                                         const QByteArray& data) const
{
    const Result<StoredUpload> found = own(caller, id);
    if (!found.ok())
        return found.error();
    StoredUpload u = found.value();
    if (offset != u.state.received || u.state.complete)
        return makeError(errc::UploadOffsetMismatch, QStringLiteral("offset"), 409);
    if (data.size() != files::partLength(offset, u.state.size))
        return makeError(errc::PartLengthInvalid, {}, 400);
    if (offset == 0) {
        if (const std::optional<Error> refused = files::checkFirstPart(u.state.name, data))
            return *refused;
        u.state.contentType = files::typeOfContent(data);
    }
    Transaction tx(m_db);
    bool written = false;
    if (!tx.ok() || !m_store.addPart(id, int(offset / files::kPartBytes), data, offset, u.state.contentType, &written))
        return makeError(errc::Internal, {}, 500);
    if (!written)
        return makeError(errc::UploadOffsetMismatch, QStringLiteral("offset"), 409);
    u.state.received = offset + data.size();
    if (u.state.received == u.state.size) {
        u.state.sha256 = sha256Of(u);
        u.state.complete = true;
        if (!m_store.setSha256(id, u.state.sha256))
            return makeError(errc::Internal, {}, 500);
    }
    if (!tx.commit())
        return makeError(errc::Internal, {}, 500);
    if (u.state.complete)
        qCInfo(lcServer) << "upload" << id << "complete:" << u.state.size << "bytes" << u.state.contentType;
    return u.state;
}

Result<QByteArray> FileService::readPart(const StoredUpload& upload, int n) const
{
    if (!upload.state.complete)
        return makeError(errc::FileNotReady, {}, 409);
    if (n < 0 || qint64(n) * files::kPartBytes >= upload.state.size)
        return makeError(errc::NotFound, {}, 404);
    const QByteArray data = m_store.part(upload.state.id, n);
    if (data.isEmpty())
        return makeError(errc::Internal, {}, 500);
    return data;
}

Result<QByteArray> FileService::part(const Caller& caller, const QString& id, int n) const
{
    const Result<StoredUpload> found = own(caller, id);
    if (!found.ok())
        return found.error();
    return readPart(found.value(), n);
}

Result<QByteArray> FileService::partForCompany(const QString& companyId, const QString& id, int n) const
{
    const Result<StoredUpload> found = m_store.find(id);
    if (!found.ok())
        return found.error();
    // An operator sees the files of the company's requests only.
    if (found.value().companyId != companyId || found.value().requestId.isEmpty() || found.value().inDraft)
        return makeError(errc::UploadNotFound, {}, 404);
    return readPart(found.value(), n);
}

Result<QList<FileInfo>> FileService::attach(const Caller& caller, const QStringList& ids,
                                            const QString& requestId) const
{
    if (ids.size() > files::kMaxFilesPerItem)
        return makeError(errc::TooManyFiles, QStringLiteral("files"), 400);
    if (QSet<QString>(ids.begin(), ids.end()).size() != ids.size())
        return makeError(errc::FieldType, QStringLiteral("files"), 400); // a file named twice
    QList<FileInfo> out;
    qint64 total = 0;
    for (const QString& id : ids) {
        const Result<StoredUpload> found = own(caller, id);
        if (!found.ok()) {
            Error e = found.error();
            e.field = QStringLiteral("files");
            e.httpStatus = e.httpStatus == 404 ? 400 : e.httpStatus;
            return e;
        }
        // A person's own file goes only with an item of the company it was for.
        if (caller.accountId == 0 && found.value().companyId != caller.companyId)
            return makeError(errc::UploadNotFound, QStringLiteral("files"), 400);
        if (!found.value().state.complete)
            return makeError(errc::FileNotReady, QStringLiteral("files"), 400);
        if (!found.value().requestId.isEmpty())
            return makeError(errc::UploadNotFound, QStringLiteral("files"), 400);
        total += found.value().state.size;
        out.append(found.value().info());
    }
    if (total > files::kMaxItemBytes)
        return makeError(errc::FilesTooLarge, QStringLiteral("files"), 400);
    if (!m_store.attach(ids, requestId))
        return makeError(errc::Internal, {}, 500);
    return out;
}

Result<QList<FileInfo>> FileService::replace(const Caller& caller, const QList<FileInfo>& held, const QStringList& ids,
                                             const QString& itemId) const
{
    if (ids.size() > files::kMaxFilesPerItem)
        return makeError(errc::TooManyFiles, QStringLiteral("files"), 400);
    if (QSet<QString>(ids.begin(), ids.end()).size() != ids.size())
        return makeError(errc::FieldType, QStringLiteral("files"), 400); // a file named twice
    QStringList fresh;
    QList<FileInfo> out;
    qint64 total = 0;
    for (const QString& id : ids) {
        const auto kept = std::find_if(held.begin(), held.end(), [&id](const FileInfo& f) { return f.id == id; });
        if (kept != held.end()) {
            out.append(*kept);
            total += kept->size;
            continue;
        }
        const Result<StoredUpload> found = own(caller, id);
        if (!found.ok())
            return makeError(errc::UploadNotFound, QStringLiteral("files"), 400);
        fresh.append(id);
        out.append(found.value().info());
        total += found.value().state.size;
    }
    if (total > files::kMaxItemBytes)
        return makeError(errc::FilesTooLarge, QStringLiteral("files"), 400);
    const Result<QList<FileInfo>> taken = attach(caller, fresh, itemId);
    if (!taken.ok())
        return taken.error();
    QStringList dropped;
    for (const FileInfo& f : held) {
        if (!ids.contains(f.id))
            dropped.append(f.id);
    }
    if (!m_store.release(dropped, itemId))
        return makeError(errc::Internal, {}, 500);
    return out;
}

} // namespace mygas::server
