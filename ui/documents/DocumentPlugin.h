#pragma once

#include <QString>
#include <QtPlugin>

#include <functional>

class QPainter;
class QWidget;

namespace mygas {

// Showing and printing documents (receipts, payment receipts). It lives in
// the plugin mygas_documents so that QtPdf and the printing support load
// when the first document is opened, not at every start.
class DocumentPlugin
{
public:
    virtual ~DocumentPlugin() = default;

    // A read-only view of a PDF file: its pages one under another, fitted to the width.
    virtual QWidget* createView(QWidget* parent) = 0;
    // Shows the file in a view made by createView(); the number of its pages,
    // 0 when it cannot be read.
    virtual int showFile(QWidget* view, const QString& pdfPath) = 0;
    // Asks for a printer in the system's print dialog — or, when toFile is
    // given, prints into that PDF file without asking — and paints the
    // document with paint(). false when cancelled or when printing failed.
    virtual bool print(QWidget* parent, const QString& title, const std::function<bool(QPainter&)>& paint,
                       const QString& toFile) = 0;
};

} // namespace mygas

#define MYGAS_DOCUMENT_PLUGIN_IID "org.mygas.DocumentPlugin/1"
Q_DECLARE_INTERFACE(mygas::DocumentPlugin, MYGAS_DOCUMENT_PLUGIN_IID)
