#include "services/files/FileDownloads.h"

#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "models/files/FileRules.h"
#include "services/net/ApiClient.h"
#include "services/storage/SqliteFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>

namespace mygas {

FileDownloads::FileDownloads(ApiClient* api, QObject* parent) : QObject(parent), m_api(api) {}

QString FileDownloads::folderFor(const QString& cacheFilePath)
{
    return SqliteFile::besidePath(cacheFilePath, QStringLiteral(".files"));
}

QString FileDownloads::pathOf(const FileInfo& file) const
{
    if (m_folder.isEmpty())
        return {};
    // The name as the person gave it; the folder keeps two files of one name apart.
    const QString key =
        file.sha256.isEmpty() ? QString(file.id).replace(QLatin1Char(':'), QLatin1Char('-')) : file.sha256;
    return QDir(m_folder).filePath(key + QLatin1Char('/') + QFileInfo(file.name).fileName());
}

Result<QString> FileDownloads::keep(const FileInfo& file, const QByteArray& data)
{
    const QString path = pathOf(file);
    if (path.isEmpty() || !QDir().mkpath(QFileInfo(path).path()))
        return makeError(errc::CacheFailed);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
        return makeError(errc::CacheFailed);
    return path;
}

void FileDownloads::fetch(const QString& prefix, const FileInfo& file, QObject* context, Done done)
{
    const QString path = pathOf(file);
    if (path.isEmpty())
        return done(makeError(errc::CacheFailed));
    if (QFileInfo(path).size() == file.size && QFileInfo::exists(path))
        return done(path);
    fetchPart(prefix, file, 0, {}, context, std::move(done));
}

void FileDownloads::fetchPart(const QString& prefix, const FileInfo& file, int n, QByteArray sofar, QObject* context,
                              Done done)
{
    const QPointer<QObject> alive(context);
    m_api->getBytes(QStringLiteral("%1/%2/parts/%3").arg(prefix, file.id).arg(n), this,
                    [this, prefix, file, n, sofar, alive, done](const Result<QByteArray>& r) mutable {
                        if (!alive)
                            return;
                        if (!r.ok())
                            return done(r.error());
                        sofar += r.value();
                        if (sofar.size() < file.size && !r.value().isEmpty())
                            return fetchPart(prefix, file, n + 1, std::move(sofar), alive, std::move(done));
                        // Whole, and what the server said it holds.
                        const QString sha =
                            QString::fromLatin1(QCryptographicHash::hash(sofar, QCryptographicHash::Sha256).toHex());
                        if (sofar.size() != file.size || (!file.sha256.isEmpty() && sha != file.sha256))
                            return done(makeError(errc::BadResponse));
                        done(keep(file, sofar));
                    });
}

} // namespace mygas
