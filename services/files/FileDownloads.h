#pragma once

#include "models/core/Error.h"
#include "models/files/FileTypes.h"

#include <QObject>

#include <functional>

namespace mygas {

class ApiClient;

// «Открыть файл»: a file attached to a request or an application, fetched
// from the server part by part, checked against its SHA-256 and kept in
// the PC's folder of files beside the cache, so that it opens again without
// the network.
class FileDownloads : public QObject
{
    Q_OBJECT
public:
    explicit FileDownloads(ApiClient* api, QObject* parent = nullptr);

    // "<cache without .sqlite>.files"; empty: nothing is kept.
    static QString folderFor(const QString& cacheFilePath);
    void setFolder(const QString& folder) { m_folder = folder; }

    using Done = std::function<void(const Result<QString>&)>;
    // The file's path on the PC: at once when it is kept already, else after
    // fetching it from `prefix` ("/files" for a person's own,
    // "/accounts/{id}/files" for an account's). `done` runs only while
    // `context` lives.
    void fetch(const QString& prefix, const FileInfo& file, QObject* context, Done done);
    // A file only this PC has (a draft's not yet sent): written as it is.
    Result<QString> keep(const FileInfo& file, const QByteArray& data);
    // Where the file is kept: <folder>/<sha256 or id>/<name>.
    QString pathOf(const FileInfo& file) const;

private:
    void fetchPart(const QString& prefix, const FileInfo& file, int n, QByteArray sofar, QObject* context, Done done);

    ApiClient* m_api;
    QString m_folder;
};

} // namespace mygas
