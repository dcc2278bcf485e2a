#include "server/documents/InvoiceStore.h"

#include "models/accounts/AccountRules.h"
#include "models/core/ErrorCatalog.h"
#include "models/documents/InvoiceBuilder.h"
#include "server/accounts/PinSeal.h"
#include "server/http/RequestGate.h"

#include <QJsonDocument>

namespace mygas::server {

namespace {
const QString kHeader =
    QStringLiteral("SELECT c.data, s.owner_name, s.residents, s.heated_area_m2 FROM accounts a "
                   "JOIN companies c ON c.id = a.company_id "
                   "LEFT JOIN subscribers s ON s.id = (SELECT MIN(t.id) FROM subscribers t WHERE t.account_id = a.id) "
                   "WHERE a.id = ?");
const QString kServices =
    QStringLiteral("SELECT id, \"name\", balance_kop, tariff_kop, unit FROM services WHERE account_id = ? ORDER BY id");
const QString kSettlements =
    QStringLiteral("SELECT service_id, opening_kop, charged_kop, volume_m3, paid_kop, benefits_kop, recalculation_kop "
                   "FROM settlements WHERE account_id = ? AND period = ? ORDER BY service_id");
const QString kMeters =
    QStringLiteral("SELECT \"name\", serial, last_reading, last_reading_date, "
                   "next_verification_date, state, id FROM meters WHERE account_id = ? ORDER BY id");
const QString kOffice = QStringLiteral("SELECT data FROM offices WHERE company_id = ? ORDER BY sort_order, id LIMIT 1");
const QString kReadings =
    QStringLiteral("SELECT meter_id, \"date\", value FROM readings WHERE account_id = ? AND state = 'accepted' AND "
                   "\"date\" <= ?");

QString monthOf(const QDate& d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

QDate dateOf(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}
} // namespace

bool InvoiceStore::read(const AccountCaller& caller, const QString& period, rules::InvoiceSource* out) const
{
    const qint64 accountId = caller.account.id.toLongLong();
    out->accountId = caller.account.id;
    out->accountNumber = caller.account.number;
    out->address = caller.account.address;
    out->extended = caller.account.access == Access::Extended;
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q, kHeader, {accountId}) || !q.next())
        return false;
    out->company = Company::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    out->owner = q.value(1).toString();
    out->residents = q.value(2).toInt();
    out->heatedAreaM2 = q.value(3).toDouble();
    if (!m_db.exec(q, kOffice, {out->company.id}))
        return false;
    if (q.next())
        out->office = Office::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());

    if (!m_db.exec(q, kServices, {accountId}))
        return false;
    while (q.next()) {
        ServiceInfo s;
        s.id = q.value(0).toString();
        s.name = q.value(1).toString();
        s.balanceKop = q.value(2).toLongLong();
        s.tariffKop = q.value(3).toLongLong();
        s.unit = q.value(4).toString();
        out->services.append(s);
    }
    if (out->extended) {
        if (!m_db.exec(q, kSettlements, {accountId, period}))
            return false;
        while (q.next()) {
            Settlement st;
            st.period = period;
            st.serviceId = q.value(0).toString();
            st.openingKop = q.value(1).toLongLong();
            st.chargedKop = q.value(2).toLongLong();
            st.volumeM3 = q.value(3).toDouble();
            st.paidKop = q.value(4).toLongLong();
            st.benefitsKop = q.value(5).toLongLong();
            st.recalculationKop = q.value(6).toLongLong();
            out->settlements.append(st);
        }
    }
    if (!m_db.exec(q, kMeters, {accountId}))
        return false;
    while (q.next()) {
        Meter m;
        m.name = q.value(0).toString();
        m.serial = out->extended ? q.value(1).toString() : rules::maskSerial(q.value(1).toString());
        m.lastReading = q.value(2).toLongLong();
        m.lastReadingDate = dateOf(q.value(3));
        m.nextVerificationDate = dateOf(q.value(4));
        m.state = q.value(5).toString();
        m.id = q.value(6).toString();
        out->meters.append(m);
    }
    if (!m_db.exec(q, kReadings, {accountId, rules::lastDayOf(period).toString(Qt::ISODate)}))
        return false;
    while (q.next()) {
        Reading r;
        r.meterId = q.value(0).toString();
        r.date = dateOf(q.value(1));
        r.value = q.value(2).toLongLong();
        out->readings.append(r);
    }
    return true;
}

Result<Invoice> InvoiceStore::build(const AccountCaller& caller, const QString& period, const QDate& today) const
{
    if (period > monthOf(today))
        return makeError(errc::InvoiceNotFound, QStringLiteral("period"), 404);
    if (caller.account.access != Access::Extended && period != monthOf(today))
        return makeError(errc::ExtendedRequired, QStringLiteral("period"), 403);
    rules::InvoiceSource source;
    if (!read(caller, period, &source))
        return makeError(errc::Internal, {}, 500);
    Invoice invoice = rules::buildInvoice(source, period, today);
    if (invoice.lines.isEmpty())
        return makeError(errc::InvoiceNotFound, QStringLiteral("period"), 404);
    // The PIN where the company prints it, to the extended version only: the
    // limited version is the one a PIN would unlock.
    if (source.extended && source.company.pinOnInvoice && m_seal) {
        QSqlQuery q = m_db.newQuery();
        if (m_db.exec(q, QStringLiteral("SELECT pin_sealed FROM accounts WHERE id = ?"),
                      {caller.account.id.toLongLong()}) &&
            q.next())
            invoice.pin = m_seal->open(q.value(0).toString()).value_or(QString());
    }
    return invoice;
}

} // namespace mygas::server
