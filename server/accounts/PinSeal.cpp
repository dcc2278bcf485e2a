#include "server/accounts/PinSeal.h"

#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "server/app/Crypto.h"

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
