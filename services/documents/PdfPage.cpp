#include "services/documents/PdfPage.h"

#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

namespace mygas::pdf {

namespace {
Error writeError(const QString& path, const QString& why)
{
    Error e = makeError(errc::FileWriteFailed);
    e.message =
        e.message + QStringLiteral(": ") + path + (why.isEmpty() ? QString() : QStringLiteral(" (") + why + ')');
    return e;
}
} // namespace

void Page::font(double points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    // No ligatures: «fi» in an order number stays two letters, for the
    // person reading it out and for programs reading the PDF.
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setPointSizeF(points);
    f.setBold(bold);
    m_p.setFont(f);
}

double Page::text(const QString& s, double x, double width, int align)
{
    const double w = width < 0 ? m_width - x : width;
    const QRectF bounds = m_p.boundingRect(QRectF(x, m_y, w, mm(200)), Qt::TextWordWrap | align, s);
    m_p.drawText(QRectF(x, m_y, w, bounds.height()), Qt::TextWordWrap | align, s);
    m_y += bounds.height();
    return bounds.height();
}

void Page::table(const QList<double>& widths, const QList<QStringList>& rows, int boldRows, double x, double width)
{
    const double total = width < 0 ? m_width - x : width;
    QList<double> edges{x};
    for (double part : widths)
        edges.append(edges.last() + part * total);
    const double padX = mm(0.8);
    const double padY = mm(0.6);
    const QFont given = m_p.font();
    QFont regular = given;
    QFont bold = regular;
    bold.setBold(true);
    // A word is never broken inside a cell: the table's type gets smaller
    // until the longest word of every column fits (down to 5 points).
    const auto fits = [&] {
        const QFontMetricsF normal(regular, m_p.device());
        const QFontMetricsF heading(bold, m_p.device());
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < rows[r].size() && c + 1 < edges.size(); ++c) {
                const double room = edges[c + 1] - edges[c] - 2 * padX;
                for (const QString& word : rows[r][c].split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                    if ((r < boldRows ? heading : normal).horizontalAdvance(word) > room)
                        return false;
                }
            }
        }
        return true;
    };
    while (!fits() && regular.pointSizeF() > 5) {
        regular.setPointSizeF(regular.pointSizeF() - 0.25);
        bold.setPointSizeF(regular.pointSizeF());
    }
    const double top = m_y;
    QList<double> lines{top};
    for (int r = 0; r < rows.size(); ++r) {
        m_p.setFont(r < boldRows ? bold : regular);
        double height = QFontMetricsF(m_p.font(), m_p.device()).height();
        for (int c = 0; c < rows[r].size() && c + 1 < edges.size(); ++c) {
            const QRectF cell(edges[c] + padX, m_y + padY, edges[c + 1] - edges[c] - 2 * padX, mm(60));
            height = qMax(height, m_p.boundingRect(cell, Qt::TextWordWrap, rows[r][c]).height());
        }
        height += 2 * padY;
        for (int c = 0; c < rows[r].size() && c + 1 < edges.size(); ++c) {
            const QRectF cell(edges[c] + padX, m_y + padY, edges[c + 1] - edges[c] - 2 * padX, height - 2 * padY);
            const int align = (c == 0 || r < boldRows ? Qt::AlignLeft : Qt::AlignRight) | Qt::TextWordWrap;
            m_p.drawText(cell, align, rows[r][c]);
        }
        m_y += height;
        lines.append(m_y);
    }
    m_p.setFont(given);
    for (double y : lines)
        hline(edges.first(), edges.last(), y);
    for (double e : edges)
        vline(e, top, m_y);
}

void Page::cutLine(double y, const QString& label)
{
    m_p.save();
    QPen dashed = m_p.pen();
    dashed.setStyle(Qt::DashLine);
    m_p.setPen(dashed);
    const QFontMetricsF fm(m_p.font(), m_p.device());
    const double labelWidth = fm.horizontalAdvance(label) + mm(4);
    const double middle = m_width / 2;
    hline(0, middle - labelWidth / 2, y);
    hline(middle + labelWidth / 2, m_width, y);
    m_p.restore();
    m_p.drawText(QRectF(middle - labelWidth / 2, y - fm.height() / 2, labelWidth, fm.height()), Qt::AlignCenter, label);
}

Status write(const QString& path, const QString& title, const std::function<bool(QPainter&)>& paint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(kDpi);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(kMargin, kMargin, kMargin, kMargin), QPageLayout::Millimeter));
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Мой газ"));
        QPainter p(&pdf);
        if (!paint(p) || !p.end())
            return writeError(path, QStringLiteral("PDF"));
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return Done{};
}

} // namespace mygas::pdf
