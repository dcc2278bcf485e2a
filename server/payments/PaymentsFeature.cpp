#include "server/app/Crypto.h"
#include "server/app/Features.h"
#include "server/app/PrivateFiles.h"
#include "server/app/ServerOptions.h"
#include "server/payments/PaymentHandlers.h"
#include "server/payments/PaymentService.h"
#include "server/payments/sandbox/SandboxAcquirer.h"

#include <QDir>
#include <QTimer>

#include <memory>

namespace mygas::server {

namespace {

constexpr int kNoticeRetryMs = 5000;

// The secret the bank signs its notices with: DATA_DIR/acquirer.secret, made
// on the first start (processes that serve the same users share the file).
bool loadAcquirerSecret(const QString& dataDir, QByteArray* secret, QString* error)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("acquirer.secret"));
    const std::optional<QByteArray> read = privatefiles::readSecret(path, crypto::randomToken().toLatin1(), error);
    if (!read)
        return false;
    if (read->size() < 32) {
        *error = QStringLiteral("%1 holds fewer than 32 characters").arg(path);
        return false;
    }
    *secret = *read;
    return true;
}

// The provider's payments with the bank that takes them: the sandbox bank
// inside mygas-server (docs/payments.md).
class PaymentsFeature : public Feature
{
public:
    explicit PaymentsFeature(ServerContext& context) : m_context(context) {}
    bool start(QString* error) override
    {
        QByteArray secret;
        if (!loadAcquirerSecret(m_context.options.dataDir, &secret, error))
            return false;
        // The sandbox bank hands its signed notices to the same check the
        // HTTP endpoint uses.
        m_acquirer = std::make_unique<SandboxAcquirer>(m_context.db, secret,
                                                       [this](const QByteArray& body, const QByteArray& signature) {
                                                           return m_service->receive(body, signature);
                                                       });
        m_service = std::make_unique<PaymentService>(m_context.db, *m_acquirer, secret, m_context.calendar);
        m_handlers = std::make_unique<PaymentHandlers>(*m_service, m_context.gate, *m_context.readings);
        return true;
    }
    void registerRoutes(QHttpServer& server) override
    {
        m_handlers->registerRoutes(server);
        m_acquirer->registerRoutes(server);
    }
    void serving(const QUrl& publicBase) override
    {
        m_handlers->setPublicBase(publicBase);
        // The bank's notices that no process has taken yet.
        QObject::connect(&m_noticeRetry, &QTimer::timeout, [this] { m_acquirer->redeliver(); });
        m_noticeRetry.start(kNoticeRetryMs);
    }

private:
    ServerContext& m_context;
    std::unique_ptr<SandboxAcquirer> m_acquirer;
    std::unique_ptr<PaymentService> m_service;
    std::unique_ptr<PaymentHandlers> m_handlers;
    QTimer m_noticeRetry;
};

} // namespace

std::unique_ptr<Feature> paymentsFeature(ServerContext& context)
{
    return std::make_unique<PaymentsFeature>(context);
}

} // namespace mygas::server
