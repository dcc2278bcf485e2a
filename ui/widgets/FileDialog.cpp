#include "ui/widgets/FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace mygas {

FileDialog* FileDialog::instance()
{
    static FileDialog dialog;
    return &dialog;
}

namespace {
// Where both dialogs open: the person's documents.
QString startDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return dir.isEmpty() ? QDir::homePath() : dir;
}
} // namespace

bool FileDialog::takeNext(QString* fileName)
{
    if (!m_hasNext)
        return false;
    m_hasNext = false;
    *fileName = std::exchange(m_nextFileName, QString());
    return true;
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                    const QString& filter)
{
    QString next;
    if (takeNext(&next))
        return next;
    return QFileDialog::getSaveFileName(parent, caption, QDir(startDir()).filePath(suggestedName), filter);
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    QString next;
    if (takeNext(&next))
        return next;
    return QFileDialog::getOpenFileName(parent, caption, startDir(), filter);
}

void FileDialog::setNextFileName(const QString& fileName)
{
    m_nextFileName = fileName;
    m_hasNext = true;
}

} // namespace mygas
