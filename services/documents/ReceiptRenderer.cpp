#include "services/documents/ReceiptRenderer.h"

#include "models/core/DisplayFormat.h"
#include "models/core/ErrorCatalog.h"
#include "models/core/Money.h"
#include "models/payments/PaymentQr.h"
#include "services/documents/PdfPage.h"
#include "services/documents/QrCode.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>

#include <functional>

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
    return l.volumeM3 > 0 ? display::number(l.volumeM3, 3) + QChar(0x00a0) + l.unit : QStringLiteral("—");
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

namespace {
// One part of the two-part payment document: the part's name, the QR code
// (on «Извещение», which goes to the bank) and «Кассир» in a narrow left
// column, the details beside it, all framed.
struct Part
{
    pdf::Page& page;
    double labelWidth;
    double pad;

    double x() const { return labelWidth + pad; }
    double width() const { return page.width() - x() - pad; }

    void draw(const QString& name, const QrMatrix* qr, const std::function<void()>& details)
    {
        const double top = page.y();
        page.setY(top + pad);
        details();
        const double detailsBottom = page.y() + pad;

        page.setY(top + pad);
        page.font(10, true);
        page.text(name, pad, labelWidth - 2 * pad);
        if (qr) {
            page.skip(2);
            const double side = labelWidth - 2 * pad;
            drawQr(page.painter(), *qr, QRectF(pad, page.y(), side, side));
            page.setY(page.y() + side);
        }
        page.font(8);
        const double cashier = QFontMetricsF(page.painter().font(), page.painter().device()).height();
        const double bottom = qMax(detailsBottom, page.y() + page.mm(6) + cashier + pad);
        page.setY(bottom - pad - cashier);
        page.text(QStringLiteral("Кассир"), pad, labelWidth - 2 * pad);

        page.hline(0, page.width(), top);
        page.hline(0, page.width(), bottom);
        page.vline(0, top, bottom);
        page.vline(labelWidth, top, bottom);
        page.vline(page.width(), top, bottom);
        page.setY(bottom);
    }

