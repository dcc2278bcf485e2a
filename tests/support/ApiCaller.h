#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QUrl>

// A blocking HTTP(S) client for API suites: trusts only the given CA, sends
// JSON, returns status, headers and the parsed body.
class ApiCaller
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonDocument json;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QString networkError;                 // empty when an HTTP answer came

        QJsonObject object() const { return json.object(); }
        QString errorCode() const
        {
            return object().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
        }
        QString errorMessage() const
        {
            return object().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
        }
        QString errorField() const
        {
            return object().value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString();
        }
    };

    explicit ApiCaller(QUrl apiBase = {}, const QString& caFile = {});

    void setBase(const QUrl& apiBase) { m_base = apiBase; }
    void setCaFile(const QString& caFile);
    void setBearer(const QString& token) { m_bearer = token; }

    Reply get(const QString& path, const QMap<QByteArray, QByteArray>& headers = {});
    Reply post(const QString& path, const QJsonObject& body, const QMap<QByteArray, QByteArray>& headers = {});
    Reply postRaw(const QString& path, const QByteArray& body, const QMap<QByteArray, QByteArray>& headers = {});
    Reply send(const QByteArray& verb, const QString& path, const QByteArray& body,
               const QMap<QByteArray, QByteArray>& headers = {});

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QList<QSslCertificate> m_ca;
    QString m_bearer;
};
