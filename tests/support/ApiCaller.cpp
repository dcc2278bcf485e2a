#include "tests/support/ApiCaller.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

ApiCaller::ApiCaller(QUrl apiBase, const QString& caFile) : m_base(std::move(apiBase))
{
    if (!caFile.isEmpty())
        setCaFile(caFile);
}

void ApiCaller::setCaFile(const QString& caFile)
{
    m_ca = QSslCertificate::fromPath(caFile);
}

ApiCaller::Reply ApiCaller::get(const QString& path, const QMap<QByteArray, QByteArray>& headers)
{
    return send("GET", path, {}, headers);
}

ApiCaller::Reply ApiCaller::post(const QString& path, const QJsonObject& body,
                                 const QMap<QByteArray, QByteArray>& headers)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

ApiCaller::Reply ApiCaller::postRaw(const QString& path, const QByteArray& body,
                                    const QMap<QByteArray, QByteArray>& headers)
{
    return send("POST", path, body, headers);
}

ApiCaller::Reply ApiCaller::send(const QByteArray& verb, const QString& path, const QByteArray& body,
                                 const QMap<QByteArray, QByteArray>& headers)
{
    QUrl url = m_base;
    const int q = path.indexOf(QLatin1Char('?'));
    url.setPath(m_base.path() + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest req(url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_ca.isEmpty())
        ssl.setCaCertificates(m_ca);
    req.setSslConfiguration(ssl);
    if (!body.isEmpty() || verb == "POST" || verb == "PATCH")
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_bearer.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_bearer.toUtf8());
    for (auto it = headers.begin(); it != headers.end(); ++it)
        req.setRawHeader(it.key(), it.value());
    req.setTransferTimeout(30000);

    QNetworkReply* r = m_nam.sendCustomRequest(req, verb, body);
    QEventLoop loop;
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    Reply out;
    out.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = r->readAll();
    out.json = QJsonDocument::fromJson(out.body);
    for (const auto& pair : r->rawHeaderPairs())
        out.headers.insert(pair.first.toLower(), pair.second);
    if (out.status == 0)
        out.networkError = r->errorString();
    r->deleteLater();
    return out;
}
