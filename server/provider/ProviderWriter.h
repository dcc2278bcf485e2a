#pragma once

#include "server/db/Database.h"
#include "server/provider/ProviderData.h"

namespace mygas::sections {
struct Section;
}

namespace mygas::server {

class PinSeal;

// A row's values as stored: references turned into global ids, every value
// in the form SQL gives back (so stored and new rows compare equal).
QVariantList storedValues(const sections::Section& kind, const LocalRow& row, qint64 accountId);

struct WriteStats
{
    int accountsAdded = 0;
    int rowsAdded = 0;
    int rowsChanged = 0;
    int rowsRemoved = 0;
    qint64 version = 0; // 0 when nothing changed
};

// Applies provider data in one transaction: companies and accounts are
// upserted; for every account given, its section rows are inserted, updated
// only when their content differs (unchanged rows keep their version), and
// rows absent from the data are removed with tombstones.
class ProviderWriter
{
public:
    // seal, when given, keeps a printable copy of each imported PIN (PinSeal).
    explicit ProviderWriter(const Database& db, const PinSeal* seal = nullptr) : m_db(db), m_seal(seal) {}
    Result<WriteStats> apply(const ProviderData& data) const;

private:
    bool writeAccount(const AccountData& account, const QDate& today, WriteStats* stats, qint64* version) const;
    const Database& m_db;
    const PinSeal* m_seal;
};

} // namespace mygas::server
