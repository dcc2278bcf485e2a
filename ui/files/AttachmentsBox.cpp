#include "ui/files/AttachmentsBox.h"

#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "models/files/FileRules.h"
#include "ui/widgets/FileDialog.h"

#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>

namespace mygas {

namespace {
QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return AttachmentsBox::tr("%1 MB").arg(QLocale().toString(double(bytes) / (1024 * 1024), 'f', 1));
    return AttachmentsBox::tr("%1 KB").arg(std::max<qint64>(1, (bytes + 1023) / 1024));
}
} // namespace

AttachmentsBox::AttachmentsBox(QWidget* parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_attach(new QPushButton(tr("Attach a &file"), this)),
      m_remove(new QPushButton(tr("Remove the file"), this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("attachments"));
    m_list->setObjectName(QStringLiteral("attachedFiles"));
    m_list->setAccessibleName(tr("Attached files"));
    m_list->setIconSize(QSize(48, 48));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 7);
    m_attach->setObjectName(QStringLiteral("attachFileButton"));
    m_attach->setAccessibleName(tr("Attach a file"));
    m_remove->setObjectName(QStringLiteral("removeFileButton"));
    m_remove->setEnabled(false);
    auto* limits = new QLabel(tr("PDF, JPEG or PNG; up to %1 MB a file, at most %2 files and %3 MB together.")
                                  .arg(files::kMaxFileBytes / (1024 * 1024))
                                  .arg(files::kMaxFilesPerItem)
                                  .arg(files::kMaxItemBytes / (1024 * 1024)),
                              this);
    limits->setObjectName(QStringLiteral("attachmentLimits"));
    limits->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("attachmentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(limits);
    layout->addWidget(m_list);
    layout->addWidget(m_error);
    m_list->setVisible(false);
    connect(m_attach, &QPushButton::clicked, this, &AttachmentsBox::chooseFile);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        if (m_held)
            return emit fileRemoved(row);
        m_files.removeAt(row);
        delete m_list->takeItem(row);
        m_list->setVisible(!m_files.isEmpty());
        m_error->hide();
    });
}

void AttachmentsBox::setHeld(const QList<FileInfo>& held, const QList<QByteArray>& contents)
{
    const int row = m_list->currentRow();
    m_held = held;
    m_list->clear();
    for (int i = 0; i < held.size(); ++i)
        addItem(held.at(i).name, held.at(i).size, contents.value(i));
    m_list->setVisible(!held.isEmpty());
    m_list->setCurrentRow(std::min(row, int(held.size()) - 1));
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

QString AttachmentsBox::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void AttachmentsBox::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void AttachmentsBox::chooseFile()
{
    const QString path =
        fileDialog()->getOpenFileName(this, tr("Attach a file"), tr("PDF and images (*.pdf *.jpg *.jpeg *.png)"));
    if (!path.isEmpty())
        addFile(path);
}

bool AttachmentsBox::addFile(const QString& path)
{
    const QFileInfo info(path);
    QList<qint64> sizes;
    for (const RequestsService::Attachment& f : std::as_const(m_files))
        sizes.append(f.data.size());
    for (const FileInfo& f : m_held.value_or(QList<FileInfo>{}))
        sizes.append(f.size);
    // Refused by its size before it is read whole.
    std::optional<Error> refused = files::checkNewUpload(info.fileName(), info.size());
    if (!refused)
        refused = files::checkAttachmentCount(sizes, info.size());
    QByteArray data;
    if (!refused) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            refused = makeError(errc::FileReadFailed);
        else
            data = file.read(files::kMaxFileBytes + 1);
    }
    if (!refused)
        refused = files::checkAttachment(info.fileName(), data);
    if (refused) {
        showError(tr("%1: %2").arg(info.fileName(), refused->message));
        return false;
    }
    showError({});
    if (m_held) {
        emit fileAdded(info.fileName(), data);
        return true;
    }
    m_files.append({info.fileName(), data});
    m_list->setCurrentItem(addItem(info.fileName(), data.size(), data));
    m_list->setVisible(true);
    return true;
}

QListWidgetItem* AttachmentsBox::addItem(const QString& name, qint64 size, const QByteArray& data)
{
    auto* item = new QListWidgetItem(tr("%1 (%2)").arg(name, sizeText(size)), m_list);
    // An image shows what it is; the text says it all for a PDF.
    if (!data.isEmpty() && files::typeOfContent(data) != QLatin1String(files::kPdf)) {
        const QImage image = QImage::fromData(data);
        if (!image.isNull())
            item->setIcon(QPixmap::fromImage(image.scaled(96, 96, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    return item;
}

} // namespace mygas
