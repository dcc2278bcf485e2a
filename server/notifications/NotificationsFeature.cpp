#include "server/app/Features.h"
#include "server/app/ServerOptions.h"
#include "server/notifications/OutboxDelivery.h"
#include "server/notifications/SmsGatewaySender.h"
#include "server/notifications/SmtpSender.h"

namespace mygas::server {

namespace {

// Delivery of the outbox by e-mail (--smtp-url) and SMS (--sms-gateway);
// no routes.
class NotificationsFeature : public Feature
{
public:
    explicit NotificationsFeature(ServerContext& context) : m_delivery(context.outbox, context.options.demo)
    {
        const ServerOptions& o = context.options;
        if (!o.smtpUrl.isEmpty())
            m_delivery.setSender(QStringLiteral("email"), new SmtpSender(o.smtpUrl, o.smtpFrom));
        if (!o.smsGatewayTemplate.isEmpty())
            m_delivery.setSender(QStringLiteral("sms"), new SmsGatewaySender(o.smsGatewayTemplate));
    }
    void serving(const QUrl&) override { m_delivery.start(); }

private:
    OutboxDelivery m_delivery;
};

} // namespace

std::unique_ptr<Feature> notificationsFeature(ServerContext& context)
{
    return std::make_unique<NotificationsFeature>(context);
}

} // namespace mygas::server
