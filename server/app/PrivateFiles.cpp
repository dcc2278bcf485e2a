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

} // namespace mygas::server::privatefiles
