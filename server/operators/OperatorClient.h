#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

namespace mygas::server {

// The operator API as `mygas-server operator …` calls it: one signed-in
// session, requests answered one at a time. Every failure comes back as a
// line for the terminal (the server's Russian message and its code).
class OperatorClient
{
public:
    // caFile: a PEM file of the CA that signed the server's certificate
    // (empty: the system's).
    OperatorClient(const QUrl& base, const QString& caFile);

    bool signIn(const QString& login, const QString& password, QString* problem);
    void signOut();
    // GET when body is nullopt, POST otherwise; the JSON answered.
    std::optional<QJsonDocument> call(const QString& path, const std::optional<QJsonObject>& body, QString* problem);
    // The answer's bytes as they came (a part of a file); *code is the
    // error's code when the server refused.
    std::optional<QByteArray> fetch(const QString& path, const std::optional<QJsonObject>& body, QString* problem,
                                    QString* code = nullptr);
    bool caLoaded() const { return m_caLoaded; }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_tls;
    QString m_token;
    bool m_caLoaded = true;
};

} // namespace mygas::server
