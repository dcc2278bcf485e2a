#include "services/accounts/AccountsService.h"

#include "models/accounts/AccountRules.h"
#include "models/auth/AuthRules.h"
#include "models/core/ApiPaths.h"
#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "services/cache/CacheStore.h"
#include "services/core/Logging.h"
#include "services/net/ApiClient.h"
#include "services/sync/SyncEngine.h"

#include <QJsonArray>
#include <QPointer>

#include <utility>

namespace mygas {

namespace {

// Calls done only while context is alive (or when there is none).
void reply(QObject* context, bool hasContext, const AccountsService::Callback& done, const Status& s)
{
    if ((!hasContext || context) && done)
        done(s);
}

} // namespace

AccountsService::AccountsService(ApiClient* api, CacheStore* cache, SyncEngine* sync, QObject* parent)
    : QObject(parent), m_api(api), m_cache(cache), m_sync(sync)
{
}

QString AccountsService::methodName(ControlQuestion q)
{
    switch (q) {
    case ControlQuestion::MeterSerial:
        return QStringLiteral("meter_serial");
    case ControlQuestion::LastCharge:
        return QStringLiteral("last_charge");
    case ControlQuestion::Pin:
        break;
    }
    return QStringLiteral("pin");
}

bool AccountsService::canLinkMore() const
{
    return m_cache->accounts().size() < rules::kMaxAccounts;
}

void AccountsService::loadCompanies(QObject* context, Callback done)
{
    m_api->get(QStringLiteral("/companies"), context, [this, done](const Result<QJsonDocument>& r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        QList<Company> companies;
        for (const QJsonValue& v : r.value().array())
            companies.append(Company::fromJson(v.toObject()));
        done(m_cache->storeCompanies(companies));
    });
}

void AccountsService::link(const QString& companyId, const QString& number, QObject* context, Callback done)
{
    if (!canLinkMore()) {
        done(makeError(errc::AccountLimit));
        return;
    }
    QString regex;
    bool knownCompany = false;
    for (const Company& c : m_cache->companies()) {
        if (c.id == companyId) {
            regex = c.accountNumberRegex;
            knownCompany = true;
        }
    }
    if (companyId.isEmpty() || (!knownCompany && !m_cache->companies().isEmpty())) {
        done(makeError(errc::CompanyNotFound, QStringLiteral("company_id")));
        return;
    }
    if (const QString code = rules::checkAccountNumber(number, regex); !code.isEmpty()) {
        done(makeError(code.toLatin1().constData(), QStringLiteral("number")));
        return;
    }
    const QJsonObject body{{QStringLiteral("company_id"), companyId}, {QStringLiteral("number"), number.trimmed()}};
    m_api->post(QStringLiteral("/accounts"), body, context,
                [this, context, done](const Result<QJsonDocument>& r) { afterChange(r, context, done); });
}

void AccountsService::unlink(const QString& accountId, QObject* context, Callback done)
{
    m_api->remove(api::accountPath(accountId), context,
                  [this, context, done](const Result<QJsonDocument>& r) { afterChange(r, context, done); });
}

void AccountsService::rename(const QString& accountId, const QString& alias, QObject* context, Callback done)
{
    if (const QString code = rules::checkAlias(alias); !code.isEmpty()) {
        done(makeError(code.toLatin1().constData(), QStringLiteral("alias")));
        return;
    }
    const QJsonObject body{{QStringLiteral("alias"), alias.trimmed()}};
    m_api->patch(api::accountPath(accountId), body, context,
                 [this, context, done](const Result<QJsonDocument>& r) { afterChange(r, context, done); });
}

void AccountsService::unlockExtended(const QString& accountId, ControlQuestion q, const QString& answer,
                                     QObject* context, Callback done)
{
    const QJsonObject body{{QStringLiteral("method"), methodName(q)}, {QStringLiteral("answer"), answer.trimmed()}};
    m_api->post(api::accountPath(accountId, QStringLiteral("/extended")), body, context,
                [this, context, done](const Result<QJsonDocument>& r) { afterChange(r, context, done); });
}

void AccountsService::requestPin(const QString& accountId, const QString& fullName, const QString& email,
                                 const QString& phone, QObject* context, Callback done)
{
    // The PIN is sent to the e-mail address (manual 4.7.2); the phone is optional.
    if (fullName.trimmed().isEmpty() || email.trimmed().isEmpty()) {
        done(makeError(errc::PinRequestInvalid,
                       fullName.trimmed().isEmpty() ? QStringLiteral("full_name") : QStringLiteral("email")));
        return;
    }
    const QJsonObject body{{QStringLiteral("full_name"), fullName.trimmed()},
                           {QStringLiteral("email"), email.trimmed()},
                           {QStringLiteral("phone"), phone.trimmed()}};
    m_api->post(api::accountPath(accountId, QStringLiteral("/pin-request")), body, context,
                [done](const Result<QJsonDocument>& r) {
                    if (r.ok())
                        done(Done{});
                    else
                        done(r.error());
                });
}

void AccountsService::afterChange(const Result<QJsonDocument>& answer, QObject* context, const Callback& done)
{
    if (!answer.ok()) {
        qCInfo(lcAccounts) << "account change refused:" << answer.error().code;
        done(answer.error());
        return;
    }
    // The change is made; the callback waits for the sync that shows it, and
    // a failed sync does not undo it (the next one will bring it).
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_sync->syncThen(nullptr, [guard, hasContext, done](const Status&) { reply(guard, hasContext, done, Done{}); });
}

} // namespace mygas
