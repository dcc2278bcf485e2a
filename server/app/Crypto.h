#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace mygas::server::crypto {

// Initialises libsodium; false when it cannot be used.
bool init();

// 32 random bytes, base64url without padding: access and refresh tokens.
QString randomToken();
// 16 random bytes, base64url: challenge identifiers.
QString randomId();
// kCodeLength decimal digits, uniformly distributed.
QString randomCode();
// `count` decimal digits, uniformly distributed.
QString randomDigits(int count);
// BLAKE2b of a secret, hex; what the database keeps instead of the secret.
QString secretHash(const QString& secret);
// Constant-time comparison of two hashes of equal length.
bool equalHashes(const QString& a, const QString& b);

// libsodium secretbox under a 32-byte key: base64(nonce ‖ box), and back
// (nullopt for a damaged box or another key).
QString seal(const QByteArray& plain, const QByteArray& key);
std::optional<QByteArray> open(const QString& sealed, const QByteArray& key);
// A 32-byte key derived from a secret the caller holds (BLAKE2b keyed by a
// purpose), so that only the holder of the secret can open what it sealed.
QByteArray keyFromSecret(const QString& secret, const QByteArray& purpose);

// Argon2id (libsodium crypto_pwhash_str, interactive limits).
QString hashPassword(const QString& password);
bool verifyPassword(const QString& hash, const QString& password);
// Spends the same time as verifyPassword against a real hash, for unknown logins.
void dummyVerify(const QString& password);

} // namespace mygas::server::crypto
