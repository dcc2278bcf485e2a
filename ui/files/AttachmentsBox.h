#pragma once

#include "services/requests/RequestsService.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace mygas {

// «Прикрепить файл» (manual 4.4.2, 4.5.2): the files of a request or an
// answer, each with its name and size (images with a small preview), the
// limits stated, a file refused by the same rules as the server's with the
// reason; «Удалить файл» takes one off.
class AttachmentsBox : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentsBox(QWidget* parent = nullptr);

    const QList<RequestsService::Attachment>& files() const { return m_files; }
    // Adds the file at path; false with the reason shown when it is refused.
    bool addFile(const QString& path);
    QString errorText() const;
    QListWidget* list() const { return m_list; }
    QPushButton* attachButton() const { return m_attach; }
    QPushButton* removeButton() const { return m_remove; }

private:
    void chooseFile();
    void showError(const QString& message);

    QList<RequestsService::Attachment> m_files;
    QListWidget* m_list;
    QPushButton* m_attach;
    QPushButton* m_remove;
    QLabel* m_error;
};

} // namespace mygas
