#include "models/payments/PaymentQr.h"

namespace mygas::qr {

namespace {
// The standard's longest values; a longer one is cut rather than refused.
int maxLength(const QString& key)
{
    if (key == QLatin1String("Name"))
        return 160;
    if (key == QLatin1String("BankName"))
        return 45;
    if (key == QLatin1String("Purpose"))
        return 210;
    return 0; // no limit that our data can reach
}

// Cut to `limit` at a word's end, so that no word is left half (a bank's
// name of 48 characters becomes its first words, not «…развит»).
QString cutAtWord(const QString& value, int limit)
{
    if (value.size() <= limit)
        return value;
    const int space = int(value.left(limit + 1).lastIndexOf(QLatin1Char(' ')));
    return (space > 0 ? value.left(space) : value.left(limit)).trimmed();
}

QString digits(const QString& s)
{
    QString out;
    for (const QChar c : s) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}
} // namespace

QList<QPair<QString, QString>> invoiceFields(const Invoice& invoice)
{
    QList<QPair<QString, QString>> f;
    const Payee& p = invoice.payee;
    f.append({QStringLiteral("Name"), p.name});
    f.append({QStringLiteral("PersonalAcc"), digits(p.account)});
    f.append({QStringLiteral("BankName"), p.bankName});
    f.append({QStringLiteral("BIC"), digits(p.bic)});
    // "0" where the bank has no correspondent account, as the standard asks.
    const QString corr = digits(p.corrAccount);
    f.append({QStringLiteral("CorrespAcc"), corr.isEmpty() ? QStringLiteral("0") : corr});
    if (!p.inn.isEmpty())
        f.append({QStringLiteral("PayeeINN"), digits(p.inn)});
    if (!p.kpp.isEmpty())
        f.append({QStringLiteral("KPP"), digits(p.kpp)});
    f.append({QStringLiteral("PersAcc"), invoice.accountNumber});
    const qint64 sum = invoice.totalToPayKop();
    if (sum > 0)
        f.append({QStringLiteral("Sum"), QString::number(sum)});
    const QDate month = QDate::fromString(invoice.period + QStringLiteral("-01"), Qt::ISODate);
    const QString period = month.isValid() ? month.toString(QStringLiteral("MM.yyyy")) : QString();
    // The purpose names every service the sum pays, not «газ» alone.
    QStringList paid;
    for (const InvoiceLine& l : invoice.lines) {
        if (l.toPayKop > 0 || sum <= 0)
            paid << l.serviceName;
    }
    f.append({QStringLiteral("Purpose"), QStringLiteral("Оплата: %1; л/с %2%3")
                                             .arg(paid.join(QStringLiteral(", ")), invoice.accountNumber,
                                                  period.isEmpty() ? QString() : QStringLiteral("; ") + period)});
    if (!period.isEmpty())
        f.append({QStringLiteral("PaymPeriod"), period});
    const QStringList names = invoice.owner.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const char* const nameKeys[] = {"LastName", "FirstName", "MiddleName"};
    for (int i = 0; i < names.size() && i < 3; ++i)
        f.append({QLatin1String(nameKeys[i]), names[i]});
    if (!invoice.address.isEmpty())
        f.append({QStringLiteral("PayerAddress"), invoice.address});
    return f;
}

QChar separatorFor(const QList<QPair<QString, QString>>& fields)
{
    for (const QChar candidate : QStringLiteral("|#;~^")) {
        bool used = false;
        for (const auto& field : fields)
            used = used || field.second.contains(candidate);
        if (!used)
            return candidate;
    }
    return QLatin1Char('|');
}

QString payload(const QList<QPair<QString, QString>>& fields)
{
    QList<QPair<QString, QString>> clean = fields;
    for (auto& field : clean) {
        // Line breaks are not part of any value; the standard allows none.
        field.second = field.second.simplified();
        if (const int limit = maxLength(field.first); limit > 0)
            field.second = cutAtWord(field.second, limit);
    }
    const QChar sep = separatorFor(clean);
    QString out = QStringLiteral("ST00012") + sep;
    for (int i = 0; i < clean.size(); ++i) {
        if (i)
            out += sep;
        out += clean[i].first + QLatin1Char('=') + clean[i].second;
    }
    return out;
}

} // namespace mygas::qr
