#include "PaymentReceipt.h"

#include "DisplayFormat.h"
#include "Money.h"
#include "PdfPage.h"

namespace mygas::paymentreceipt {

QString title(const PaymentReceiptData& d)
{
    return QStringLiteral("Квитанция об оплате от %1, л/с %2").arg(display::date(d.payment.date), d.account.number);
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
    page.table({0.4, 0.6}, {{QStringLiteral("Реквизит"), QStringLiteral("Значение")},
                            {QStringLiteral("Получатель"), payee.name.isEmpty() ? d.company.name : payee.name},
                            {QStringLiteral("ИНН / КПП получателя"), payee.inn + QStringLiteral(" / ") + payee.kpp},
                            {QStringLiteral("Расчетный счет"), payee.account},
                            {QStringLiteral("Банк получателя"), payee.bankName},
                            {QStringLiteral("БИК / корр. счет"), payee.bic + QStringLiteral(" / ") + payee.corrAccount},
                            {QStringLiteral("Лицевой счет"), d.account.number},
                            {QStringLiteral("Адрес"), d.account.address},
                            {QStringLiteral("Услуга"), d.serviceName},
                            {QStringLiteral("Сумма"), money::formatRub(d.payment.amountKop)},
                            {QStringLiteral("Дата оплаты"), display::date(d.payment.date)},
                            {QStringLiteral("Место оплаты"), d.payment.place},
                            {QStringLiteral("Номер операции"), d.payment.id}});
    return true;
}

Status writePdf(const PaymentReceiptData& data, const QString& path)
{
    return pdf::write(path, title(data), [&data](QPainter& p) { return paint(p, data); });
}

} // namespace mygas::paymentreceipt
