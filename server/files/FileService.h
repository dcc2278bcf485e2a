#pragma once

#include "models/core/Error.h"
#include "models/files/FileTypes.h"
#include "server/files/UploadStore.h"

#include <QJsonObject>

namespace mygas::server {

// Files attached to «Заявки»: uploads in parts checked by content, kept in
// the database with their SHA-256, given to a request or an answer, and
// read back part by part by their owner or the company's operators.
class FileService
{
public:
    explicit FileService(const Database& db) : m_db(db), m_store(db) {}

    // Whose upload: a user's for one of their accounts, or (accountId 0) a
    // person's own, for the company named.
    struct Caller
    {
        qint64 userId = 0;
        qint64 accountId = 0;
        QString companyId = {};
    };
    // Removes the uploads no request or answer took within
    // files::kUnattachedKeepSeconds; also before every new upload, so that
    // abandoned ones never hold a person's kMaxOpenUploads.
    void removeUntaken() const;
    // POST …/uploads {name, size}: 201 with the new upload.
    Result<UploadState> begin(const Caller& caller, const QJsonObject& body) const;
    // PUT …/uploads/{id}?offset=N: the next part; the type is checked on the
    // first, the SHA-256 taken after the last.
    Result<UploadState> addPart(const Caller& caller, const QString& id, qint64 offset, const QByteArray& data) const;
    Result<UploadState> state(const Caller& caller, const QString& id) const;
    // Part n of a complete file: its uploader's (through the account it was
    // sent for) or, with a company, an operator's of that company.
    Result<QByteArray> part(const Caller& caller, const QString& id, int n) const;
    Result<QByteArray> partForCompany(const QString& companyId, const QString& id, int n) const;

    // The uploads a request or an answer names, checked (the caller's, on
    // this account, complete, not taken, within the limits) and given to
    // `requestId`; inside the caller's transaction.
    Result<QList<FileInfo>> attach(const Caller& caller, const QStringList& ids, const QString& requestId) const;
    // An application's files as a save names them (`ids`, in order): those it
    // held stay, new ones of the person for that company are taken, those
    // left out are given back; within the limits of one item. Inside the
    // caller's transaction.
    Result<QList<FileInfo>> replace(const Caller& caller, const QList<FileInfo>& held, const QStringList& ids,
                                    const QString& itemId) const;

private:
    Result<StoredUpload> own(const Caller& caller, const QString& id) const;
    Result<QByteArray> readPart(const StoredUpload& upload, int n) const;
    QString sha256Of(const StoredUpload& upload) const;

    const Database& m_db;
    UploadStore m_store;
};

} // namespace mygas::server
