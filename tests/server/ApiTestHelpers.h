#pragma once

#include "ApiCaller.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QTest>
#include <QUrl>

// Shared steps of the API suites: read a code from the demo mailbox, register a user.
namespace apitest {

inline QString lastCode(ApiCaller& api, const QString& login)
{
    const ApiCaller::Reply r =
        api.get(QStringLiteral("/demo/outbox?to=") + QString::fromLatin1(QUrl::toPercentEncoding(login)));
    const QJsonArray messages = r.json.array();
    return messages.isEmpty() ? QString() : messages.first().toObject().value(QLatin1String("code")).toString();
}

struct Session
{
    QString access;
    QString refresh;
};

inline Session registerUser(ApiCaller& api, const QString& login, const QString& password)
{
    const ApiCaller::Reply start = api.post(QStringLiteral("/auth/register"),
                                            {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
    const QString id = start.object().value(QLatin1String("challenge_id")).toString();
    const ApiCaller::Reply done =
        api.post(QStringLiteral("/auth/register/confirm"),
                 {{QStringLiteral("challenge_id"), id}, {QStringLiteral("code"), lastCode(api, login)}});
    if (done.status != 201)
        qWarning() << "registration failed" << start.status << done.status << done.body;
    return {done.object().value(QLatin1String("access_token")).toString(),
            done.object().value(QLatin1String("refresh_token")).toString()};
}

inline QJsonObject credentials(const QString& login, const QString& password)
{
    return {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}};
}

} // namespace apitest
