#include "ui/widgets/CsvSaver.h"

#include "services/documents/CsvExport.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/StatusBanner.h"

#include <QDir>
#include <QObject>

namespace mygas {

QString saveCsv(QWidget* parent, const QString& suggestedName, const QByteArray& bytes, StatusBanner* banner)
{
    QString path = fileDialog()->getSaveFileName(parent, QObject::tr("Export to CSV"), suggestedName,
                                                 QObject::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    const Status status = csv::writeFile(path, bytes);
    if (!status.ok()) {
        Error e = status.error();
        if (e.message.isEmpty())
            e.message = QObject::tr("The file %1 could not be written.").arg(QDir::toNativeSeparators(path));
        banner->showError(e);
        return {};
    }
    banner->showNotice(QObject::tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    return path;
}

} // namespace mygas
