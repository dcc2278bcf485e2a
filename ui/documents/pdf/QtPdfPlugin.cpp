#include "ui/documents/pdf/QtPdfPlugin.h"

#include "models/core/DisplayFormat.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>

namespace mygas {

QWidget* QtPdfPlugin::createView(QWidget* parent)
{
    // The document is the parent's child made before the view: the parent
    // deletes it first, while the view that listens to it still exists
    // (as the view's own child it would signal a half-deleted view).
    auto* document = new QPdfDocument(parent);
    auto* view = new QPdfView(parent);
    view->setDocument(document);
    view->setPageMode(QPdfView::PageMode::MultiPage);
    view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    return view;
}

int QtPdfPlugin::showFile(QWidget* view, const QString& pdfPath)
{
    auto* pdf = qobject_cast<QPdfView*>(view);
    if (!pdf || !pdf->document())
        return 0;
    // A new file in the same view: close the old one first so the view repaints.
    pdf->document()->close();
    if (pdf->document()->load(pdfPath) != QPdfDocument::Error::None)
        return 0;
    return pdf->document()->pageCount();
}

bool QtPdfPlugin::print(QWidget* parent, const QString& title, const std::function<bool(QPainter&)>& paint,
                        const QString& toFile)
{
    QPrinter printer(QPrinter::HighResolution);
    // The print dialog offers the name for a PDF file: one a file can have.
    printer.setDocName(display::fileName(title));
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(12, 12, 12, 12),
                                      QPageLayout::Millimeter));
    if (!toFile.isEmpty()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(toFile);
    } else {
        QPrintDialog dialog(&printer, parent);
        dialog.setWindowTitle(title);
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    const bool painted = paint(painter);
    return painter.end() && painted;
}

} // namespace mygas
