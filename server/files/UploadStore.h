#pragma once

#include "models/core/Error.h"
#include "models/files/FileTypes.h"
#include "server/db/Database.h"

#include <QList>

namespace mygas::server {

// An upload as stored, with whom it belongs to.
struct StoredUpload
{
    UploadState state;
    qint64 userId = 0;
    qint64 accountId = 0; // 0: a person's file (an application's), of no account
    QString companyId;    // the company the file is for (an account's: the account's)
    QString requestId;    // empty until a request, an answer or an application takes the file
    bool inDraft = false; // taken by an application still a draft (no operator sees it)
    FileInfo info() const { return {state.id, state.name, state.contentType, state.size, state.sha256}; }
};

// The uploads and upload_parts tables: a file's parts of files::kPartBytes
// in order, never the whole file in memory.
class UploadStore
{
public:
    explicit UploadStore(const Database& db) : m_db(db) {}

    bool create(const StoredUpload& upload, qint64 now) const;
    // 404 upload_not_found, 500 when the database fails.
    Result<StoredUpload> find(const QString& id) const;
    // The user's uploads not yet complete or taken.
    int openCount(qint64 userId) const;
    // Stores part `seq` if the upload still has `received` bytes (another
    // writer did not come first: *written); inside the caller's transaction.
    bool addPart(const QString& id, int seq, const QByteArray& data, qint64 received, const QString& contentType,
                 bool* written) const;
    bool setSha256(const QString& id, const QString& sha256) const;
    // Part `seq`; empty when there is none.
    QByteArray part(const QString& id, int seq) const;
    // Gives the files back (an application's draft no longer holds them);
    // inside the caller's transaction.
    bool release(const QStringList& ids, const QString& requestId) const;
    // Removes the uploads nobody took that began before `before` (seconds
    // since the epoch), with their parts; how many, or -1 when it failed.
    int removeUntaken(qint64 before) const;
    // Gives the files to a request; inside the caller's transaction.
    bool attach(const QStringList& ids, const QString& requestId) const;

private:
    const Database& m_db;
};

} // namespace mygas::server
