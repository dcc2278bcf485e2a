#pragma once

#include "models/files/FileTypes.h"
#include "services/requests/RequestsService.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace mygas {

// «Прикрепить файл» (manual 4.4.2, 4.5.2): the files of a request or an
// answer, each with its name and size (images with a small preview), the
// limits stated, a file refused by the same rules as the server's with the
// reason; «Удалить файл» takes one off. The box keeps the files itself (a
// request, an answer), or shows files kept elsewhere (an application's
// draft, setHeld()) and asks for each change.
class AttachmentsBox : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentsBox(QWidget* parent = nullptr);

    // Shows these files (with their contents where known, for a preview)
    // and from now on asks for changes (fileAdded, fileRemoved) instead of
    // keeping them.
    void setHeld(const QList<FileInfo>& held, const QList<QByteArray>& contents = {});

    const QList<RequestsService::Attachment>& files() const { return m_files; }
    // Adds the file at path; false with the reason shown when it is refused.
    bool addFile(const QString& path);
    QString errorText() const;
    QListWidget* list() const { return m_list; }
    QPushButton* attachButton() const { return m_attach; }
    QPushButton* removeButton() const { return m_remove; }

    void showError(const QString& message);

signals:
    // With held files: a file chosen and checked, and «Удалить файл» on one.
    void fileAdded(const QString& name, const QByteArray& data);
    void fileRemoved(int row);

private:
    void chooseFile();
    QListWidgetItem* addItem(const QString& name, qint64 size, const QByteArray& data);

    QList<RequestsService::Attachment> m_files;
    std::optional<QList<FileInfo>> m_held;
    QListWidget* m_list;
    QPushButton* m_attach;
    QPushButton* m_remove;
    QLabel* m_error;
};

} // namespace mygas
