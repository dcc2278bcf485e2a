#include "server/sections/SectionHandlers.h"

#include "models/accounts/AccountRules.h"
#include "models/accounts/ExtendedTypes.h"
#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "models/readings/ReadingRules.h"
#include "server/directory/CompanyCalendar.h"
#include "server/http/HttpUtil.h"
#include "server/http/RequestGate.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace mygas::server {

namespace {
using Method = QHttpServerRequest::Method;

WireContext contextOf(const AccountCaller& c)
{
    return {c.account.number, c.account.address, c.account.access != Access::Extended};
}

const sections::Section& kind(const char* name)
{
    return *sections::find(QLatin1String(name));
}

using http::queryValue;

QString monthOf(const QDate& d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}
} // namespace

void SectionHandlers::registerRoutes(QHttpServer& server)
{
    using Fn = QHttpServerResponse (SectionHandlers::*)(const QString&, const QHttpServerRequest&) const;
    auto get = [&](const char* section, Fn fn) {
        server.route(QStringLiteral("/api/v1/accounts/<arg>/") + QLatin1String(section), Method::Get,
                     http::limitedArg(
                         [this, fn](const QString& id, const QHttpServerRequest& r) { return (this->*fn)(id, r); }));
    };
    get("services", &SectionHandlers::services);
    get("meters", &SectionHandlers::meters);
    get("payments", &SectionHandlers::payments);
    get("subscriber", &SectionHandlers::subscriber);
    get("settlements", &SectionHandlers::settlements);
    get("contracts", &SectionHandlers::contracts);
    get("acts", &SectionHandlers::acts);
    get("requests", &SectionHandlers::requests);
    get("invoice", &SectionHandlers::invoice);
    server.route(QStringLiteral("/api/v1/accounts/<arg>/meters/<arg>/readings"), Method::Get,
                 http::limitedArgs([this](const QString& id, const QString& meter, const QHttpServerRequest& r) {
                     return readings(id, meter, r);
                 }));
    server.route(QStringLiteral("/api/v1/accounts/<arg>/acts/<arg>"), Method::Get,
                 http::limitedArgs([this](const QString& id, const QString& actId, const QHttpServerRequest& r) {
                     return act(id, actId, r);
                 }));
}

QHttpServerResponse SectionHandlers::list(const AccountCaller& caller, const char* kindName, const QString& condition,
                                          const QVariantList& args, const QString& order) const
{
    const WireContext context = contextOf(caller);
    QString key = QLatin1String(kindName) + QLatin1Char('/') + caller.account.id +
                  (context.maskSerials ? QLatin1String("/l/") : QLatin1String("/e/")) + condition + QLatin1Char('/') +
                  order;
    for (const QVariant& v : args)
        key += QLatin1Char('\x1f') + v.toString();
    QByteArray bytes = m_cache.find(key, caller.dataVersion);
    if (bytes.isNull()) {
        QJsonArray rows;
        const bool ok =
            m_store.appendRows(&rows, kind(kindName), caller.account.id.toLongLong(), context, condition, args, order);
        bytes = QJsonDocument(rows).toJson(QJsonDocument::Compact);
        if (ok && caller.dataVersion > 0)
            m_cache.store(key, caller.dataVersion, bytes);
    }
    return http::jsonBytes(bytes);
}

QHttpServerResponse SectionHandlers::services(const QString& id, const QHttpServerRequest& request) const
{
    const Result<AccountCaller> c = m_gate.account(request, id);
    if (!c.ok())
        return http::error(c.error());
    return list(c.value(), "services");
}

QHttpServerResponse SectionHandlers::meters(const QString& id, const QHttpServerRequest& request) const
{
    const Result<AccountCaller> c = m_gate.account(request, id);
    if (!c.ok())
        return http::error(c.error());
    return list(c.value(), "meters");
}

QHttpServerResponse SectionHandlers::readings(const QString& id, const QString& meterId,
                                              const QHttpServerRequest& request) const
{
    const Result<AccountCaller> c = m_gate.account(request, id);
    if (!c.ok())
        return http::error(c.error());
    const qint64 accountId = id.toLongLong();
    if (m_store.rows(kind("meters"), accountId, contextOf(c.value()), QStringLiteral("id = ?"), {meterId}).isEmpty())
        return http::error(errc::NotFound, 404, QStringLiteral("meter_id"));
    const QDate today = m_calendar.today(c.value().account.companyId);
    const QString fromText = queryValue(request, "from");
    const QString toText = queryValue(request, "to");
    const QDate to = toText.isEmpty() ? today : QDate::fromString(toText, Qt::ISODate);
    const QDate from = fromText.isEmpty() ? to.addYears(-1) : QDate::fromString(fromText, Qt::ISODate);
    if (!to.isValid())
        return http::error(errc::FieldType, 400, QStringLiteral("to"));
    if (!from.isValid() || from > to)
        return http::error(errc::FieldType, 400, QStringLiteral("from"));
    return list(c.value(), "readings", QStringLiteral("meter_id = ? AND \"date\" >= ? AND \"date\" <= ?"),
                {meterId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)}, QStringLiteral("\"date\", id"));
}

