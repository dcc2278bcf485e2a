#pragma once

#include "server/db/Database.h"
#include "server/payments/Acquirer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include <functional>

class QHttpServer;

namespace mygas::server {

// The test bank inside mygas-server: its pages under /acquirer/, the test
// cards of docs/payments.md, and notices signed with the shared secret. It
// keeps cards by their test behaviour and masked number, never the number.
class SandboxAcquirer : public Acquirer
{
public:
    // deliver hands a signed notice to the provider (PaymentService::receive)
    // and says whether the provider took it.
    using Deliver = std::function<bool(const QByteArray& body, const QByteArray& signature)>;
    SandboxAcquirer(const Database& db, QByteArray secret, Deliver deliver);

    Result<QUrl> start(const Order& order, const QUrl& base) override;
    Status unbind(const QString& binding) override;
    CardOffer offer() const override;
    void registerRoutes(QHttpServer& server);

    // As a bank does: a notice the provider has not taken (the process died
    // between the card's confirmation and the notice) is sent again. Every
    // process calls this now and then; the provider ignores a repeat.
    void redeliver();

    // The confirmation code every test card asks for.
    static QString secureCode() { return QStringLiteral("12345"); }

private:
    struct Session;
    QHttpServerResponse show(const QString& id);
    QHttpServerResponse submitCard(const QString& id, const QHttpServerRequest& request);
    QHttpServerResponse submitCode(const QString& id, const QHttpServerRequest& request);
    std::optional<Session> load(const QString& id) const;
    // Sends the notice and returns the browser to the order's return URL.
    QHttpServerResponse finish(const Session& s, const QString& declineCode);
    // Signs the notice as of now and hands it over; true once it was taken.
    bool deliver(const QString& sessionId, const QByteArray& notice);

    const Database& m_db;
    QByteArray m_secret;
    Deliver m_deliver;
};

} // namespace mygas::server
