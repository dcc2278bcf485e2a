#include "models/documents/InvoiceBuilder.h"

#include "models/accounts/AccountRules.h"

namespace mygas::rules {

QDate lastDayOf(const QString& period)
{
    const QDate first = QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate);
    return first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
}

Invoice buildInvoice(const InvoiceSource& source, const QString& period, const QDate& today)
{
    Invoice invoice;
    invoice.accountId = source.accountId;
    invoice.accountNumber = source.accountNumber;
    invoice.address = source.address;
    invoice.period = period;
    invoice.issued = today;
    invoice.companyName = source.company.name;
    invoice.payee = source.company.payee;
    invoice.office = source.office;
    if (source.extended) {
        invoice.owner = source.owner;
        invoice.residents = source.residents;
        invoice.heatedAreaM2 = source.heatedAreaM2;
    }

    if (!source.extended) {
        for (const ServiceInfo& s : source.services) {
            InvoiceLine l;
            l.serviceId = s.id;
            l.serviceName = s.name;
            l.unit = s.unit;
            l.tariffKop = s.tariffKop;
            l.openingKop = s.balanceKop;
            l.toPayKop = qMax<qint64>(0, -s.balanceKop);
            invoice.lines.append(l);
        }
    } else {
        for (const Settlement& st : source.settlements) {
            const auto s = std::find_if(source.services.begin(), source.services.end(),
                                        [&](const ServiceInfo& x) { return x.id == st.serviceId; });
            InvoiceLine l;
            l.serviceId = st.serviceId;
            l.serviceName = s != source.services.end() ? s->name : st.serviceId;
            l.unit = s != source.services.end() ? s->unit : QString();
            l.tariffKop = s != source.services.end() ? s->tariffKop : 0;
            l.volumeM3 = st.volumeM3;
            l.openingKop = st.openingKop;
            l.chargedKop = st.chargedKop;
            l.benefitsKop = st.benefitsKop;
            l.recalculationKop = st.recalculationKop;
            l.paidKop = st.paidKop;
            // A negative state after the month is what is owed.
            l.toPayKop = qMax<qint64>(0, -settlementToPay(st));
            invoice.lines.append(l);
        }
    }
    const QDate last = lastDayOf(period);
    for (const Meter& m : source.meters) {
        if (m.state == QLatin1String("removed"))
            continue;
        InvoiceMeter row{m.name, m.serial, m.lastReading, m.lastReadingDate, m.nextVerificationDate};
        if (!m.lastReadingDate.isValid() || m.lastReadingDate > last) {
            // The meter's reading as it stood at the end of the period.
            row.lastReading = 0;
            row.lastReadingDate = QDate();
            for (const Reading& r : source.readings) {
                if (r.meterId == m.id && r.date.isValid() && r.date <= last &&
                    (!row.lastReadingDate.isValid() || r.date >= row.lastReadingDate)) {
                    row.lastReading = r.value;
                    row.lastReadingDate = r.date;
                }
            }
        }
        invoice.meters.append(row);
    }
    return invoice;
}

} // namespace mygas::rules
