#include "server/accounts/PinSeal.h"

#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "server/app/Crypto.h"
#include "server/app/PrivateFiles.h"

#include <sodium.h>

namespace mygas::server {

Result<PinSeal> PinSeal::load(const QString& keyFile, bool create)
{
    QByteArray key;
    if (create) {
        key = QByteArray(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
        randombytes_buf(key.data(), size_t(key.size()));
    }
    Error e = makeError(errc::Internal);
    const std::optional<QByteArray> read = privatefiles::readSecret(keyFile, key.toBase64(), &e.message);
    sodium_memzero(key.data(), size_t(key.size()));
    if (!read)
        return e;
    PinSeal seal;
    seal.m_key = QByteArray::fromBase64(*read);
    if (!seal.valid()) {
        e.message = QStringLiteral("%1 does not hold a 32-byte base64 key").arg(keyFile);
        return e;
    }
    return seal;
}

QString PinSeal::seal(const QString& pin) const
{
    if (!valid() || pin.isEmpty())
        return {};
    return crypto::seal(pin.toUtf8(), m_key);
}

std::optional<QString> PinSeal::open(const QString& sealed) const
{
    if (!valid())
        return std::nullopt;
    const std::optional<QByteArray> plain = crypto::open(sealed, m_key);
    if (!plain)
        return std::nullopt;
    return QString::fromUtf8(*plain);
}

} // namespace mygas::server
