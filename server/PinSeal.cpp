#include "PinSeal.h"

#include "ApiTypes.h"
#include "ErrorCatalog.h"

#include <QFile>

#include <sodium.h>

namespace mygas::server {

Result<PinSeal> PinSeal::load(const QString& keyFile, bool create)
{
    QFile file(keyFile);
    if (!file.exists() && create) {
        QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
        randombytes_buf(key.data(), size_t(key.size()));
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || file.write(key.toBase64()) <= 0) {
            Error e = makeError(errc::FileWriteFailed);
            e.message = QStringLiteral("cannot write %1").arg(keyFile);
            return e;
        }
        file.close();
    }
    PinSeal seal;
    if (!file.open(QIODevice::ReadOnly)) {
        Error e = makeError(errc::Internal);
        e.message = QStringLiteral("cannot read %1").arg(keyFile);
        return e;
    }
    seal.m_key = QByteArray::fromBase64(file.readAll().trimmed());
    if (!seal.valid()) {
        Error e = makeError(errc::Internal);
        e.message = QStringLiteral("%1 does not hold a 32-byte base64 key").arg(keyFile);
        return e;
    }
    return seal;
}

QString PinSeal::seal(const QString& pin) const
{
    if (!valid() || pin.isEmpty())
        return {};
    const QByteArray plain = pin.toUtf8();
    QByteArray out(int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) + plain.size(), Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char*>(plain.constData()), size_t(plain.size()), nonce,
                          reinterpret_cast<const unsigned char*>(m_key.constData()));
    return QString::fromLatin1(out.toBase64());
}

std::optional<QString> PinSeal::open(const QString& sealed) const
{
    const QByteArray in = QByteArray::fromBase64(sealed.toLatin1());
    const qsizetype header = qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES);
    if (!valid() || in.size() <= header)
        return std::nullopt;
    QByteArray plain(in.size() - header, Qt::Uninitialized);
    const auto* nonce = reinterpret_cast<const unsigned char*>(in.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
                                   size_t(in.size()) - crypto_secretbox_NONCEBYTES, nonce,
                                   reinterpret_cast<const unsigned char*>(m_key.constData())) != 0)
        return std::nullopt;
    return QString::fromUtf8(plain);
}

} // namespace mygas::server
