#pragma once

#include "tests/support/ApiCaller.h"
#include "tests/support/ServerProcess.h"

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

// `api` pointed at `server` and signed in as `login` (an operator, another
// PC of the same person, or the same one after the clock moved on).
inline void signIn(ApiCaller& api, const ServerProcess& server, const QString& login, const QString& password)
{
    api.setBase(server.apiUrl(QString()));
    api.setCaFile(server.caFile());
    const ApiCaller::Reply r = api.post(QStringLiteral("/auth/login"), credentials(login, password));
    if (r.status != 200)
        qWarning() << "login failed" << login << r.status << r.body;
    api.setBearer(r.object().value(QStringLiteral("access_token")).toString());
}

// A registered user who accepted the personal-data consent; returns the access token.
inline QString consentedUser(ApiCaller& api, const QString& login)
{
    const Session s = registerUser(api, login, QStringLiteral("pass1"));
    api.setBearer(s.access);
    const ApiCaller::Reply r = api.post(QStringLiteral("/me/consent"), {{QStringLiteral("version"), "2024-01"}});
    if (r.status != 204)
        qWarning() << "consent failed" << r.status << r.body;
    return s.access;
}

// The unlinked demo accounts of docs/demo.md with their control answers.
struct DemoAccount
{
    const char* company;
    const char* number;
    const char* serial;
    const char* lastCharge;
    const char* pin;
};
inline const DemoAccount kDemoAccounts[] = {
    {"lesnogorsk", "66012345", "70345112", "35010", "118256"},
    {"severogorsk", "0498765432", "52908871", "19900", "640213"},
    {"zarechye", "630100054321", "39017744", "41200", "905338"},
    {"lesnogorsk", "66054321", "81726354", "22575", "327761"},
};

inline QJsonObject linkBody(const DemoAccount& a)
{
    return {{QStringLiteral("company_id"), a.company}, {QStringLiteral("number"), a.number}};
}

// Links a demo account and returns its id ("" on failure).
inline QString linkAccount(ApiCaller& api, const DemoAccount& a)
{
    const ApiCaller::Reply r = api.post(QStringLiteral("/accounts"), linkBody(a));
    if (r.status != 201)
        qWarning() << "link failed" << r.status << r.body;
    return r.object().value(QLatin1String("id")).toString();
}

// Links a demo account and unlocks its extended version by its PIN; its id
// ("" on failure).
inline QString linkExtended(ApiCaller& api, const DemoAccount& a)
{
    const QString id = linkAccount(api, a);
    const ApiCaller::Reply r =
        api.post(QStringLiteral("/accounts/") + id + QStringLiteral("/extended"),
                 {{QStringLiteral("method"), QStringLiteral("pin")}, {QStringLiteral("answer"), a.pin}});
    if (r.status != 200)
        qWarning() << "extended version refused" << r.status << r.body;
    return r.status == 200 ? id : QString();
}

} // namespace apitest
