#include "server/payments/PaymentHandlers.h"

#include "models/core/ApiPaths.h"
#include "models/core/ErrorCatalog.h"
#include "models/readings/ReadingTypes.h"
#include "server/http/HtmlPage.h"
#include "server/http/HttpCompat.h"
#include "server/http/HttpUtil.h"
#include "server/http/IdempotencyStore.h"
#include "server/http/IdempotentAnswers.h"
#include "server/http/RequestGate.h"
#include "server/payments/PaymentService.h"
#include "server/readings/ReadingHandlers.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace mygas::server {

namespace {
using Method = QHttpServerRequest::Method;

QHttpServerResponse answer(const Result<StoredAnswer>& a)
{
    if (!a.ok())
        return http::error(a.error());
    return http::jsonBytes(a.value().body, QHttpServerResponder::StatusCode(a.value().status));
}

// {"items": [{"service_id": "…", "amount_kop": 1234}, …], "card_id": "…"}
} // namespace

void PaymentHandlers::registerRoutes(QHttpServer& server)
{
    server.route(QStringLiteral("/api/v1/accounts/<arg>/payments"), Method::Post,
                 http::limitedLaterArg([this](const QString& id, const QHttpServerRequest& request,
                                              compat::LaterReply reply) { pay(id, request, std::move(reply)); }));
    server.route(QStringLiteral("/api/v1/payments/<arg>"), Method::Get,
                 http::limitedArg([this](const QString& id, const QHttpServerRequest& r) { return status(id, r); }));
    server.route(QStringLiteral("/api/v1/cards"), Method::Get,
                 http::limited([this](const QHttpServerRequest& r) { return cards(r); }));
    // The bank's offer, read before a card is bound (no sign-in needed: it is public).
    server.route(QStringLiteral("/api/v1/cards/offer"), Method::Get, http::limited([this](const QHttpServerRequest&) {
                     return http::json(m_payments.cardOffer().toJson());
                 }));
    server.route(QStringLiteral("/api/v1/cards"), Method::Post,
                 http::limited([this](const QHttpServerRequest& r) { return newCard(r); }));
    server.route(
        QStringLiteral("/api/v1/cards/<arg>"), Method::Delete,
        http::limitedArg([this](const QString& id, const QHttpServerRequest& r) { return removeCard(id, r); }));
    server.route(QStringLiteral("/api/v1/acquirer/notifications"), Method::Post,
                 http::limited([this](const QHttpServerRequest& r) { return notice(r); }));
    // Where the bank sends the browser back; the app closes its page here.
    server.route(QString::fromLatin1(api::kPaymentReturnPath), Method::Get, [](const QHttpServerRequest&) {
        return QHttpServerResponse(
            "text/html; charset=utf-8",
            http::messagePage(QStringLiteral("Оплата завершена"), QStringLiteral("Вернитесь в приложение «Мой газ».")));
    });
}

