#pragma once

#include <QString>
#include <QUrl>

#include <functional>
#include <utility>

class QHttpServer;

namespace mygas::server {

class CompanyCalendar;
class Database;
class NotificationOutbox;
class PinSeal;
class ReadingHandlers;
class RequestGate;
struct ServerOptions;

// What the features share, made by ServerApp before any of them.
struct ServerContext
{
    const ServerOptions& options;
    Database& db;                       // the serving thread's connection
    CompanyCalendar& calendar;          // every company's «today»; the directory keeps it current
    NotificationOutbox& outbox;         // every message to a person goes through it
    const PinSeal& pinSeal;             // the key of the PINs printed on receipts
    const RequestGate& gate;            // the checks in front of every account route
    std::function<void()> refreshClock; // before each request that reads the time
    // Set by the readings feature (made before payments): readings sent with
    // a payment go through its writer like any other.
    ReadingHandlers* readings = nullptr;
    // Called after an abonent made or answered a request; set by a feature
    // that acts on them (the demo operator), empty otherwise.
    std::function<void()> requestsChanged;
};

// One feature of mygas-server (a folder of server/): its services, stores and
// routes. ServerApp makes the features in the order it lists them, starts
// them, registers their routes and tells them when it serves; it destroys
// them in the reverse order after the listener is gone.
class Feature
{
public:
    virtual ~Feature() = default;
    // Prepares what the routes need (threads, connections, files); false with
    // a message for the operator when the server cannot start.
    virtual bool start(QString* error)
    {
        Q_UNUSED(error)
        return true;
    }
    virtual void registerRoutes(QHttpServer& server) { Q_UNUSED(server) }
    // Listening: the address clients reach the server by (--public-url, or
    // the one it listens on), never a request's Host header.
    virtual void serving(const QUrl& publicBase) { Q_UNUSED(publicBase) }
};

// A feature that is one object of handlers with nothing to start: made
// from its arguments, its routes registered.
template <typename Handlers> class RoutesOnly : public Feature
{
public:
    template <typename... Args> explicit RoutesOnly(Args&&... args) : m_handlers(std::forward<Args>(args)...) {}
    void registerRoutes(QHttpServer& server) override { m_handlers.registerRoutes(server); }
    Handlers& handlers() { return m_handlers; }

private:
    Handlers m_handlers;
};

} // namespace mygas::server
