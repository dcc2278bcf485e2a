#include "ReceiptRenderer.h"

#include "DisplayFormat.h"
#include "ErrorCatalog.h"
#include "Money.h"
#include "PaymentQr.h"
#include "PdfPage.h"
#include "QrCode.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>

namespace mygas {

namespace {
void drawQr(QPainter& p, const QrMatrix& qr, const QRectF& box)
{
    // Four modules of quiet zone on each side, as scanners expect.
    const double module = box.width() / (qr.size + 8);
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawRect(box);
    p.setBrush(Qt::black);
    for (int y = 0; y < qr.size; ++y) {
        for (int x = 0; x < qr.size; ++x) {
            if (qr.at(x, y))
                p.drawRect(QRectF(box.left() + (x + 4) * module, box.top() + (y + 4) * module, module, module));
        }
    }
    p.restore();
}

QString volume(const InvoiceLine& l)
{
    return l.volumeM3 > 0 ? display::number(l.volumeM3, 3) + QLatin1Char(' ') + l.unit : QStringLiteral("—");
}

} // namespace

QString ReceiptRenderer::periodTitle(const QString& period)
{
    static const char* const months[] = {"январь", "февраль", "март",     "апрель",  "май",    "июнь",
                                         "июль",   "август",  "сентябрь", "октябрь", "ноябрь", "декабрь"};
    const QDate d = QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate);
    if (!d.isValid())
        return period;
    return QString::fromUtf8(months[d.month() - 1]) + QLatin1Char(' ') + QString::number(d.year());
}

bool ReceiptRenderer::paint(QPainter& p, const Invoice& inv)
{
    const std::optional<QrMatrix> qr = encodeQr(qr::payload(qr::invoiceFields(inv)).toUtf8());
    if (!qr)
        return false;
    // The printable width of the device, no wider than A4 within the margins.
    pdf::Page page(p);
    const auto mm = [&page](double v) { return page.mm(v); };
    p.setPen(QPen(Qt::black, mm(0.2)));
    const double qrSide = mm(42);
    drawQr(p, *qr, QRectF(page.width() - qrSide, 0, qrSide, qrSide));
    const double textWidth = page.width() - qrSide - mm(4);
    page.font(14, true);
    page.text(QStringLiteral("Квитанция на оплату"), 0, textWidth);
    page.font(10);
    page.text(QStringLiteral("Расчетный период: %1").arg(periodTitle(inv.period)), 0, textWidth);
    page.skip(2);
    page.font(9, true);
    page.text(QStringLiteral("Получатель платежа"), 0, textWidth);
    page.font(8);
    const Payee& payee = inv.payee;
    page.text(payee.name, 0, textWidth);
    page.text(QStringLiteral("ИНН %1   КПП %2").arg(payee.inn, payee.kpp), 0, textWidth);
    page.text(QStringLiteral("Р/с %1").arg(payee.account), 0, textWidth);
    page.text(QStringLiteral("Банк: %1").arg(payee.bankName), 0, textWidth);
    page.text(QStringLiteral("БИК %1   К/с %2").arg(payee.bic, payee.corrAccount), 0, textWidth);
    page.skip(2);
    page.font(9, true);
    page.text(QStringLiteral("Плательщик"), 0, textWidth);
    page.font(8);
    page.text(QStringLiteral("Лицевой счет: %1").arg(inv.accountNumber), 0, textWidth);
    if (!inv.owner.isEmpty())
        page.text(QStringLiteral("ФИО: %1").arg(inv.owner), 0, textWidth);
    page.text(QStringLiteral("Адрес: %1").arg(inv.address), 0, textWidth);
    if (inv.residents > 0 || inv.heatedAreaM2 > 0)
        page.text(QStringLiteral("Проживающих: %1   Отапливаемая площадь: %2 м²")
                      .arg(inv.residents)
                      .arg(display::number(inv.heatedAreaM2)),
                  0, textWidth);
    page.font(7);
    page.text(QStringLiteral("Оплата по QR-коду: отсканируйте его в приложении банка"), page.width() - qrSide, qrSide);
    page.skip(4);

    page.font(7.5);
    // A debt reads as a positive sum, as «К оплате» does; an overpayment
    // at the start of the period is the one with a minus.
    QList<QStringList> rows{{QStringLiteral("Услуга"), QStringLiteral("Долг на начало периода"),
                             QStringLiteral("Объем"), QStringLiteral("Тариф"), QStringLiteral("Начислено"),
                             QStringLiteral("Льготы"), QStringLiteral("Перерасчет"), QStringLiteral("Оплачено"),
                             QStringLiteral("К оплате")}};
    for (const InvoiceLine& l : inv.lines) {
        rows.append({l.serviceName, money::format(-l.openingKop), volume(l),
                     l.tariffKop ? money::format(l.tariffKop) : QStringLiteral("—"), money::format(l.chargedKop),
                     money::format(l.benefitsKop), money::format(l.recalculationKop), money::format(l.paidKop),
                     money::format(l.toPayKop)});
    }
    page.table({0.19, 0.11, 0.1, 0.08, 0.1, 0.1, 0.11, 0.1, 0.11}, rows);
    page.skip(2);
    page.font(10, true);
    page.text(QStringLiteral("Итого к оплате: %1 руб.").arg(money::format(inv.totalToPayKop())));

    if (!inv.meters.isEmpty()) {
        page.skip(4);
        page.font(9, true);
        page.text(QStringLiteral("Приборы учета"));
        page.skip(1);
        page.font(7.5);
        QList<QStringList> meters{{QStringLiteral("Прибор учета"), QStringLiteral("Заводской номер"),
                                   QStringLiteral("Последнее показание"), QStringLiteral("Дата показания"),
                                   QStringLiteral("Дата поверки")}};
        for (const InvoiceMeter& m : inv.meters) {
            meters.append({m.name, m.serial, QString::number(m.lastReading), display::date(m.lastReadingDate),
                           display::date(m.nextVerificationDate)});
        }
        page.table({0.28, 0.18, 0.2, 0.17, 0.17}, meters);
    }
    if (!inv.pin.isEmpty()) {
        page.skip(3);
        page.font(8);
        page.text(QStringLiteral("ПИН-код для подключения расширенной версии: %1").arg(inv.pin));
    }
    page.skip(4);
    page.font(7);
    page.text(
        QStringLiteral("%1. Сформировано %2 в приложении «Мой газ».").arg(inv.companyName, display::date(inv.issued)));
    return true;
}

Status ReceiptRenderer::writePdf(const Invoice& inv, const QString& path)
{
    return pdf::write(path, QStringLiteral("Квитанция %1, л/с %2").arg(display::period(inv.period), inv.accountNumber),
                      [&inv](QPainter& p) { return paint(p, inv); });
}

} // namespace mygas
