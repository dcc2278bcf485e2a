#pragma once

#include <QHttpServer>

namespace mygas::server {

class AccountService;
class RequestGate;

// GET/POST /accounts, PATCH/DELETE /accounts/{id}, and the extended version:
// POST /accounts/{id}/extended and /accounts/{id}/pin-request.
class AccountHandlers
{
public:
    AccountHandlers(AccountService& accounts, const RequestGate& gate) : m_accounts(accounts), m_gate(gate) {}
    void registerRoutes(QHttpServer& server);

private:
    QHttpServerResponse list(const QHttpServerRequest& request);
    QHttpServerResponse link(const QHttpServerRequest& request);
    QHttpServerResponse rename(const QString& id, const QHttpServerRequest& request);
    QHttpServerResponse unlink(const QString& id, const QHttpServerRequest& request);
    QHttpServerResponse unlock(const QString& id, const QHttpServerRequest& request);
    QHttpServerResponse pinRequest(const QString& id, const QHttpServerRequest& request);

    AccountService& m_accounts;
    const RequestGate& m_gate;
};

} // namespace mygas::server
