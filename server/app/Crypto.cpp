#include "server/app/Crypto.h"

#include "models/auth/AuthRules.h"

#include <sodium.h>

namespace mygas::server::crypto {

bool init()
{
    return sodium_init() >= 0;
}

namespace {
QString randomBase64Url(int bytes)
{
    QByteArray buf(bytes, Qt::Uninitialized);
    randombytes_buf(buf.data(), size_t(buf.size()));
    return QString::fromLatin1(buf.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

QString randomToken()
{
    return randomBase64Url(32);
}

QString randomId()
{
    return randomBase64Url(16);
}

QString randomCode()
{
    return randomDigits(rules::kCodeLength);
}

QString randomDigits(int count)
{
    QString code;
    code.reserve(count);
    for (int i = 0; i < count; ++i)
        code.append(QChar(u'0' + char16_t(randombytes_uniform(10))));
    return code;
}

QString secretHash(const QString& secret)
{
    const QByteArray in = secret.toUtf8();
    unsigned char out[32];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(in.constData()), quint64(in.size()),
                       nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
}

QString seal(const QByteArray& plain, const QByteArray& key)
{
    if (key.size() != int(crypto_secretbox_KEYBYTES))
        return {};
    QByteArray out(int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) + plain.size(), Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char*>(plain.constData()), size_t(plain.size()), nonce,
                          reinterpret_cast<const unsigned char*>(key.constData()));
    return QString::fromLatin1(out.toBase64());
}

std::optional<QByteArray> open(const QString& sealed, const QByteArray& key)
{
    const QByteArray in = QByteArray::fromBase64(sealed.toLatin1());
    const qsizetype header = qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES);
    if (key.size() != int(crypto_secretbox_KEYBYTES) || in.size() <= header)
        return std::nullopt;
    QByteArray plain(in.size() - header, Qt::Uninitialized);
    const auto* nonce = reinterpret_cast<const unsigned char*>(in.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
                                   size_t(in.size()) - crypto_secretbox_NONCEBYTES, nonce,
                                   reinterpret_cast<const unsigned char*>(key.constData())) != 0)
        return std::nullopt;
    return plain;
}

QByteArray keyFromSecret(const QString& secret, const QByteArray& purpose)
{
    const QByteArray in = secret.toUtf8();
    QByteArray key(int(crypto_secretbox_KEYBYTES), Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(key.data()), size_t(key.size()),
                       reinterpret_cast<const unsigned char*>(in.constData()), quint64(in.size()),
                       reinterpret_cast<const unsigned char*>(purpose.constData()), size_t(purpose.size()));
    return key;
}

bool equalHashes(const QString& a, const QString& b)
{
    const QByteArray x = a.toLatin1();
    const QByteArray y = b.toLatin1();
    return x.size() == y.size() && sodium_memcmp(x.constData(), y.constData(), size_t(x.size())) == 0;
}

QString hashPassword(const QString& password)
{
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, pw.constData(), quint64(pw.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString& hash, const QString& password)
{
    const QByteArray h = hash.toLatin1();
    const QByteArray pw = password.toUtf8();
    return !h.isEmpty() && crypto_pwhash_str_verify(h.constData(), pw.constData(), quint64(pw.size())) == 0;
}

void dummyVerify(const QString& password)
{
    static const QString dummy = hashPassword(QStringLiteral("dummy0pass"));
    verifyPassword(dummy, password);
}

} // namespace mygas::server::crypto
