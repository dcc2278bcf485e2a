#pragma once

#include "server/http/HttpCompat.h"

#include <QHttpServer>
#include <QUrl>

#include <variant>

namespace mygas::server {

class PaymentService;
class ReadingHandlers;
class RequestGate;

// Payments and bound cards: POST /accounts/{id}/payments, GET /payments/{id},
// GET and POST /cards, DELETE /cards/{id}; the bank's notices at
// POST /acquirer/notifications; the page the bank returns the browser to.
class PaymentHandlers
{
public:
    // Readings sent with a payment go to the readings feature's writer.
    PaymentHandlers(PaymentService& payments, const RequestGate& gate, ReadingHandlers& readings)
        : m_payments(payments), m_gate(gate), m_readings(readings)
    {
    }
    void registerRoutes(QHttpServer& server);
    // The address clients reach the server by (--public-url, or the one it
    // listens on): the bank's pages and the return page are made of it,
    // never of a request's Host header.
    void setPublicBase(const QUrl& base) { m_publicBase = base; }

private:
    // Answers at once, or once the readings sent with the payment are written.
    void pay(const QString& accountId, const QHttpServerRequest& request, compat::LaterReply reply);
    QHttpServerResponse status(const QString& orderId, const QHttpServerRequest& request);
    QHttpServerResponse cards(const QHttpServerRequest& request);
    QHttpServerResponse newCard(const QHttpServerRequest& request);
    QHttpServerResponse removeCard(const QString& cardId, const QHttpServerRequest& request);
    QHttpServerResponse notice(const QHttpServerRequest& request);

    PaymentService& m_payments;
    const RequestGate& m_gate;
    ReadingHandlers& m_readings;
    QUrl m_publicBase;
};

} // namespace mygas::server