void PaymentHandlers::pay(const QString& accountId, const QHttpServerRequest& request, compat::LaterReply reply)
{
    const Result<AccountCaller> c = m_gate.account(request, accountId);
    if (!c.ok())
        return reply.send(http::error(c.error()));
    std::variant<http::Keyed, QHttpServerResponse> keyed =
        http::keyOf(IdempotencyStore(m_payments.database()), c.value().userId,
                    QByteArrayLiteral("POST /api/v1/accounts/") + accountId.toUtf8() + "/payments", request);
    if (auto* done = std::get_if<QHttpServerResponse>(&keyed))
        return reply.send(std::move(*done));
    const auto& [key, hash] = std::get<http::Keyed>(keyed);
    const Result<QJsonObject> body = http::parseBody(request);
    if (!body.ok())
        return reply.send(http::error(body.error()));
    const Result<PaymentRequest> read = PaymentRequest::read(body.value());
    // Readings are the extended version's (manual 4.3.2.2), with a payment too:
    // refused as such before anything is said of their form.
    const QJsonValue readings = body.value().value(QLatin1String("readings"));
    const bool withReadings = !readings.isUndefined() && !readings.isNull();
    const bool readingsError = !read.ok() && read.error().field.startsWith(QLatin1String("readings"));
    if (!read.ok() && !readingsError)
        return reply.send(http::error(read.error()));
    if (withReadings && c.value().account.access != Access::Extended)
        return reply.send(http::error(errc::ExtendedRequired, 403));
    if (!read.ok())
        return reply.send(http::error(read.error()));
    PaymentService::Request payment;
    static_cast<PaymentRequest&>(payment) = read.value();
    payment.userId = c.value().userId;
    payment.accountId = c.value().account.id.toLongLong();
    payment.idempotencyKey = key;
    payment.requestHash = hash;
    payment.base = m_publicBase;
    if (!payment.readings)
        return reply.send(answer(m_payments.pay(payment)));
    // No reading is written for a payment that will be refused (pay() checks
    // again: a card may go meanwhile).
    if (const Result<PaymentService::Checked> checked = m_payments.check(payment); !checked.ok())
        return reply.send(http::error(checked.error()));

    // The readings first, written and committed with every other reading by
    // the readings writer; then the order, with their verdict in its answer.
    ReadingRequest r;
    r.authorization = compat::header(request, "authorization");
    r.accountId = accountId;
    // Their own key, so that a payment sent again after the readings were
    // stored (and before its order was) gets the same verdict, not a second
    // set of readings.
    r.idempotencyKey = QByteArrayLiteral("payment-readings:") + key;
    r.body = request.body();
    r.items = *payment.readings;
    r.requestHash = hash;
    auto later = std::make_shared<compat::LaterReply>(std::move(reply));
    m_readings.submit(std::move(r), [this, payment, later](QHttpServerResponse verdict) mutable {
        if (verdict.statusCode() != QHttpServerResponse::StatusCode::Ok)
            return later->send(std::move(verdict));
        payment.readingsVerdict = QJsonDocument::fromJson(verdict.data()).object();
        later->send(answer(m_payments.pay(payment)));
    });
}

QHttpServerResponse PaymentHandlers::status(const QString& orderId, const QHttpServerRequest& request)
{
    const Result<qint64> user = m_gate.user(request);
    if (!user.ok())
        return http::error(user.error());
    const Result<PaymentOrder> o = m_payments.order(user.value(), orderId);
    return o.ok() ? http::json(o.value().toJson()) : http::error(o.error());
}

QHttpServerResponse PaymentHandlers::cards(const QHttpServerRequest& request)
{
    const Result<qint64> user = m_gate.user(request);
    if (!user.ok())
        return http::error(user.error());
    const Result<QList<SavedCard>> list = m_payments.cards(user.value());
    if (!list.ok())
        return http::error(list.error());
    QJsonArray out;
    for (const SavedCard& c : list.value())
        out.append(c.toJson());
    return http::json(out);
}

QHttpServerResponse PaymentHandlers::newCard(const QHttpServerRequest& request)
{
    const Result<qint64> user = m_gate.user(request);
    if (!user.ok())
        return http::error(user.error());
    std::variant<http::Keyed, QHttpServerResponse> keyed = http::keyOf(
        IdempotencyStore(m_payments.database()), user.value(), QByteArrayLiteral("POST /api/v1/cards"), request);
    if (auto* done = std::get_if<QHttpServerResponse>(&keyed))
        return std::move(*done);
    const auto& [key, hash] = std::get<http::Keyed>(keyed);
    const Result<QJsonObject> body = http::parseBody(request);
    if (!body.ok())
        return http::error(body.error());
    // «С условиями Публичной оферты Банка ознакомлен и принимаю их» (manual 4.7.3.1).
    if (body.value().value(QLatin1String("offer_accepted")) != QJsonValue(true))
        return http::error(errc::OfferNotAccepted, 422, QStringLiteral("offer_accepted"));
    return answer(m_payments.bindCard(user.value(), key, hash, m_publicBase));
}

QHttpServerResponse PaymentHandlers::removeCard(const QString& cardId, const QHttpServerRequest& request)
{
    const Result<qint64> user = m_gate.user(request);
    if (!user.ok())
        return http::error(user.error());
    const Status done = m_payments.removeCard(user.value(), cardId);
    return done.ok() ? http::noContent() : http::error(done.error());
}

QHttpServerResponse PaymentHandlers::notice(const QHttpServerRequest& request)
{
    if (!m_payments.receive(request.body(), http::header(request, "x-acquirer-signature")))
        return http::error(errc::NotificationInvalid, 401);
    return http::noContent();
}

} // namespace mygas::server
