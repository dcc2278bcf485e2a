#include "server/app/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mygas::server::privatefiles {

bool makeDir(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return true;
    if (!makeDir(QFileInfo(absolute).absolutePath()))
        return false;
    return QDir().mkdir(absolute) &&
           QFile::setPermissions(absolute, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

bool makeFile(const QString& path)
{
    if (QFileInfo::exists(path))
        return true;
    QFile f(path);
    // Made private before anything is written to it.
    return f.open(QIODevice::WriteOnly | QIODevice::NewOnly) && f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

std::optional<QByteArray> readSecret(const QString& path, const QByteArray& initial, QString* error)
{
    QFile file(path);
    if (!file.exists() && !initial.isEmpty()) {
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || file.write(initial) <= 0) {
            *error = QStringLiteral("cannot write %1").arg(path);
            return std::nullopt;
        }
        file.close();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return std::nullopt;
    }
    return file.readAll().trimmed();
}

} // namespace mygas::server::privatefiles