QHttpServerResponse SectionHandlers::payments(const QString& id, const QHttpServerRequest& request) const
{
    const Result<AccountCaller> c = m_gate.account(request, id);
    if (!c.ok())
        return http::error(c.error());
    return list(c.value(), "payments", {}, {}, QStringLiteral("\"date\" DESC, id DESC"));
}

QHttpServerResponse SectionHandlers::requests(const QString& id, const QHttpServerRequest& request) const
{
    const Result<AccountCaller> c = m_gate.extendedAccount(request, id);
    if (!c.ok())
        return http::error(c.error());
    return list(c.value(), "requests", {}, {}, QStringLiteral("created_at DESC, id DESC"));
}

QHttpServerResponse SectionHandlers::subscriber(const QString& id, const QHttpServerRequest& request) const
{
    const Result<AccountCaller> c = m_gate.extendedAccount(request, id);
    if (!c.ok())
        return http::error(c.error());
    const QJsonArray rows = m_store.rows(kind("subscribers"), id.toLongLong(), contextOf(c.value()));
    if (!rows.isEmpty())
        return http::json(rows.first().toObject());
    Subscriber empty;
    empty.accountId = id;
    empty.number = c.value().account.number;
    empty.address = c.value().account.address;
    return http::json(empty.toJson());
}

QHttpServerResponse SectionHandlers::settlements(const QString& id, const QHttpServerRequest& request) const
{
    const Result<AccountCaller> c = m_gate.extendedAccount(request, id);
    if (!c.ok())
        return http::error(c.error());
    const QDate today = m_calendar.today(c.value().account.companyId);
    QString from = queryValue(request, "from");
    QString to = queryValue(request, "to");
    if (to.isEmpty())
        to = monthOf(today);
    if (from.isEmpty())
        from = monthOf(QDate::fromString(to + QStringLiteral("-01"), Qt::ISODate).addMonths(-11));
    if (!rules::isPeriod(from))
        return http::error(errc::PeriodInvalid, 400, QStringLiteral("from"));
    if (!rules::isPeriod(to) || to < from)
        return http::error(errc::PeriodInvalid, 400, QStringLiteral("to"));
    return list(c.value(), "settlements", QStringLiteral("period >= ? AND period <= ?"), {from, to},
                QStringLiteral("period, service_id"));
}

QHttpServerResponse SectionHandlers::contracts(const QString& id, const QHttpServerRequest& request) const
{
    const Result<AccountCaller> c = m_gate.extendedAccount(request, id);
    if (!c.ok())
        return http::error(c.error());
    const QString archive = queryValue(request, "archive");
    if (!archive.isEmpty() && archive != QLatin1String("true") && archive != QLatin1String("false"))
        return http::error(errc::FieldType, 400, QStringLiteral("archive"));
    const int active = archive == QLatin1String("true") ? 0 : 1;
    return list(c.value(), "contracts", QStringLiteral("active = ?"), {active}, QStringLiteral("date_from DESC, id"));
}

QHttpServerResponse SectionHandlers::acts(const QString& id, const QHttpServerRequest& request) const
{
    const Result<AccountCaller> c = m_gate.extendedAccount(request, id);
    if (!c.ok())
        return http::error(c.error());
    return list(c.value(), "acts", {}, {}, QStringLiteral("\"date\" DESC, id"));
}

QHttpServerResponse SectionHandlers::act(const QString& id, const QString& actId,
                                         const QHttpServerRequest& request) const
{
    const Result<AccountCaller> c = m_gate.extendedAccount(request, id);
    if (!c.ok())
        return http::error(c.error());
    const QJsonArray rows =
        m_store.rows(kind("acts"), id.toLongLong(), contextOf(c.value()), QStringLiteral("id = ?"), {actId});
    if (rows.isEmpty())
        return http::error(errc::NotFound, 404, QStringLiteral("act_id"));
    return http::json(rows.first().toObject());
}

QHttpServerResponse SectionHandlers::invoice(const QString& id, const QHttpServerRequest& request) const
{
    const Result<AccountCaller> c = m_gate.account(request, id);
    if (!c.ok())
        return http::error(c.error());
    const QDate today = m_calendar.today(c.value().account.companyId);
    QString period = queryValue(request, "period");
    if (period.isEmpty())
        period = monthOf(today);
    if (!rules::isPeriod(period))
        return http::error(errc::PeriodInvalid, 400, QStringLiteral("period"));
    const Result<Invoice> invoice = m_invoices.build(c.value(), period, today);
    if (!invoice.ok())
        return http::error(invoice.error());
    return http::json(invoice.value().toJson());
}

} // namespace mygas::server
