#include "services/documents/PaymentReceipt.h"

#include "models/core/DisplayFormat.h"
#include "models/core/Money.h"
#include "models/payments/PaymentRules.h"
#include "services/documents/PdfPage.h"

namespace mygas {

qint64 PaymentReceiptData::totalKop() const
{
    qint64 total = 0;
    for (const Line& l : lines)
        total += l.amountKop;
    return total;
}

namespace paymentreceipt {

QString title(const PaymentReceiptData& d)
{
    return QStringLiteral("Квитанция об оплате от %1, л/с %2").arg(display::date(d.date), d.account.number);
}

QString operationNumber(const QString& number)
{
    QStringList groups;
    for (qsizetype i = 0; i < number.size(); i += 4)
        groups << number.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

bool paint(QPainter& p, const PaymentReceiptData& d)
{
    pdf::Page page(p);
    const Payee& payee = d.company.payee;
    page.font(14, true);
    page.text(QStringLiteral("Квитанция об оплате"));
    page.skip(2);
    page.font(10);
    page.text(QStringLiteral("Платеж проведен банковской картой в личном кабинете «Мой газ»."));
    page.skip(4);
    const QString card =
        d.cardMasked.isEmpty()
            ? QStringLiteral("нет данных без связи с сервером")
            : QStringLiteral("%1 %2").arg(rules::networkDisplayName(d.cardNetwork), d.cardMasked).trimmed();
    const QString operation = d.bankOperation.isEmpty() ? QStringLiteral("нет данных без связи с сервером")
                                                        : operationNumber(d.bankOperation);
    page.table({0.4, 0.6}, {{QStringLiteral("Реквизит"), QStringLiteral("Значение")},
                            {QStringLiteral("Получатель"), payee.name.isEmpty() ? d.company.name : payee.name},
                            {QStringLiteral("ИНН / КПП получателя"), payee.inn + QStringLiteral(" / ") + payee.kpp},
                            {QStringLiteral("Расчетный счет"), payee.account},
                            {QStringLiteral("Банк получателя"), payee.bankName},
                            {QStringLiteral("БИК / корр. счет"), payee.bic + QStringLiteral(" / ") + payee.corrAccount},
                            {QStringLiteral("Лицевой счет"), d.account.number},
                            {QStringLiteral("Адрес"), d.account.address},
                            {QStringLiteral("Дата и время оплаты"),
                             d.paidAt.isValid() ? display::dateTime(d.paidAt) : display::date(d.date)},
                            {QStringLiteral("Карта"), card},
                            {QStringLiteral("Место оплаты"), d.place},
                            {QStringLiteral("Номер операции в банке (RRN)"), operation},
                            {QStringLiteral("Номер заказа"), d.orderId}});
    page.skip(4);
    QList<QStringList> rows{{QStringLiteral("Услуга"), QStringLiteral("Сумма")}};
    for (const PaymentReceiptData::Line& l : d.lines)
        rows.append({l.serviceName, money::formatRub(l.amountKop)});
    rows.append({QStringLiteral("Итого"), money::formatRub(d.totalKop())});
    page.table({0.7, 0.3}, rows);
    return true;
}

Status writePdf(const PaymentReceiptData& data, const QString& path)
{
    return pdf::write(path, title(data), [&data](QPainter& p) { return paint(p, data); });
}

} // namespace paymentreceipt
} // namespace mygas
