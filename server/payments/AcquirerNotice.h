#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace mygas::server {

// The bank's message about one order, as JSON signed with HMAC-SHA256 under
// the secret the bank and the provider share. Its id is unique: the provider
// applies a notice once.
struct AcquirerNotice
{
    QString id;
    QString orderId;
    bool succeeded = false;
    QString declineCode; // errc code when declined
    qint64 amountKop = 0;
    QString cardMasked; // «4111 11** **** 1111»
    QString cardNetwork;
    QString cardExpiry; // MM/YY
    QString binding;    // set when the card was bound
    QString operation;  // the bank's operation number (RRN) of a payment taken
    qint64 sentAt = 0;  // seconds since the epoch
    QJsonObject toJson() const;
    static AcquirerNotice fromJson(const QJsonObject& o);
};

// Hex HMAC-SHA256 of body.
QByteArray signNotice(const QByteArray& secret, const QByteArray& body);
// In constant time.
bool noticeSignatureValid(const QByteArray& secret, const QByteArray& body, const QByteArray& signature);

} // namespace mygas::server
