#pragma once

#include "ui/documents/DocumentPlugin.h"

#include <QObject>

namespace mygas {

// DocumentPlugin over QtPdf (QPdfView) and Qt Print Support (QPrinter).
class QtPdfPlugin : public QObject, public DocumentPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MYGAS_DOCUMENT_PLUGIN_IID)
    Q_INTERFACES(mygas::DocumentPlugin)
public:
    QWidget* createView(QWidget* parent) override;
    int showFile(QWidget* view, const QString& pdfPath) override;
    bool print(QWidget* parent, const QString& title, const std::function<bool(QPainter&)>& paint,
               const QString& toFile) override;
};

} // namespace mygas
