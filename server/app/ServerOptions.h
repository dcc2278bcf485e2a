#pragma once

#include "server/edge/EdgeLimits.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace mygas::server {

// The command line of `mygas-server serve`.
struct ServerOptions
{
    QString listenHost = QStringLiteral("127.0.0.1");
    QHostAddress listenAddress{QHostAddress::LocalHost};
    quint16 listenPort = 8443;
    QString dataDir = QStringLiteral("./mygas-data");
    QString databaseUrl; // empty: sqlite:DATA_DIR/mygas.sqlite
    QString tlsCertFile;
    QString tlsKeyFile;
    bool demo = false;
    // With --demo: how long the demo operator lets a new or answered request
    // wait before its next step.
    int demoOperatorDelaySec = 20;
    // Quit when standard input ends: the program that started this one is gone.
    bool watchStdin = false;
    bool insecureHttp = false;
    QString smtpUrl;
    QString smtpFrom = QStringLiteral("no-reply@mygas.example");
    QString smsGatewayTemplate;
    QString clockFile;
    QString publicUrl; // empty: the address it listens on
    QString logLevel = QStringLiteral("info");
    EdgeLimits edge;
    QList<QHostAddress> trustedProxies; // whose X-Forwarded-For names the client

    // Parses arguments (without the program name and the "serve" word).
    // Returns an empty string on success, otherwise a message for the operator.
    QString parse(const QStringList& args);
    QString effectiveDatabaseUrl() const;
    // "127.0.0.1:8443" or "[::1]:8443" for the ready line.
    QString hostForUrl() const;
};

} // namespace mygas::server
