#include "server/app/CertificateFactory.h"

#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "server/app/Logging.h"
#include "server/app/PrivateFiles.h"

#include <QDir>
#include <QFile>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <functional>
#include <memory>

namespace mygas::server {

namespace {
using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using CertPtr = std::unique_ptr<X509, decltype(&X509_free)>;
using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;

KeyPtr newKey()
{
    return KeyPtr(EVP_EC_gen("P-256"), &EVP_PKEY_free);
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

CertPtr newCertificate(EVP_PKEY* key, const char* commonName, X509* issuer, EVP_PKEY* issuerKey, long days, bool isCa)
{
    CertPtr cert(X509_new(), &X509_free);
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -24 * 3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), days * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("mygas demo"), -1, -1,
                               0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(commonName), -1, -1,
                               0);
    X509* signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    bool ok = addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    if (isCa) {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0") &&
             addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE") &&
             addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature,keyEncipherment") &&
             addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth") &&
             addExtension(cert.get(), signer, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1") &&
             addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
    }
    if (!ok || X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) == 0)
        return CertPtr(nullptr, &X509_free);
    return cert;
}

bool writePem(const QString& file, const std::function<int(BIO*)>& write, bool secret)
{
    BioPtr bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (write(bio.get()) != 1)
        return false;
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    if (secret)
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return f.write(data, size) == size;
}

KeyPtr readKey(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return KeyPtr(nullptr, &EVP_PKEY_free);
    const QByteArray pem = f.readAll();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    return KeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
}

CertPtr readCert(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return CertPtr(nullptr, &X509_free);
    const QByteArray pem = f.readAll();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    return CertPtr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), &X509_free);
}

Error failure(const QString& what)
{
    Error e = makeError(errc::Internal);
    e.message = what;
    return e;
}
} // namespace

CertificateFactory::CertificateFactory(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString CertificateFactory::path(const char* name) const
{
    return QDir(m_dataDir).filePath(QString::fromLatin1(name));
}

QString CertificateFactory::caFile() const
{
    return path("ca.pem");
}

QString CertificateFactory::certFile() const
{
    return path("server.pem");
}

QString CertificateFactory::keyFile() const
{
    return path("server-key.pem");
}

Status CertificateFactory::ensure()
{
    privatefiles::makeDir(m_dataDir);
    KeyPtr caKey = readKey(path("ca-key.pem"));
    CertPtr ca = readCert(caFile());
    if (!caKey || !ca) {
        caKey = newKey();
        ca = newCertificate(caKey.get(), "mygas demo CA", nullptr, nullptr, 3650, true);
        if (!caKey || !ca ||
            !writePem(
                path("ca-key.pem"),
                [&](BIO* b) { return PEM_write_bio_PrivateKey(b, caKey.get(), nullptr, nullptr, 0, nullptr, nullptr); },
                true) ||
            !writePem(
                caFile(), [&](BIO* b) { return PEM_write_bio_X509(b, ca.get()); }, false))
            return failure(QStringLiteral("cannot create the demo CA in %1").arg(m_dataDir));
        QFile::remove(certFile());
        qCInfo(lcServer) << "created demo CA" << caFile();
    }
    CertPtr existing = readCert(certFile());
    if (existing && readKey(keyFile()) && X509_verify(existing.get(), X509_get0_pubkey(ca.get())) == 1)
        return Done{};
    KeyPtr key = newKey();
    CertPtr cert = newCertificate(key.get(), "localhost", ca.get(), caKey.get(), 825, false);
    if (!key || !cert ||
        !writePem(
            keyFile(),
            [&](BIO* b) { return PEM_write_bio_PrivateKey(b, key.get(), nullptr, nullptr, 0, nullptr, nullptr); },
            true) ||
        !writePem(
            certFile(), [&](BIO* b) { return PEM_write_bio_X509(b, cert.get()); }, false))
        return failure(QStringLiteral("cannot create the demo server certificate in %1").arg(m_dataDir));
    qCInfo(lcServer) << "created demo server certificate" << certFile();
    return Done{};
}

} // namespace mygas::server
