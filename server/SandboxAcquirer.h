#pragma once

#include "Acquirer.h"
#include "Database.h"

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
    // deliver hands a signed notice to the provider (PaymentService::receive).
    using Deliver = std::function<void(const QByteArray& body, const QByteArray& signature)>;
    SandboxAcquirer(const Database& db, QByteArray secret, Deliver deliver);

    Result<QUrl> start(const Order& order, const QUrl& base) override;
    Status unbind(const QString& binding) override;
    CardOffer offer() const override;
    void registerRoutes(QHttpServer& server);

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

    const Database& m_db;
    QByteArray m_secret;
    Deliver m_deliver;
};

} // namespace mygas::server
