#pragma once

#include "models/core/Error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace mygas::server {

// The PIN a company prints on its receipts (Company.pin_on_invoice) must be
// printable again, while the PIN that unlocks the extended version is checked
// against its Argon2id hash. The printable copy is sealed (libsodium
// secretbox) under a key kept in a file outside the database, so a copy of
// the database alone shows no PIN.
class PinSeal
{
public:
    PinSeal() = default;
    // Reads the key file (32 random bytes, base64); makes it (mode 0600) when
    // create is set and it does not exist.
    static Result<PinSeal> load(const QString& keyFile, bool create);

    bool valid() const { return m_key.size() == 32; }
    // base64(nonce ‖ box); "" without a key.
    QString seal(const QString& pin) const;
    // nullopt for "", a damaged copy or another key.
    std::optional<QString> open(const QString& sealed) const;

private:
    QByteArray m_key;
};

} // namespace mygas::server
