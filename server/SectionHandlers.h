#pragma once

#include "SectionStore.h"

#include <QHttpServer>

namespace mygas::server {

class RequestGate;
struct AccountCaller;

// The read-only sections of a linked account, shaped by its access level:
// services, meters (serial masked in the limited version), readings and
// payments for every account; subscriber, settlements, contracts and acts
// for the extended version only (403 extended_required otherwise).
class SectionHandlers
{
public:
    SectionHandlers(const Database& db, const RequestGate& gate) : m_store(db), m_gate(gate) {}
    void registerRoutes(QHttpServer& server);

private:
    QHttpServerResponse services(const QString& id, const QHttpServerRequest& request) const;
    QHttpServerResponse meters(const QString& id, const QHttpServerRequest& request) const;
    QHttpServerResponse readings(const QString& id, const QString& meterId, const QHttpServerRequest& request) const;
    QHttpServerResponse payments(const QString& id, const QHttpServerRequest& request) const;
    QHttpServerResponse subscriber(const QString& id, const QHttpServerRequest& request) const;
    QHttpServerResponse settlements(const QString& id, const QHttpServerRequest& request) const;
    QHttpServerResponse contracts(const QString& id, const QHttpServerRequest& request) const;
    QHttpServerResponse acts(const QString& id, const QHttpServerRequest& request) const;
    QHttpServerResponse act(const QString& id, const QString& actId, const QHttpServerRequest& request) const;

    SectionStore m_store;
    const RequestGate& m_gate;
};

} // namespace mygas::server
