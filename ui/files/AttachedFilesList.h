#pragma once

#include "models/files/FileTypes.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace mygas {

class FileDownloads;

// The files of a request or an application with «Открыть файл»: fetched
// once from the server (then kept on the PC, so they open offline too) and
// opened with the program the PC has for them; the line under the list
// says where the file is kept, or why it could not be opened.
class AttachedFilesList : public QWidget
{
    Q_OBJECT
public:
    AttachedFilesList(FileDownloads* downloads, QWidget* parent = nullptr);

    // `prefix`: "/files" or "/accounts/{id}/files"; `localData` gives the
    // bytes of a file only this PC has (a draft's not yet sent).
    void setFiles(const QString& prefix, const QList<FileInfo>& files,
                  std::function<QByteArray(const FileInfo&)> localData = {});
    QListWidget* list() const { return m_list; }
    QPushButton* openButton() const { return m_open; }
    QString statusText() const;

signals:
    // The file is on the PC at `path` and handed to its program.
    void opened(const QString& path);

private:
    void openCurrent();
    void say(const QString& text, bool problem);

    FileDownloads* m_downloads;
    QString m_prefix;
    QList<FileInfo> m_files;
    std::function<QByteArray(const FileInfo&)> m_localData;
    QListWidget* m_list;
    QPushButton* m_open;
    QLabel* m_status;
};

} // namespace mygas
