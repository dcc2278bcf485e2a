#include "server/notifications/SmtpSender.h"

#include "server/app/Logging.h"

#include <QDateTime>
#include <QLocale>
#include <QUuid>

#include <curl/curl.h>

#include <cstring>

namespace mygas::server {

namespace {
struct Payload
{
    QByteArray data;
    qsizetype pos = 0;
};

size_t readPayload(char* buffer, size_t size, size_t count, void* userData)
{
    auto* p = static_cast<Payload*>(userData);
    const size_t room = size * count;
    const size_t left = size_t(p->data.size() - p->pos);
    const size_t n = std::min(room, left);
    std::memcpy(buffer, p->data.constData() + p->pos, n);
    p->pos += qsizetype(n);
    return n;
}

QByteArray encodedWord(const QString& text)
{
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}
} // namespace

SmtpSender::SmtpSender(QString url, QString from, QObject* parent)
    : MessageSender(parent), m_url(std::move(url)), m_from(std::move(from)), m_worker(new QObject)
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("smtp"));
    m_thread.start();
}

SmtpSender::~SmtpSender()
{
    m_thread.quit();
    m_thread.wait();
}

void SmtpSender::send(qint64 id, const OutboxMessage& message)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, id, message, url = m_url, from = m_from] {
            const QString error = transfer(url, from, message);
            QMetaObject::invokeMethod(
                this, [this, id, error] { emit finished(id, error); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

QByteArray SmtpSender::compose(const QString& from, const OutboxMessage& m)
{
    const QString date =
        QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    QByteArray out;
    out += "Date: " + date.toLatin1() + " +0000\r\n";
    out += "From: " + encodedWord(QStringLiteral("Мой газ")) + " <" + from.toUtf8() + ">\r\n";
    out += "To: <" + m.to.toUtf8() + ">\r\n";
    out += "Subject: " + encodedWord(m.subject) + "\r\n";
    out += "Message-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@mygas>\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: 8bit\r\n\r\n";
    out += m.body.toUtf8() + "\r\n";
    return out;
}

QString SmtpSender::transfer(const QString& url, const QString& from, const OutboxMessage& message)
{
    CURL* curl = curl_easy_init();
    if (!curl)
        return QStringLiteral("curl_easy_init failed");
    Payload payload{compose(from, message), 0};
    const QByteArray urlBytes = url.toUtf8();
    const QByteArray fromBytes = "<" + from.toUtf8() + ">";
    const QByteArray toBytes = "<" + message.to.toUtf8() + ">";
    curl_slist* recipients = curl_slist_append(nullptr, toBytes.constData());
    curl_easy_setopt(curl, CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, fromBytes.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, &readPayload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &payload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
    const CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (rc != CURLE_OK)
        return QString::fromUtf8(curl_easy_strerror(rc));
    return {};
}

} // namespace mygas::server
