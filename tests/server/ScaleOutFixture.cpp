#include "tests/server/ScaleOutFixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <unistd.h>

namespace scaleout {

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

Nginx::~Nginx()
{
    stop();
}

bool Nginx::start(int port, const QList<int>& upstreams, const QString& cert, const QString& key, QString* error)
{
    const QString nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"),
                                                         {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (nginx.isEmpty()) {
        *error = QStringLiteral("nginx is not installed");
        return false;
    }
    const QString d = m_dir.path();
    QDir().mkpath(d + QStringLiteral("/tmp"));
    QString servers;
    for (int p : upstreams)
        servers += QStringLiteral("    server 127.0.0.1:%1 max_fails=1 fail_timeout=1s;\n").arg(p);
    // As root nginx would hand its worker to "nobody", which cannot read the
    // private temporary directory.
    const QString user = ::geteuid() == 0 ? QStringLiteral("user root;\n") : QString();
    const QString conf = user + QStringLiteral(R"(worker_processes 1;
daemon off;
pid %1/nginx.pid;
error_log %1/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path %1/tmp/body;
  proxy_temp_path %1/tmp/proxy;
  fastcgi_temp_path %1/tmp/fastcgi;
  uwsgi_temp_path %1/tmp/uwsgi;
  scgi_temp_path %1/tmp/scgi;
  upstream mygas {
%2    keepalive 16;
  }
  server {
    listen 127.0.0.1:%3 ssl;
    ssl_certificate %4;
    ssl_certificate_key %5;
    client_max_body_size 64k;
    client_header_timeout 20s;
    client_body_timeout 20s;
    keepalive_timeout 60s;
    proxy_read_timeout 60s;
    location / {
      proxy_pass http://mygas;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto https;
    }
  }
}
)")
                                    .arg(d, servers)
                                    .arg(port)
                                    .arg(cert, key);
    QFile f(d + QStringLiteral("/nginx.conf"));
    if (!f.open(QIODevice::WriteOnly) || f.write(conf.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write nginx.conf");
        return false;
    }
    f.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(nginx, {QStringLiteral("-p"), d, QStringLiteral("-e"), d + QStringLiteral("/error.log"),
                            QStringLiteral("-c"), d + QStringLiteral("/nginx.conf")});
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(port));
        if (probe.waitForConnected(200))
            return true;
        QThread::msleep(100);
    }
    QFile log(d + QStringLiteral("/error.log"));
    log.open(QIODevice::ReadOnly);
    *error = QStringLiteral("nginx did not start: ") + QString::fromUtf8(m_process.readAll() + log.readAll());
    return false;
}

void Nginx::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

bool SmsGateway::listen()
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* s = m_server.nextPendingConnection())
            serve(s);
    });
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QList<SmsGateway::Message> SmsGateway::messages() const
{
    QMutexLocker lock(&m_mutex);
    return m_messages;
}

void SmsGateway::serve(QTcpSocket* socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        // One GET a connection, answered after the whole head came.
        if (!socket->peek(socket->bytesAvailable()).contains("\r\n\r\n"))
            return;
        const QByteArray request = socket->readAll();
        const QByteArray target = request.split(' ').value(1);
        const QUrlQuery query(QUrl::fromEncoded(target).query(QUrl::FullyEncoded));
        Message m;
        m.id = query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded).toLongLong();
        m.to = query.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded);
        m.text = query.queryItemValue(QStringLiteral("text"), QUrl::FullyDecoded);
        QTimer::singleShot(m_delayMs, socket, [this, socket, m] {
            {
                QMutexLocker lock(&m_mutex);
                m_messages.append(m);
            }
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nOK");
            socket->disconnectFromHost();
        });
    });
}

} // namespace scaleout
