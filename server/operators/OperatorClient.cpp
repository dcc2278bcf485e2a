#include "server/operators/OperatorClient.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>

namespace mygas::server {

namespace {
constexpr int kTimeoutMs = 30000;

// "message (code)" of an error answer, or the transport's words.
QString problemOf(QNetworkReply* reply, const QByteArray& bytes)
{
    const QJsonObject e = QJsonDocument::fromJson(bytes).object().value(QLatin1String("error")).toObject();
    if (!e.isEmpty())
        return QStringLiteral("%1 (%2)").arg(e.value(QLatin1String("message")).toString(),
                                             e.value(QLatin1String("code")).toString());
    return QStringLiteral("%1: %2").arg(reply->url().toString(), reply->errorString());
}
} // namespace

OperatorClient::OperatorClient(const QUrl& base, const QString& caFile)
    : m_base(base), m_tls(QSslConfiguration::defaultConfiguration())
{
    if (!caFile.isEmpty()) {
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(caFile);
        m_caLoaded = !ca.isEmpty();
        m_tls.setCaCertificates(ca);
    }
}

std::optional<QByteArray> OperatorClient::fetch(const QString& path, const std::optional<QJsonObject>& body,
                                                QString* problem, QString* code)
{
    QUrl url = m_base;
    url.setPath(url.path() + QStringLiteral("/api/v1") + path.section(QLatin1Char('?'), 0, 0));
    url.setQuery(path.section(QLatin1Char('?'), 1));
    QNetworkRequest request(url);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_tls);
    request.setTransferTimeout(kTimeoutMs);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    QNetworkReply* reply = nullptr;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_nam.post(request, QJsonDocument(*body).toJson(QJsonDocument::Compact));
    } else {
        reply = m_nam.get(request);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray bytes = reply->readAll();
    const bool ok = reply->error() == QNetworkReply::NoError;
    if (!ok) {
        *problem = problemOf(reply, bytes);
        if (code)
            *code = QJsonDocument::fromJson(bytes)
                        .object()
                        .value(QLatin1String("error"))
                        .toObject()
                        .value(QLatin1String("code"))
                        .toString();
    }
    reply->deleteLater();
    if (!ok)
        return std::nullopt;
    return bytes;
}

std::optional<QJsonDocument> OperatorClient::call(const QString& path, const std::optional<QJsonObject>& body,
                                                  QString* problem)
{
    const std::optional<QByteArray> bytes = fetch(path, body, problem);
    if (!bytes)
        return std::nullopt;
    return bytes->isEmpty() ? QJsonDocument(QJsonObject()) : QJsonDocument::fromJson(*bytes);
}

bool OperatorClient::signIn(const QString& login, const QString& password, QString* problem)
{
    const std::optional<QJsonDocument> session =
        call(QStringLiteral("/auth/login"),
             QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("password"), password}}, problem);
    if (!session)
        return false;
    m_token = session->object().value(QLatin1String("access_token")).toString();
    return !m_token.isEmpty();
}

void OperatorClient::signOut()
{
    if (m_token.isEmpty())
        return;
    QString ignored;
    call(QStringLiteral("/auth/logout"), QJsonObject(), &ignored);
    m_token.clear();
}

} // namespace mygas::server
