#pragma once

#include "models/core/Error.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPen>
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
        m_p.setPen(QPen(Qt::black, ruleWidth()));
    }

    double mm(double v) const { return v * m_unitsPerMm; }
    // Ruled lines are 1/150 inch: a whole number of pixels at 150, 300, 600
    // and 1200 dpi, so that a viewer or printer that snaps lines to pixels
    // draws every line of a table equally thick.
    double ruleWidth() const { return m_p.device()->logicalDpiX() / 150.0; }

    double y() const { return m_y; }
    void setY(double y) { m_y = y; }
    void skip(double millimetres) { m_y += mm(millimetres); }

    void font(double points, bool bold = false);

    // A paragraph in the given width from x; returns its height.
    double text(const QString& s, double x = 0, double width = -1, int align = Qt::AlignLeft);

    // A table: the first column left-aligned, the others right-aligned;
    // widths in parts of the table's width (the page's when width < 0).
    // Each ruled line is drawn once, so shared cell borders are as thin as
    // the outer ones.
    void table(const QList<double>& widths, const QList<QStringList>& rows, int boldRows = 1, double x = 0,
               double width = -1);

    void hline(double x0, double x1, double y) { m_p.drawLine(QPointF(x0, y), QPointF(x1, y)); }
    void vline(double x, double y0, double y1) { m_p.drawLine(QPointF(x, y0), QPointF(x, y1)); }
    // The dashed line along which the two parts of a receipt are cut apart.
    void cutLine(double y, const QString& label);

    double width() const { return m_width; }
    QPainter& painter() { return m_p; }

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
