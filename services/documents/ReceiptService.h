#pragma once

#include "models/core/Error.h"
#include "models/documents/InvoiceTypes.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace mygas {

class ApiClient;
class CacheStore;

// «Квитанция» (manual 4.3.1.3): the receipt data of a month from the server,
// kept in the offline cache; without a network the cached data, or — for a
// month never fetched — the same receipt built from the synced sections by
// the rules the server uses. The PDF is drawn on the PC.
class ReceiptService : public QObject
{
    Q_OBJECT
public:
    ReceiptService(ApiClient* api, CacheStore* cache, QObject* parent = nullptr);

    struct Loaded
    {
        Invoice invoice;
        bool offline = false; // true: from the cache, the server was not reached
    };
    using Callback = std::function<void(const Result<Loaded>&)>;

    // The callback runs only while context is alive.
    void load(const QString& accountId, const QString& period, QObject* context, Callback done);
    // The months to choose from, newest first: the current one, then those
    // with settlements in the cache (the extended version).
    QStringList periods(const QString& accountId) const;
    // This month in the company's time zone.
    static QString currentPeriod(const Company& company);

    static Status writePdf(const Invoice& invoice, const QString& path);

private:
    Result<Invoice> fromCache(const QString& accountId, const QString& period) const;
    Result<Invoice> fromSections(const QString& accountId, const QString& period) const;

    ApiClient* m_api;
    CacheStore* m_cache;
};

} // namespace mygas
