#include "ReceiptRenderer.h"

#include "DisplayFormat.h"
#include "ErrorCatalog.h"
#include "Money.h"
#include "PaymentQr.h"
#include "QrCode.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace mygas {

namespace {
constexpr int kDpi = 300;
constexpr double kMargin = 12; // mm

// A cursor going down the page, in the device's units (PDF or printer).
class Page
{
public:
    explicit Page(QPainter& p)
        : m_p(p), m_unitsPerMm(p.device()->logicalDpiX() / 25.4),
          m_width(qMin<double>(p.device()->width(), mm(210 - 2 * kMargin)))
    {
    }

    double mm(double v) const { return v * m_unitsPerMm; }

    double y() const { return m_y; }
    void skip(double millimetres) { m_y += mm(millimetres); }

    void font(double points, bool bold = false)
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setStyleHint(QFont::SansSerif);
        f.setPointSizeF(points);
        f.setBold(bold);
        m_p.setFont(f);
    }

    // A paragraph in the given width from x; returns its height.
    double text(const QString& s, double x = 0, double width = -1)
    {
        const double w = width < 0 ? m_width - x : width;
        const QRectF bounds = m_p.boundingRect(QRectF(x, m_y, w, mm(200)), Qt::TextWordWrap, s);
        m_p.drawText(QRectF(x, m_y, w, bounds.height()), Qt::TextWordWrap, s);
        m_y += bounds.height();
        return bounds.height();
    }

    // A table: the first column left-aligned, the others right-aligned;
    // widths in parts of the page width.
    void table(const QList<double>& widths, const QList<QStringList>& rows, int boldRows = 1)
    {
        const QFontMetricsF fm(m_p.font(), m_p.device());
        for (int r = 0; r < rows.size(); ++r) {
            QFont f = m_p.font();
            f.setBold(r < boldRows);
            m_p.setFont(f);
            double x = 0;
            double height = fm.height();
            QList<QRectF> cells;
            for (int c = 0; c < rows[r].size(); ++c) {
                const double w = widths[c] * m_width;
                const QRectF cell(x + mm(0.8), m_y + mm(0.6), w - mm(1.6), mm(60));
                const QRectF need = m_p.boundingRect(cell, Qt::TextWordWrap, rows[r][c]);
                height = qMax(height, need.height());
                cells.append(cell);
                x += w;
            }
            height += mm(1.2);
            x = 0;
            for (int c = 0; c < rows[r].size(); ++c) {
                const double w = widths[c] * m_width;
                m_p.drawRect(QRectF(x, m_y, w, height));
                const int align = (c == 0 || r < boldRows ? Qt::AlignLeft : Qt::AlignRight) | Qt::TextWordWrap;
                m_p.drawText(QRectF(cells[c].topLeft(), QSizeF(cells[c].width(), height)), align, rows[r][c]);
                x += w;
            }
            m_y += height;
        }
        QFont f = m_p.font();
        f.setBold(false);
        m_p.setFont(f);
    }

    double width() const { return m_width; }

private:
    QPainter& m_p;
    double m_unitsPerMm;
    double m_width;
    double m_y = 0;
};

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

Error writeError(const QString& path, const QString& why)
{
    Error e = makeError(errc::FileWriteFailed);
    e.message =
        e.message + QStringLiteral(": ") + path + (why.isEmpty() ? QString() : QStringLiteral(" (") + why + ')');
    return e;
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
    Page page(p);
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
    page.font(7);
    page.text(QStringLiteral("Оплата по QR-коду: отсканируйте его в приложении банка"), page.width() - qrSide, qrSide);
    page.skip(4);

    page.font(7.5);
    QList<QStringList> rows{{QStringLiteral("Услуга"), QStringLiteral("На начало периода"), QStringLiteral("Объем"),
                             QStringLiteral("Тариф"), QStringLiteral("Начислено"), QStringLiteral("Льготы"),
                             QStringLiteral("Перерасчет"), QStringLiteral("Оплачено"), QStringLiteral("К оплате")}};
    for (const InvoiceLine& l : inv.lines) {
        rows.append({l.serviceName, money::format(l.openingKop), volume(l),
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(kDpi);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(kMargin, kMargin, kMargin, kMargin), QPageLayout::Millimeter));
        pdf.setTitle(QStringLiteral("Квитанция %1, л/с %2").arg(display::period(inv.period), inv.accountNumber));
        pdf.setCreator(QStringLiteral("Мой газ"));
        QPainter p(&pdf);
        if (!paint(p, inv) || !p.end())
            return writeError(path, QStringLiteral("PDF"));
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return Done{};
}

} // namespace mygas
