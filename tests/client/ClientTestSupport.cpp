#include "ClientTestSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSettings>
#include <QUrl>

namespace clienttest {

void isolateSettings(const QTemporaryDir& dir)
{
    QCoreApplication::setOrganizationName(QStringLiteral("mygas-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("mygas-tests"));
    for (auto format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, dir.path());
}

static QJsonArray outbox(ServerProcess& server, const QString& login)
{
    ApiCaller caller(server.apiUrl(QString()), server.caFile());
    const ApiCaller::Reply r =
        caller.get(QStringLiteral("/demo/outbox?to=") + QString::fromLatin1(QUrl::toPercentEncoding(login)));
    return r.json.array();
}

QString latestCode(ServerProcess& server, const QString& login)
{
    const QJsonArray messages = outbox(server, login);
    return messages.isEmpty() ? QString() : messages.first().toObject().value(QStringLiteral("code")).toString();
}

int outboxCount(ServerProcess& server, const QString& login)
{
    return outbox(server, login).size();
}

QString uniqueLogin(const QString& prefix)
{
    static int n = 0;
    return QStringLiteral("%1%2.%3@example.ru").arg(prefix).arg(QDateTime::currentMSecsSinceEpoch()).arg(++n);
}

} // namespace clienttest
