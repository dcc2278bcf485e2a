#pragma once

#include "models/core/Error.h"

#include <QJsonDocument>
#include <QObject>
#include <QString>

#include <functional>

namespace mygas {

class ApiClient;
class CacheStore;
class SyncEngine;

// Linking, alias, extended version, PIN request; each success triggers a sync.
class AccountsService : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Status&)>;

    AccountsService(ApiClient* api, CacheStore* cache, SyncEngine* sync, QObject* parent = nullptr);

    // Callbacks run only while context is alive.
    void loadCompanies(QObject* context, Callback done); // GET /companies → cache
    void link(const QString& companyId, const QString& number, QObject* context, Callback done);
    void unlink(const QString& accountId, QObject* context, Callback done);
    void rename(const QString& accountId, const QString& alias, QObject* context, Callback done);

    enum class ControlQuestion
    {
        MeterSerial,
        LastCharge,
        Pin
    };
    Q_ENUM(ControlQuestion)
    static QString methodName(ControlQuestion q); // "meter_serial", "last_charge", "pin"

    void unlockExtended(const QString& accountId, ControlQuestion q, const QString& answer, QObject* context,
                        Callback done);
    void requestPin(const QString& accountId, const QString& fullName, const QString& email, const QString& phone,
                    QObject* context, Callback done);
    bool canLinkMore() const; // fewer than rules::kMaxAccounts in the cache

private:
    void afterChange(const Result<QJsonDocument>& answer, QObject* context, const Callback& done);

    ApiClient* m_api;
    CacheStore* m_cache;
    SyncEngine* m_sync;
};

} // namespace mygas
