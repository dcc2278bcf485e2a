#pragma once

#include <QSslConfiguration>

#include <optional>

#include "CompanyCalendar.h"
#include "Database.h"
#include "PinSeal.h"
#include "ServerOptions.h"

#include <QString>
#include <QTimer>

#include <memory>

class QHttpServer;

namespace mygas::server {

class AccountHandlers;
class AccountService;
class AuthHandlers;
class AuthService;
class PasswordHasher;
class Checkpointer;
class ClockFile;
class DemoHandlers;
class DirectoryHandlers;
class OutboxDelivery;
class OutboxStore;
class PaymentHandlers;
class PaymentService;
class SandboxAcquirer;
class ReadingHandlers;
class RequestGate;
class SectionHandlers;
class SyncHandlers;

// The composition root of mygas-server: storage, services, delivery,
// routes and the listening socket.
class ServerApp
{
public:
    explicit ServerApp(ServerOptions options);
    ~ServerApp();

    // Opens and migrates the database, seeds demo data, prepares TLS and
    // listens. On failure returns false with a message for the operator.
    bool start(QString* error);
    // https://HOST:PORT (http:// with --insecure-http).
    QString url() const;

private:
    bool setupTls(QString* error);
    void registerRoutes();
    bool loadAcquirerSecret(QByteArray* secret, QString* error) const;

    ServerOptions m_options;
    std::unique_ptr<ClockFile> m_clockFile;
    PinSeal m_pinSeal;
    Database m_db;
    std::unique_ptr<Checkpointer> m_checkpointer; // SQLite only
    CompanyCalendar m_calendar;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<AuthHandlers> m_authHandlers;
    // After the handlers: gone first, so no hash result arrives for them late.
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<RequestGate> m_gate;
    std::unique_ptr<AccountHandlers> m_accountHandlers;
    std::unique_ptr<SectionHandlers> m_sectionHandlers;
    std::unique_ptr<ReadingHandlers> m_readingHandlers;
    std::unique_ptr<SyncHandlers> m_syncHandlers;
    std::unique_ptr<SandboxAcquirer> m_acquirer;
    std::unique_ptr<PaymentService> m_payments;
    std::unique_ptr<PaymentHandlers> m_paymentHandlers;
    std::unique_ptr<DirectoryHandlers> m_directory;
    QTimer m_directoryRefresh;
    QTimer m_noticeRetry; // the sandbox bank's notices not yet taken
    std::unique_ptr<DemoHandlers> m_demo;
    std::unique_ptr<OutboxDelivery> m_delivery;
    std::unique_ptr<QHttpServer> m_http;
    std::optional<QSslConfiguration> m_tls; // unset with --insecure-http
    quint16 m_port = 0;
};

} // namespace mygas::server
