#pragma once

#include "Error.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QString>
#include <QStringList>

#include <functional>

// The documents the app draws itself (receipts, payment receipts): an A4
// page cursor and writing one page into a PDF file.
namespace mygas::pdf {

inline constexpr int kDpi = 300;
inline constexpr double kMargin = 12; // mm

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

// Writes one A4 page painted by paint() into path (atomically: the file is
// replaced only once the PDF is complete); file_write_failed otherwise.
Status write(const QString& path, const QString& title, const std::function<bool(QPainter&)>& paint);

} // namespace mygas::pdf
