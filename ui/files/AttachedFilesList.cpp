#include "ui/files/AttachedFilesList.h"

#include "services/files/FileDownloads.h"
#include "ui/widgets/DialogButtons.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace mygas {

AttachedFilesList::AttachedFilesList(FileDownloads* downloads, QWidget* parent)
    : QWidget(parent), m_downloads(downloads), m_list(new QListWidget(this)),
      m_open(makeButton(tr("&Open the file"), QStringLiteral("openFileButton"), this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("attachedFilesList"));
    m_list->setObjectName(QStringLiteral("attachedFileNames"));
    m_list->setAccessibleName(tr("Attached files"));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 6);
    m_status->setObjectName(QStringLiteral("attachedFileStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->hide();
    m_open->setEnabled(false);
    auto* title = new QLabel(m_list->accessibleName(), this);
    title->setBuddy(m_list);
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addWidget(m_open, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addLayout(row);
    layout->addWidget(m_status);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int r) { m_open->setEnabled(r >= 0 && m_downloads); });
    connect(m_list, &QListWidget::itemActivated, this, &AttachedFilesList::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &AttachedFilesList::openCurrent);
    setVisible(false);
}

void AttachedFilesList::setFiles(const QString& prefix, const QList<FileInfo>& files,
                                 std::function<QByteArray(const FileInfo&)> localData)
{
    m_prefix = prefix;
    m_files = files;
    m_localData = std::move(localData);
    m_list->clear();
    for (const FileInfo& f : files)
        m_list->addItem(f.name);
    if (!files.isEmpty())
        m_list->setCurrentRow(0);
    m_status->hide();
    setVisible(!files.isEmpty());
}

QString AttachedFilesList::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

void AttachedFilesList::say(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setAccessibleName(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020") : QString());
    m_status->show();
}

void AttachedFilesList::openCurrent()
{
    const int row = m_list->currentRow();
    if (!m_downloads || row < 0 || row >= m_files.size())
        return;
    const FileInfo file = m_files.at(row);
    const auto open = [this](const Result<QString>& path) {
        m_open->setEnabled(true);
        if (!path.ok())
            return say(tr("The file could not be opened: %1").arg(path.error().message), true);
        say(tr("The file is kept on this computer: %1").arg(path.value()), false);
        emit opened(path.value());
        QDesktopServices::openUrl(QUrl::fromLocalFile(path.value()));
    };
    const QByteArray local = m_localData ? m_localData(file) : QByteArray();
    if (!local.isEmpty())
        return open(m_downloads->keep(file, local));
    m_open->setEnabled(false);
    say(tr("Fetching the file from the server…"), false);
    m_downloads->fetch(m_prefix, file, this, open);
}

} // namespace mygas
