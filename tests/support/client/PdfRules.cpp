#include "tests/support/client/PdfRules.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocumentFragment>

#include <functional>

namespace mygas::pdfrules {

namespace {
// Pixels darker than this count as ink of a line.
constexpr int kDark = 160;

// Lines across `count` positions, each `length` pixels long: a position
// holds a line when its longest dark run reaches minRun; neighbouring
// positions make one line whose thickness is their number.
QList<Line> lines(int count, int length, int minRun, double pointsPerPixel, const std::function<int(int, int)>& grey)
{
    QList<Line> out;
    int previous = -2;
    for (int a = 0; a < count; ++a) {
        int run = 0;
        int best = 0;
        int bestEnd = 0;
        for (int b = 0; b < length; ++b) {
            run = grey(a, b) < kDark ? run + 1 : 0;
            if (run > best) {
                best = run;
                bestEnd = b + 1;
            }
        }
        if (best < minRun)
            continue;
        if (previous == a - 1) {
            Line& l = out.last();
            ++l.thickness;
            l.at += 0.5 * pointsPerPixel;
            l.from = qMin(l.from, (bestEnd - best) * pointsPerPixel);
            l.to = qMax(l.to, bestEnd * pointsPerPixel);
        } else {
            out.append({1, (a + 0.5) * pointsPerPixel, (bestEnd - best) * pointsPerPixel, bestEnd * pointsPerPixel});
        }
        previous = a;
    }
    return out;
}

QString run(const QString& program, const QStringList& args, QByteArray* out)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return program + QStringLiteral(" failed: ") + QString::fromUtf8(p.readAllStandardError());
    if (out)
        *out = p.readAllStandardOutput();
    return {};
}
} // namespace

QList<int> Rules::thicknesses() const
{
    QList<int> out;
    for (const Line& l : vertical + horizontal)
        out.append(l.thickness);
    return out;
}

Rules measure(const QString& pdf, int dpi)
{
    Rules r;
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    r.error = run(QStringLiteral("pdftoppm"),
                  {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"), QStringLiteral("-singlefile"),
                   pdf, prefix},
                  nullptr);
    if (!r.error.isEmpty())
        return r;
    // An A4 page at print resolutions is larger than Qt reads by default.
    QImageReader::setAllocationLimit(1024);
    const QImage image(prefix + QStringLiteral(".pgm"));
    if (image.isNull()) {
        r.error = QStringLiteral("no page image");
        return r;
    }
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const int minRun = qRound(10 / 25.4 * dpi);
    const double pt = 72.0 / dpi;
    const auto at = [&grey](int x, int y) { return int(grey.constScanLine(y)[x]); };
    r.vertical = lines(grey.width(), grey.height(), minRun, pt, [&at](int x, int y) { return at(x, y); });
    r.horizontal = lines(grey.height(), grey.width(), minRun, pt, [&at](int y, int x) { return at(x, y); });
    return r;
}

QList<Word> words(const QString& pdf, QString* error)
{
    QByteArray out;
    *error = run(QStringLiteral("pdftotext"),
                 {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                  QStringLiteral("1"), pdf, QStringLiteral("-")},
                 &out);
    QList<Word> found;
    static const QRegularExpression word(QStringLiteral(
        R"re(<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>)re"));
    for (auto it = word.globalMatch(QString::fromUtf8(out)); it.hasNext();) {
        const auto m = it.next();
        const QPointF topLeft(m.captured(1).toDouble(), m.captured(2).toDouble());
        const QPointF bottomRight(m.captured(3).toDouble(), m.captured(4).toDouble());
        found.append({QTextDocumentFragment::fromHtml(m.captured(5)).toPlainText(), QRectF(topLeft, bottomRight)});
    }
    return found;
}

QStringList crossing(const Rules& rules, const QList<Word>& words)
{
    QStringList out;
    for (const Word& w : words) {
        // A word's box holds its glyphs' full advance; a hair of it may
        // touch a line without any ink crossing it.
        const QRectF ink = w.box.adjusted(0.5, 0.5, -0.5, -0.5);
        for (const Line& l : rules.vertical) {
            if (ink.left() < l.at && ink.right() > l.at && ink.bottom() > l.from && ink.top() < l.to)
                out << w.text;
        }
    }
    return out;
}

} // namespace mygas::pdfrules
