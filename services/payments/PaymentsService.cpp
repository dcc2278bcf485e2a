#include "services/payments/PaymentsService.h"

#include "models/core/ApiPaths.h"
#include "models/core/ErrorCatalog.h"
#include "models/payments/PaymentRules.h"
#include "services/net/ApiClient.h"
#include "services/sync/SyncEngine.h"

#include <QJsonArray>
#include <QPointer>
#include <QUuid>

namespace mygas {

namespace {
Result<PaymentsService::Started> startedFrom(const Result<QJsonDocument>& reply)
{
    if (!reply.ok())
        return reply.error();
    const QJsonObject o = reply.value().object();
    PaymentsService::Started s;
    s.order = PaymentOrder::fromJson(o.value(QLatin1String("payment")).toObject());
    s.page = QUrl(o.value(QLatin1String("confirmation_url")).toString());
    s.readings = ReadingAnswer::fromJson(o.value(QLatin1String("readings")).toObject());
    // Only the bank's https page is ever opened.
    if (s.order.id.isEmpty() || s.page.scheme() != QLatin1String("https"))
        return makeError(errc::BadResponse);
    return s;
}
} // namespace

PaymentsService::PaymentsService(ApiClient* api, SyncEngine* sync, QObject* parent)
    : QObject(parent), m_api(api), m_sync(sync)
{
}

QString PaymentsService::newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void PaymentsService::pay(const QString& accountId, const QList<PaymentItem>& items, const QList<ReadingItem>& readings,
                          const QString& cardId, const QString& key, QObject* context, StartedCallback done)
{
    qint64 total = 0;
    for (const PaymentItem& i : items)
        total += i.amountKop;
    if (const QString code = rules::checkPaymentTotal(total); !code.isEmpty()) {
        done(makeError(code.toLatin1().constData()));
        return;
    }
    PaymentRequest request{items, cardId, std::nullopt};
    if (!readings.isEmpty())
        request.readings = readings;
    m_api->postIdempotent(api::accountPath(accountId, QStringLiteral("/payments")), request.toJson(), key, context,
                          [done = std::move(done)](const Result<QJsonDocument>& r) { done(startedFrom(r)); });
}

void PaymentsService::bindCard(const QString& key, QObject* context, StartedCallback done)
{
    m_api->postIdempotent(QStringLiteral("/cards"), {{QStringLiteral("offer_accepted"), true}}, key, context,
                          [done = std::move(done)](const Result<QJsonDocument>& r) { done(startedFrom(r)); });
}

void PaymentsService::status(const QString& paymentId, QObject* context,
                             std::function<void(const Result<PaymentOrder>&)> done)
{
    QPointer<SyncEngine> sync(m_sync);
    m_api->get(QStringLiteral("/payments/%1").arg(paymentId), context,
               [done = std::move(done), sync](const Result<QJsonDocument>& r) {
                   if (!r.ok()) {
                       done(r.error());
                       return;
                   }
                   const PaymentOrder o = PaymentOrder::fromJson(r.value().object());
                   if (o.status == PaymentOrder::Status::Succeeded && sync)
                       sync->syncNow();
                   done(o);
               });
}

void PaymentsService::cards(QObject* context, std::function<void(const Result<QList<SavedCard>>&)> done)
{
    m_api->get(QStringLiteral("/cards"), context, [done = std::move(done)](const Result<QJsonDocument>& r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        QList<SavedCard> out;
        for (const QJsonValue& v : r.value().array())
            out.append(SavedCard::fromJson(v.toObject()));
        done(out);
    });
}

void PaymentsService::removeCard(const QString& cardId, QObject* context, std::function<void(const Status&)> done)
{
    m_api->remove(QStringLiteral("/cards/%1").arg(cardId), context,
                  [done = std::move(done)](const Result<QJsonDocument>& r) {
                      done(r.ok() ? Status(Done{}) : Status(r.error()));
                  });
}

void PaymentsService::cardOffer(QObject* context, std::function<void(const Result<CardOffer>&)> done)
{
    m_api->get(QStringLiteral("/cards/offer"), context, [done = std::move(done)](const Result<QJsonDocument>& r) {
        if (!r.ok())
            done(r.error());
        else
            done(CardOffer::fromJson(r.value().object()));
    });
}

QList<QSslCertificate> PaymentsService::trustedCertificates() const
{
    return m_api->extraCaCertificates();
}

QUrl PaymentsService::returnUrl() const
{
    QUrl url = m_api->baseUrl();
    url.setPath(QString::fromLatin1(api::kPaymentReturnPath));
    return url;
}

} // namespace mygas
