#include "server/accounts/LimitedView.h"

#include "models/accounts/AccountRules.h"
#include "models/payments/PaymentQr.h"
#include "server/directory/CompanyCalendar.h"
#include "server/documents/InvoiceStore.h"
#include "server/http/RequestGate.h"
#include "server/sections/SectionStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace mygas::server {

namespace {
void insertToken(const QString& token, QSet<QString>* out)
{
    if (token.isEmpty())
        return;
    out->insert(token);
    // «046577964» read as an amount is 46577964.
    bool number = false;
    const qint64 n = token.toLongLong(&number);
    if (number)
        out->insert(QString::number(n));
}

// A text as a whole and each run of letters and digits in it: the house
// number of an address, the parts of a date are shown as well.
void collectText(const QString& text, QSet<QString>* out)
{
    insertToken(rules::answerToken(text), out);
    QString run;
    for (const QChar c : text + QLatin1Char(' ')) {
        if (c.isLetterOrNumber()) {
            run.append(c.toUpper());
        } else {
            insertToken(run, out);
            run.clear();
        }
    }
}

void collect(const QJsonValue& v, QSet<QString>* out)
{
    switch (v.type()) {
    case QJsonValue::Array:
        for (const QJsonValue& item : v.toArray())
            collect(item, out);
        break;
    case QJsonValue::Object:
        for (const QJsonValue& item : v.toObject())
            collect(item, out);
        break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 1e15) {
            const qint64 n = qint64(d);
            out->insert(QString::number(n));
            out->insert(QString::number(n < 0 ? -n : n));
        }
        break;
    }
    case QJsonValue::String:
        collectText(v.toString(), out);
        break;
    default:
        break;
    }
}
} // namespace

bool LimitedView::tokens(const Account& account, QSet<QString>* out) const
{
    Account limited = account;
    limited.access = Access::Limited;
    limited.alias.clear(); // the caller's own words, not the account's
    collect(limited.toJson(), out);
    const qint64 id = account.id.toLongLong();
    const WireContext context{account.number, account.address, true};
    const SectionStore sections(m_db);
    for (const sections::Section& kind : sections::all()) {
        if (kind.extendedOnly)
            continue;
        QJsonArray rows;
        if (!sections.appendRows(&rows, kind, id, context, {}, {}, {}))
            return false;
        collect(rows, out);
    }
    // The company's directory entry and offices, which the receipt prints too.
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT data FROM companies WHERE id = ? UNION ALL "
                                  "SELECT data FROM offices WHERE company_id = ?"),
                   {account.companyId, account.companyId}))
        return false;
    while (q.next())
        collect(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), out);
    // The receipt: what the invoice carries is what it prints, and its QR.
    AccountCaller caller;
    caller.account = limited;
    const QDate today = m_calendar.today(account.companyId);
    const Result<Invoice> invoice = InvoiceStore(m_db).build(caller, today.toString(QStringLiteral("yyyy-MM")), today);
    if (invoice.ok()) {
        collect(invoice.value().toJson(), out);
        const auto fields = qr::invoiceFields(invoice.value());
        for (const auto& field : fields)
            collectText(field.second, out);
        collectText(qr::payload(fields), out);
        collectText(QString::fromUtf8(kGasEmergencyNotice), out);
    } else if (invoice.error().httpStatus >= 500)
        return false;
    return true;
}

} // namespace mygas::server