    // «Подпись плательщика ____  Дата ____», the lines drawn as rules.
    void signature()
    {
        page.skip(3);
        page.font(8);
        QPainter& p = page.painter();
        const QFontMetricsF fm(p.font(), p.device());
        const double baseline = page.y() + fm.ascent();
        const QString sign = QStringLiteral("Подпись плательщика");
        const QString date = QStringLiteral("Дата");
        const double signEnd = x() + width() * 0.62;
        p.drawText(QPointF(x(), baseline), sign);
        page.hline(x() + fm.horizontalAdvance(sign) + page.mm(2), signEnd, baseline);
        p.drawText(QPointF(signEnd + page.mm(4), baseline), date);
        page.hline(signEnd + page.mm(4) + fm.horizontalAdvance(date) + page.mm(2), x() + width(), baseline);
        page.setY(page.y() + fm.height());
    }
};

QString purposeOf(const Invoice& inv)
{
    for (const auto& field : qr::invoiceFields(inv)) {
        if (field.first == QLatin1String("Purpose"))
            return field.second;
    }
    return {};
}

QString payerLine(const Invoice& inv)
{
    return inv.owner.isEmpty() ? QStringLiteral("Лицевой счет: %1").arg(inv.accountNumber)
                               : QStringLiteral("Плательщик: %1, лицевой счет %2").arg(inv.owner, inv.accountNumber);
}

void header(pdf::Page& page, const Invoice& inv)
{
    page.font(14, true);
    page.text(QStringLiteral("Квитанция на оплату"));
    page.font(10);
    page.text(QStringLiteral("Расчетный период: %1").arg(ReceiptRenderer::periodTitle(inv.period)));
    page.skip(2);
    page.font(9, true);
    page.text(inv.companyName);
    page.font(8);
    const Office& office = inv.office;
    if (!office.id.isEmpty()) {
        page.text(QStringLiteral("%1: %2, тел. %3").arg(office.name, office.address, office.phone));
        if (!office.schedule.isEmpty())
            page.text(QStringLiteral("Часы работы: %1").arg(office.schedule));
    }
    page.text(QString::fromUtf8(kGasEmergencyNotice));
    page.skip(3);
}

void notice(Part& part, const Invoice& inv, const QrMatrix& qr)
{
    pdf::Page& page = part.page;
    part.draw(QStringLiteral("ИЗВЕЩЕНИЕ"), &qr, [&] {
        const Payee& payee = inv.payee;
        const double x = part.x();
        const double w = part.width();
        page.font(8);
        page.text(QStringLiteral("Получатель платежа: %1").arg(payee.name), x, w);
        page.text(QStringLiteral("ИНН %1   КПП %2   Р/с %3").arg(payee.inn, payee.kpp, payee.account), x, w);
        page.text(QStringLiteral("Банк получателя: %1").arg(payee.bankName), x, w);
        page.text(QStringLiteral("БИК %1   К/с %2").arg(payee.bic, payee.corrAccount), x, w);
        page.skip(2);
        page.text(payerLine(inv), x, w);
        page.text(QStringLiteral("Адрес: %1").arg(inv.address), x, w);
        page.text(QStringLiteral("Назначение платежа: %1").arg(purposeOf(inv)), x, w);
        page.skip(2);
        page.font(10, true);
        page.text(QStringLiteral("Сумма к оплате: %1 руб.").arg(money::format(inv.totalToPayKop())), x, w);
        page.font(7);
        page.text(QStringLiteral("Оплата по QR-коду: отсканируйте его в приложении банка"), x, w);
        part.signature();
    });
}

void receipt(Part& part, const Invoice& inv)
{
    pdf::Page& page = part.page;
    part.draw(QStringLiteral("КВИТАНЦИЯ"), nullptr, [&] {
        const Payee& payee = inv.payee;
        const double x = part.x();
        const double w = part.width();
        page.font(8);
        page.text(QStringLiteral("Получатель платежа: %1, ИНН %2, р/с %3, БИК %4")
                      .arg(payee.name, payee.inn, payee.account, payee.bic),
                  x, w);
        page.text(payerLine(inv), x, w);
        page.text(QStringLiteral("Адрес: %1").arg(inv.address), x, w);
        // Each where the company knows it.
        QStringList household;
        if (inv.residents > 0)
            household << QStringLiteral("Проживающих: %1").arg(inv.residents);
        if (inv.heatedAreaM2 > 0)
            household << QStringLiteral("Отапливаемая площадь: %1 м²").arg(display::number(inv.heatedAreaM2));
        if (!household.isEmpty())
            page.text(household.join(QStringLiteral("   ")), x, w);
        page.text(QStringLiteral("Расчетный период: %1").arg(ReceiptRenderer::periodTitle(inv.period)), x, w);
        page.skip(2);
        page.font(7);
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
        page.table({0.15, 0.11, 0.09, 0.08, 0.12, 0.09, 0.13, 0.12, 0.11}, rows, 1, x, w);
        page.skip(2);
        page.font(10, true);
        page.text(QStringLiteral("Итого к оплате: %1 руб.").arg(money::format(inv.totalToPayKop())), x, w);
        if (!inv.meters.isEmpty()) {
            page.skip(3);
            page.font(8, true);
            page.text(QStringLiteral("Приборы учета"), x, w);
            page.skip(1);
            page.font(7);
            QList<QStringList> meters{{QStringLiteral("Прибор учета"), QStringLiteral("Заводской номер"),
                                       QStringLiteral("Последнее показание, м³"), QStringLiteral("Дата показания"),
                                       QStringLiteral("Дата поверки")}};
            for (const InvoiceMeter& m : inv.meters) {
                meters.append({m.name, m.serial, QString::number(m.lastReading), display::date(m.lastReadingDate),
                               display::date(m.nextVerificationDate)});
            }
            page.table({0.28, 0.18, 0.2, 0.17, 0.17}, meters, 1, x, w);
        }
        part.signature();
    });
}
} // namespace

bool ReceiptRenderer::paint(QPainter& p, const Invoice& inv)
{
    const std::optional<QrMatrix> qr = encodeQr(qr::payload(qr::invoiceFields(inv)).toUtf8());
    if (!qr)
        return false;
    // The printable width of the device, no wider than A4 within the margins.
    pdf::Page page(p);
    header(page, inv);
    // The usual two parts of a payment document: «Извещение» stays with the
    // bank, «Квитанция» with the payer. The notice's left column holds the
    // QR code; the receipt's is narrower to leave the charges room.
    Part noticePart{page, page.mm(44), page.mm(2)};
    notice(noticePart, inv, *qr);
    page.skip(5);
    page.font(7);
    page.cutLine(page.y(), QStringLiteral("линия отреза"));
    page.skip(5);
    Part receiptPart{page, page.mm(32), page.mm(2)};
    receipt(receiptPart, inv);
    if (!inv.pin.isEmpty()) {
        page.skip(3);
        page.font(8);
        page.text(QStringLiteral("ПИН-код для подключения расширенной версии: %1").arg(inv.pin));
    }
    page.skip(3);
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
