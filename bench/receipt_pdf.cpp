// bench/receipt_pdf: the time to draw one receipt PDF (three services, two
// meters, the QR code) with ReceiptRenderer and its size, against the
// floor of the toolkit: QPdfWriter writing a one-page PDF with one line of
// text. Median of N runs each, in one process.
#include "models/payments/PaymentQr.h"
#include "services/documents/QrCode.h"
#include "services/documents/ReceiptRenderer.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace mygas;

namespace {
Invoice sample()
{
    Invoice inv;
    inv.accountId = QStringLiteral("1");
    inv.accountNumber = QStringLiteral("0412345678");
    inv.period = QStringLiteral("2026-11");
    inv.issued = QDate(2026, 12, 1);
    inv.companyName = QStringLiteral("АО «Северогорскгаз»");
    inv.payee = {QStringLiteral("АО «Северогорскгаз»"), QStringLiteral("1001234567"),
                 QStringLiteral("100101001"),           QStringLiteral("Северогорское отделение ПАО «Банк Полярный»"),
                 QStringLiteral("048602673"),           QStringLiteral("30101810600000000673"),
                 QStringLiteral("40702810425000001234")};
    inv.owner = QStringLiteral("Козлов Андрей Петрович");
    inv.address = QStringLiteral("г. Северогорск, ул. Гагарина, д. 27, кв. 170");
    const char* names[] = {"Газоснабжение", "Техническое обслуживание ВДГО", "Пени"};
    for (int i = 0; i < 3; ++i) {
        InvoiceLine l;
        l.serviceId = QString::number(i);
        l.serviceName = QString::fromUtf8(names[i]);
        l.unit = QStringLiteral("м³");
        l.volumeM3 = 14 + i;
        l.tariffKop = 736;
        l.openingKop = -8096 * (i + 1);
        l.chargedKop = 10304;
        l.toPayKop = 18400 + i;
        inv.lines.append(l);
    }
    for (int i = 0; i < 2; ++i)
        inv.meters.append({QStringLiteral("Счетчик газа"), QStringLiteral("6123453%1").arg(i), 4464 + i,
                           QDate(2026, 11, 24), QDate(2034, 12, 24)});
    return inv;
}

double medianMs(int runs, const std::function<void()>& f)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}
} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser args;
    args.addOption({QStringLiteral("runs"), QStringLiteral("runs of each"), QStringLiteral("N"), QStringLiteral("50")});
    args.process(app);
    const int runs = qMax(1, args.value(QStringLiteral("runs")).toInt());
    QTemporaryDir dir;
    const Invoice inv = sample();
    const QString ours = dir.filePath(QStringLiteral("receipt.pdf"));
    const QString floor = dir.filePath(QStringLiteral("floor.pdf"));

    if (!ReceiptRenderer::writePdf(inv, ours).ok()) {
        std::fprintf(stderr, "receipt_pdf: the receipt could not be written\n");
        return 1;
    }
    const double receiptMs = medianMs(runs, [&] { ReceiptRenderer::writePdf(inv, ours); });
    const double qrMs = medianMs(runs, [&] { encodeQr(qr::payload(qr::invoiceFields(inv)).toUtf8()); });
    const double floorMs = medianMs(runs, [&] {
        QPdfWriter pdf(floor);
        pdf.setResolution(300);
        QPainter p(&pdf);
        p.drawText(QPointF(100, 100), QStringLiteral("Квитанция на оплату"));
    });
    std::printf("result receipt_ms=%.2f receipt_bytes=%lld qr_ms=%.3f floor_ms=%.2f floor_bytes=%lld runs=%d\n",
                receiptMs, static_cast<long long>(QFileInfo(ours).size()), qrMs, floorMs,
                static_cast<long long>(QFileInfo(floor).size()), runs);
    return 0;
}
