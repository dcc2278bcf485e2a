#pragma once

#include "server/accounts/PinSeal.h"
#include "server/app/Feature.h"
#include "server/app/ServerOptions.h"
#include "server/db/Database.h"
#include "server/directory/CompanyCalendar.h"

#include <QSslConfiguration>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QHttpServer;

namespace mygas::server {

class Checkpointer;
class ClockFile;
class NotificationOutbox;
class RequestGate;

// The composition root of mygas-server: storage, what the features share,
// the features (server/*/…Feature.cpp) and the listening socket.
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
    bool startFeatures(QString* error);

    ServerOptions m_options;
    std::unique_ptr<ClockFile> m_clockFile;
    PinSeal m_pinSeal;
    Database m_db;
    std::unique_ptr<Checkpointer> m_checkpointer; // SQLite only
    CompanyCalendar m_calendar;
    std::unique_ptr<NotificationOutbox> m_outbox;
    std::unique_ptr<RequestGate> m_gate;
    std::unique_ptr<ServerContext> m_context;
    std::vector<std::unique_ptr<Feature>> m_features;
    std::unique_ptr<QHttpServer> m_http;
    std::optional<QSslConfiguration> m_tls; // unset with --insecure-http
    quint16 m_port = 0;
};

} // namespace mygas::server
