#include "server/app/ServerOptions.h"

#include "server/app/Logging.h"

#include <QDir>
#include <QUrl>

namespace mygas::server {

namespace {
bool parseListen(const QString& value, QString* host, QHostAddress* address, quint16* port)
{
    const int colon = value.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString h = value.left(colon);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    bool ok = false;
    const uint p = value.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    QHostAddress a;
    if (h == QLatin1String("localhost"))
        a = QHostAddress(QHostAddress::LocalHost);
    else if (!a.setAddress(h))
        return false;
    *host = h;
    *address = a;
    *port = quint16(p);
    return true;
}

bool parseCount(const QString& value, int low, int high, int* out)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < low || n > high)
        return false;
    *out = n;
    return true;
}
} // namespace

QString ServerOptions::parse(const QStringList& args)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        auto next = [&](QString* out) {
            if (i + 1 >= args.size())
                return false;
            *out = args.at(++i);
            return true;
        };
        QString value;
        if (arg == QLatin1String("--demo")) {
            demo = true;
        } else if (arg == QLatin1String("--demo-operator-delay")) {
            bool ok = next(&value);
            demoOperatorDelaySec = value.toInt(&ok);
            if (!ok || demoOperatorDelaySec < 0 || demoOperatorDelaySec > 86400)
                return QStringLiteral("--demo-operator-delay expects seconds from 0 to 86400");
        } else if (arg == QLatin1String("--watch-stdin")) {
            watchStdin = true;
        } else if (arg == QLatin1String("--insecure-http")) {
            insecureHttp = true;
        } else if (arg == QLatin1String("--listen")) {
            if (!next(&value) || !parseListen(value, &listenHost, &listenAddress, &listenPort))
                return QStringLiteral("--listen expects HOST:PORT, e.g. 127.0.0.1:8443");
        } else if (arg == QLatin1String("--db")) {
            if (!next(&databaseUrl))
                return QStringLiteral("--db expects sqlite:PATH or postgresql://USER@HOST:PORT/DB");
        } else if (arg == QLatin1String("--data-dir")) {
            if (!next(&dataDir))
                return QStringLiteral("--data-dir expects a directory");
        } else if (arg == QLatin1String("--tls-cert")) {
            if (!next(&tlsCertFile))
                return QStringLiteral("--tls-cert expects a PEM file");
        } else if (arg == QLatin1String("--tls-key")) {
            if (!next(&tlsKeyFile))
                return QStringLiteral("--tls-key expects a PEM file");
        } else if (arg == QLatin1String("--smtp")) {
            if (!next(&smtpUrl) || !smtpUrl.startsWith(QLatin1String("smtp")))
                return QStringLiteral("--smtp expects smtp://HOST:PORT");
        } else if (arg == QLatin1String("--smtp-from")) {
            if (!next(&smtpFrom))
                return QStringLiteral("--smtp-from expects an e-mail address");
        } else if (arg == QLatin1String("--sms-gateway")) {
            if (!next(&smsGatewayTemplate) || !smsGatewayTemplate.contains(QLatin1String("{to}")))
                return QStringLiteral("--sms-gateway expects a URL template with {to} and {text}");
        } else if (arg == QLatin1String("--public-url")) {
            const QUrl url(next(&value) ? value : QString(), QUrl::StrictMode);
            if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() ||
                url.hasFragment() || (url.path() != QString() && url.path() != QLatin1String("/")) ||
                (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
                return QStringLiteral("--public-url expects https://HOST[:PORT], the address clients use");
            publicUrl = url.adjusted(QUrl::StripTrailingSlash).toString();
        } else if (arg == QLatin1String("--log-level")) {
            if (!next(&logLevel) || !logLevels().contains(logLevel))
                return QStringLiteral("--log-level expects debug, info, warning or critical");
        } else if (arg == QLatin1String("--max-connections")) {
            if (!next(&value) || !parseCount(value, 1, 1000000, &edge.maxConnections))
                return QStringLiteral("--max-connections expects a number of connections, 1 or more");
        } else if (arg == QLatin1String("--request-timeout")) {
            if (!next(&value) || !parseCount(value, 1, 3600, &edge.requestTimeoutSec))
                return QStringLiteral("--request-timeout expects seconds, 1 to 3600");
        } else if (arg == QLatin1String("--idle-timeout")) {
            if (!next(&value) || !parseCount(value, 1, 3600, &edge.idleTimeoutSec))
                return QStringLiteral("--idle-timeout expects seconds, 1 to 3600");
        } else if (arg == QLatin1String("--trusted-proxy")) {
            if (!next(&value))
                return QStringLiteral("--trusted-proxy expects an IP address, e.g. 127.0.0.1");
            for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QHostAddress a(part.trimmed());
                if (a.isNull())
                    return QStringLiteral("--trusted-proxy expects IP addresses, not %1").arg(part);
                trustedProxies.append(a);
            }
        } else if (arg == QLatin1String("--clock-file")) {
            if (!next(&clockFile))
                return QStringLiteral("--clock-file expects a file path");
        } else {
            return QStringLiteral("unknown option: %1").arg(arg);
        }
    }
    if (tlsCertFile.isEmpty() != tlsKeyFile.isEmpty())
        return QStringLiteral("--tls-cert and --tls-key go together");
    if (insecureHttp && !listenAddress.isLoopback())
        return QStringLiteral("--insecure-http is allowed only on a loopback address, not on %1").arg(listenHost);
    // The pages' addresses cannot be made of a wildcard address, nor of what
    // a client claims in its Host header.
    if (publicUrl.isEmpty() && (listenAddress == QHostAddress::AnyIPv4 || listenAddress == QHostAddress::AnyIPv6 ||
                                listenAddress == QHostAddress::Any))
        return QStringLiteral("--public-url is required when listening on all addresses (%1)").arg(listenHost);
    if (!insecureHttp && !demo && tlsCertFile.isEmpty())
        return QStringLiteral("a TLS certificate is required: pass --tls-cert and --tls-key "
                              "(or --demo for a local demo certificate)");
    return {};
}

QString ServerOptions::effectiveDatabaseUrl() const
{
    if (!databaseUrl.isEmpty())
        return databaseUrl;
    return QStringLiteral("sqlite:") + QDir(dataDir).filePath(QStringLiteral("mygas.sqlite"));
}

QString ServerOptions::hostForUrl() const
{
    if (listenAddress.protocol() == QAbstractSocket::IPv6Protocol && listenHost != QLatin1String("localhost"))
        return QLatin1Char('[') + listenHost + QLatin1Char(']');
    return listenHost;
}

} // namespace mygas::server
