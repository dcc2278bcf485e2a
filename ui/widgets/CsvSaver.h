#pragma once

#include <QByteArray>
#include <QString>

class QWidget;

namespace mygas {

class StatusBanner;

// «Выгрузить в CSV»: asks where to save (FileDialog), writes the file
// atomically and says in the banner where it went or why it failed.
// Returns the path written, or "" when cancelled or failed.
QString saveCsv(QWidget* parent, const QString& suggestedName, const QByteArray& bytes, StatusBanner* banner);

} // namespace mygas
