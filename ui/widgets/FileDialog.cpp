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

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                    const QString& filter)
{
    if (m_hasNext) {
        m_hasNext = false;
        return std::exchange(m_nextFileName, QString());
    }
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QFileDialog::getSaveFileName(parent, caption, QDir(dir).filePath(suggestedName), filter);
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (m_hasNext) {
        m_hasNext = false;
        return std::exchange(m_nextFileName, QString());
    }
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

void FileDialog::setNextFileName(const QString& fileName)
{
    m_nextFileName = fileName;
    m_hasNext = true;
}

} // namespace mygas
