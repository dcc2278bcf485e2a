#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QProcess>
#include <QString>
#include <QTcpServer>
#include <QTemporaryDir>

// The parts around several mygas-server processes (docs/operator.md 6):
// nginx with TLS in front of them, and an HTTP SMS gateway that records
// every message it is given.
namespace scaleout {

int freePort();

// nginx, one worker, TLS with the given certificate, proxying everything to
// the upstream ports as docs/operator.md 6 shows.
class Nginx
{
public:
    ~Nginx();
    bool start(int port, const QList<int>& upstreams, const QString& cert, const QString& key, QString* error);
    void stop();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};

// GET /send?to=…&text=…&id=… answered 200 after `delay` ms.
class SmsGateway : public QObject
{
    Q_OBJECT
public:
    struct Message
    {
        qint64 id = 0;
        QString to;
        QString text;
    };
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    void setDelayMs(int ms) { m_delayMs = ms; }
    QList<Message> messages() const;

private:
    void serve(QTcpSocket* socket);

    QTcpServer m_server;
    int m_delayMs = 0;
    mutable QMutex m_mutex;
    QList<Message> m_messages;
};

} // namespace scaleout
