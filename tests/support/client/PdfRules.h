#pragma once

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

// The ruled lines and the words of a PDF page as a person sees them: the
// page rendered by pdftoppm (poppler, as document viewers draw it) in grey
// at a resolution, every straight dark run of at least 10 mm taken for a
// line; the words with their boxes from pdftotext -bbox.
namespace mygas::pdfrules {

struct Line
{
    int thickness = 0; // pixels
    double at = 0;     // the line's middle across it, in points from the page's edge
    double from = 0;   // where its longest run starts and ends along it, in points
    double to = 0;
};

struct Rules
{
    QString error;          // empty when the page was rendered
    QList<Line> vertical;   // left to right
    QList<Line> horizontal; // top to bottom
    QList<int> thicknesses() const;
};

Rules measure(const QString& pdf, int dpi);

struct Word
{
    QString text;
    QRectF box; // points, from the page's top left corner
};

// The words of the first page; empty with *error set when pdftotext fails.
QList<Word> words(const QString& pdf, QString* error);

// The words a vertical line runs through: text that spills out of its cell.
QStringList crossing(const Rules& rules, const QList<Word>& words);

} // namespace mygas::pdfrules
