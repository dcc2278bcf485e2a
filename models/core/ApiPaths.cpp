#include "models/core/ApiPaths.h"

#include <QUrl>

namespace mygas::api {

QString accountPath(const QString& accountId, const QString& tail)
{
    return QStringLiteral("/accounts/") + QString::fromLatin1(QUrl::toPercentEncoding(accountId)) + tail;
}

} // namespace mygas::api
