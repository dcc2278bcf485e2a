#include "tests/support/client/ClientTestSupport.h"

#include "models/auth/AuthRules.h"

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

mygas::Tokens signIn(ServerProcess& server, const QString& login, const QString& password)
{
    ApiCaller caller(server.apiUrl(QString()), server.caFile());
    const ApiCaller::Reply r = caller.post(QStringLiteral("/auth/login"),
                                           {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
    if (r.status != 200)
        qWarning() << "sign-in failed" << r.status << r.body;
    return mygas::Tokens::fromJson(r.object());
}

mygas::Tokens registerUser(ServerProcess& server, const QString& login, const QString& password)
{
    ApiCaller caller(server.apiUrl(QString()), server.caFile());
    const ApiCaller::Reply start = caller.post(
        QStringLiteral("/auth/register"), {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
    const QString id = start.object().value(QLatin1String("challenge_id")).toString();
    const ApiCaller::Reply done =
        caller.post(QStringLiteral("/auth/register/confirm"),
                    {{QStringLiteral("challenge_id"), id}, {QStringLiteral("code"), latestCode(server, login)}});
    const mygas::Tokens tokens = mygas::Tokens::fromJson(done.object());
    caller.setBearer(tokens.accessToken);
    const ApiCaller::Reply consent =
        caller.post(QStringLiteral("/me/consent"),
                    {{QStringLiteral("version"), QString::fromLatin1(mygas::rules::kConsentVersion)}});
    if (done.status != 201 || consent.status >= 300)
        qWarning() << "registration failed" << start.status << done.status << consent.status << consent.body;
    return tokens;
}

} // namespace clienttest
