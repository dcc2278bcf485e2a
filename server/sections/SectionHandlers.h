#pragma once

#include "server/documents/InvoiceStore.h"
#include "server/sections/SectionCache.h"
#include "server/sections/SectionStore.h"

#include <QHttpServer>

namespace mygas::server {

class RequestGate;
struct AccountCaller;
class CompanyCalendar;

// The read-only sections of a linked account, shaped by its access level:
// services, meters (serial masked in the limited version), readings and
// payments for every account; subscriber, settlements, contracts and acts
// for the extended version only (403 extended_required otherwise).
class SectionHandlers
{
public:
    void setPinSeal(const PinSeal* seal) { m_invoices.setPinSeal(seal); }
    SectionHandlers(const Database& db, const RequestGate& gate, const CompanyCalendar& calendar)
        : m_store(db), m_invoices(db), m_gate(gate), m_calendar(calendar)
    {
    }
    void registerRoutes(QHttpServer& server);

private:
    QHttpServerResponse services(const QString& id, const QHttpServerRequest& request) const;
    QHttpServerResponse meters(const QString& id, const QHttpServerRequest& request) const;
    QHttpServerResponse readings(const QString& id, const QString& meterId, const QHttpServerRequest& request) const;
    QHttpServerResponse payments(const QString& id, const QHttpServerRequest& request) const;
    QHttpServerResponse requests(const QString& id, const QHttpServerRequest& request) const;
    QHttpServerResponse subscriber(const QString& id, const QHttpServerRequest& request) const;
    QHttpServerResponse settlements(const QString& id, const QHttpServerRequest& request) const;
    QHttpServerResponse contracts(const QString& id, const QHttpServerRequest& request) const;
    QHttpServerResponse acts(const QString& id, const QHttpServerRequest& request) const;
    QHttpServerResponse act(const QString& id, const QString& actId, const QHttpServerRequest& request) const;
    // GET /accounts/{id}/invoice?period=YYYY-MM (default: the current month).
    QHttpServerResponse invoice(const QString& id, const QHttpServerRequest& request) const;
    // The JSON array of rows as SectionStore::rows() reads them, from the cache
    // while the data version the caller's read saw is unchanged.
    QHttpServerResponse list(const AccountCaller& caller, const char* kindName, const QString& condition = {},
                             const QVariantList& args = {}, const QString& order = {}) const;

    SectionStore m_store;
    InvoiceStore m_invoices;
    const RequestGate& m_gate;
    const CompanyCalendar& m_calendar;
    mutable SectionCache m_cache;
};

} // namespace mygas::server
