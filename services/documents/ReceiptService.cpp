#include "services/documents/ReceiptService.h"

#include "models/core/ApiPaths.h"
#include "models/core/ErrorCatalog.h"
#include "models/documents/InvoiceBuilder.h"
#include "models/readings/ReadingRules.h"
#include "services/cache/CacheStore.h"
#include "services/core/Logging.h"
#include "services/documents/ReceiptRenderer.h"
#include "services/net/ApiClient.h"

#include <QPointer>

namespace mygas {

namespace {
// Failures where the server was not reached: the cache answers instead.
bool unreachable(const Error& e)
{
    return e.code == QLatin1String(errc::NetworkUnreachable) || e.code == QLatin1String(errc::Timeout) ||
           e.httpStatus >= 500;
}
} // namespace

ReceiptService::ReceiptService(ApiClient* api, CacheStore* cache, QObject* parent)
    : QObject(parent), m_api(api), m_cache(cache)
{
}

QString ReceiptService::currentPeriod(const Company& company)
{
    return rules::providerToday(company).toString(QStringLiteral("yyyy-MM"));
}

QStringList ReceiptService::periods(const QString& accountId) const
{
    const std::optional<Account> account = m_cache->account(accountId);
    const Company company = account ? m_cache->company(account->companyId).value_or(Company{}) : Company{};
    QStringList out{currentPeriod(company)};
    for (const QString& p : m_cache->settlementPeriods(accountId)) {
        if (!out.contains(p) && p < out.first())
            out.append(p);
    }
    return out;
}

void ReceiptService::load(const QString& accountId, const QString& period, QObject* context, Callback done)
{
    QPointer<QObject> guard(context);
    const QString path = api::accountPath(accountId, QStringLiteral("/invoice?period=") + period);
    m_api->get(path, this, [this, accountId, period, guard, done](const Result<QJsonDocument>& answer) {
        if (!guard)
            return;
        if (answer.ok()) {
            const Invoice invoice = Invoice::fromJson(answer.value().object());
            if (const Status stored = m_cache->storeInvoice(invoice); !stored.ok())
                qCWarning(lcCache) << "invoice not cached:" << stored.error().message;
            done(Loaded{invoice, false});
            return;
        }
        if (!unreachable(answer.error())) {
            done(answer.error());
            return;
        }
        const Result<Invoice> cached = fromCache(accountId, period);
        if (!cached.ok()) {
            done(cached.error());
            return;
        }
        done(Loaded{cached.value(), true});
    });
}

Result<Invoice> ReceiptService::fromCache(const QString& accountId, const QString& period) const
{
    // Built from the synced sections first: a receipt fetched before a
    // payment would still ask for the amount paid since (manual 4.3.1.5).
    const Result<Invoice> built = fromSections(accountId, period);
    if (built.ok())
        return built;
    if (std::optional<Invoice> stored = m_cache->invoice(accountId, period))
        return *stored;
    return built;
}

Result<Invoice> ReceiptService::fromSections(const QString& accountId, const QString& period) const
{
    const std::optional<Account> account = m_cache->account(accountId);
    if (!account)
        return makeError(errc::AccountNotFound, {}, 404);
    rules::InvoiceSource source;
    source.company = m_cache->company(account->companyId).value_or(Company{});
    source.accountId = accountId;
    source.accountNumber = account->number;
    source.address = account->address;
    source.extended = account->access == Access::Extended;
    if (const std::optional<Subscriber> s = m_cache->subscriber(accountId)) {
        source.owner = s->ownerName;
        source.residents = s->residents;
        source.heatedAreaM2 = s->heatedAreaM2;
    }
    source.services = m_cache->services(accountId);
    source.settlements = m_cache->settlements(accountId, period);
    source.meters = m_cache->meters(accountId);
    for (const Meter& m : source.meters) {
        for (const Reading& r : m_cache->readings(m.id, QDate(), rules::lastDayOf(period))) {
            if (r.state == QLatin1String("accepted"))
                source.readings.append(r);
        }
    }
    const QString current = currentPeriod(source.company);
    if (!source.extended && period != current)
        return makeError(errc::ExtendedRequired, {}, 403);
    // Without the company's requisites there is nothing to pay to.
    if (source.company.payee.account.isEmpty())
        return makeError(errc::NetworkUnreachable);
    Invoice invoice = rules::buildInvoice(source, period, rules::providerToday(source.company));
    if (invoice.lines.isEmpty())
        return makeError(errc::InvoiceNotFound, {}, 404);
    // The printed PIN and the office are not in the synced sections: a
    // receipt fetched before has them.
    const bool wantsPin = source.extended && source.company.pinOnInvoice;
    QStringList others = m_cache->settlementPeriods(accountId);
    if (!others.contains(current))
        others.prepend(current);
    for (const QString& other : others) {
        const std::optional<Invoice> cached = m_cache->invoice(accountId, other);
        if (!cached)
            continue;
        if (wantsPin && invoice.pin.isEmpty())
            invoice.pin = cached->pin;
        if (invoice.office.id.isEmpty())
            invoice.office = cached->office;
    }
    return invoice;
}

Status ReceiptService::writePdf(const Invoice& invoice, const QString& path)
{
    return ReceiptRenderer::writePdf(invoice, path);
}

} // namespace mygas
