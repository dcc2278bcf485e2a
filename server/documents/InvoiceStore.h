#pragma once

#include "models/core/Error.h"
#include "models/documents/InvoiceBuilder.h"
#include "models/documents/InvoiceTypes.h"
#include "server/db/Database.h"

namespace mygas::server {

struct AccountCaller;
class PinSeal;

// The data of a receipt («Квитанция», manual 4.3.1.3) for one account and
// month, read from the provider's tables and shaped by rules::buildInvoice();
// the limited version gets the current month only, with masked serials.
class InvoiceStore
{
public:
    explicit InvoiceStore(const Database& db) : m_db(db) {}
    // The key of the printable PINs; without it no receipt carries a PIN.
    void setPinSeal(const PinSeal* seal) { m_seal = seal; }

    // 404 invoice_not_found when the month has no charges (or is to come),
    // 403 extended_required for a past month in the limited version.
    Result<Invoice> build(const AccountCaller& caller, const QString& period, const QDate& today) const;

private:
    bool read(const AccountCaller& caller, const QString& period, rules::InvoiceSource* out) const;

    const Database& m_db;
    const PinSeal* m_seal = nullptr;
};

} // namespace mygas::server
