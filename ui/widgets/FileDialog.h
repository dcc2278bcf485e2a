#pragma once

#include <QString>

class QWidget;

namespace mygas {

// The save and open dialogs, with a hook for tests: setNextFileName()
// answers the next call without showing a dialog (an empty name means
// «Отмена»).
class FileDialog
{
public:
    static FileDialog* instance();

    QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                            const QString& filter);
    QString getOpenFileName(QWidget* parent, const QString& caption, const QString& filter);
    void setNextFileName(const QString& fileName);

private:
    // The answer set by setNextFileName(), once.
    bool takeNext(QString* fileName);

    QString m_nextFileName;
    bool m_hasNext = false;
};

inline FileDialog* fileDialog()
{
    return FileDialog::instance();
}

} // namespace mygas
