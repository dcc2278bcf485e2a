#include "ui/applications/ApplicationWizard.h"

#include "models/applications/ApplicationForm.h"
#include "models/applications/ApplicationsModel.h"
#include "models/core/ErrorCatalog.h"
#include "services/applications/ApplicationsService.h"
#include "ui/applications/FormStepPage.h"
#include "ui/files/AttachmentsBox.h"
#include "ui/widgets/DialogButtons.h"
#include "ui/widgets/Scrolling.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mygas {

namespace {
// What is typed is written this long after the last key.
constexpr int kAutosaveMs = 700;

} // namespace

ApplicationWizard::ApplicationWizard(ApplicationsService* service, qint64 localId, QWidget* parent)
    : QDialog(parent), m_service(service), m_localId(localId), m_steps(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_error(new QLabel(this)),
      m_back(makeButton(tr("&Back"), QStringLiteral("wizardBack"), this)),
      m_save(makeButton(tr("Save the &draft"), QStringLiteral("wizardSave"), this)),
      m_continue(makeButton(tr("C&ontinue filling in"), QStringLiteral("wizardContinue"), this)),
      m_send(makeButton(tr("Send for &consideration"), QStringLiteral("wizardSend"), this)),
      m_autosave(new QTimer(this))
{
    setObjectName(QStringLiteral("applicationWizard"));
    const std::optional<LocalApplication> item = service->item(localId);
    const ContractApplication app = item ? item->application : ContractApplication{};
    m_type = app.type;
    setWindowTitle(ApplicationsModel::typeName(m_type));

    auto* processTitle = new QLabel(tr("General process of concluding a contract"), this);
    QFont bold = processTitle->font();
    bold.setBold(true);
    processTitle->setFont(bold);
    m_steps->setObjectName(QStringLiteral("wizardSteps"));
    m_steps->setAccessibleName(processTitle->text());
    m_steps->setFocusPolicy(Qt::NoFocus); // a picture of where the person is, not a control
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->addItem(tr("Choice of the contract type"));

    const QList<applications::Step>& steps = applications::stepsOf(m_type);
    for (int i = 0; i < steps.size(); ++i) {
        auto* page = new FormStepPage(steps.at(i), this);
        page->setValues(app.form);
        auto* scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        if (steps.at(i).files) {
            // «Прикрепить файл»: each file kept on the PC at once and
            // carried to the server with the draft.
            auto* holder = new QWidget(this);
            auto* column = new QVBoxLayout(holder);
            m_files = new AttachmentsBox(holder);
            column->addWidget(page);
            column->addWidget(m_files);
            column->addStretch(1);
            connect(m_files, &AttachmentsBox::fileAdded, this, [this](const QString& name, const QByteArray& data) {
                const Status added = m_service->addFile(m_localId, name, data);
                if (!added.ok())
                    m_files->showError(tr("%1: %2").arg(name, added.error().message));
                showFiles();
                m_files->list()->setCurrentRow(m_files->list()->count() - 1);
            });
            connect(m_files, &AttachmentsBox::fileRemoved, this, [this](int row) {
                const std::optional<LocalApplication> item = m_service->item(m_localId);
                if (item && row < item->application.files.size())
                    m_service->removeFile(m_localId, item->application.files.at(row).id);
                showFiles();
            });
            scroll->setWidget(holder);
        } else {
            scroll->setWidget(page);
        }
        m_pages->addWidget(scroll);
        m_forms.append(page);
        m_stepIndex.append(i);
        m_steps->addItem(QCoreApplication::translate("Applications", steps.at(i).title));
        connect(page, &FormStepPage::edited, m_autosave, qOverload<>(&QTimer::start));
    }

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &ApplicationWizard::saveNow);

    m_error->setObjectName(QStringLiteral("wizardError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    m_send->setDefault(false);
    m_continue->setDefault(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_continue);
    buttons->addWidget(m_send);
    auto* left = new QVBoxLayout;
    left->addWidget(processTitle);
    left->addWidget(m_steps, 1);
    auto* body = new QHBoxLayout;
    body->addLayout(left);
    body->addWidget(m_pages, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, [this] { goTo(currentStep() - 1); });
    connect(m_continue, &QPushButton::clicked, this, &ApplicationWizard::next);
    connect(m_send, &QPushButton::clicked, this, &ApplicationWizard::send);
    connect(m_save, &QPushButton::clicked, this, [this] {
        saveNow();
        accept();
    });
    resizeInTextUnits(this, 150, 40);
    showFiles();
    goTo(0);
    // Wide enough for the longest step, marked and bold as the current one.
    QFont current = m_steps->font();
    current.setBold(true);
    int widest = 0;
    for (int row = 0; row < m_steps->count(); ++row)
        widest = std::max(widest,
                          QFontMetrics(current).horizontalAdvance(QStringLiteral("✓ ") + m_steps->item(row)->text()));
    m_steps->setFixedWidth(widest + 4 * fontMetrics().averageCharWidth());
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void ApplicationWizard::showFiles()
{
    const std::optional<LocalApplication> item = m_service->item(m_localId);
    if (!m_files || !item)
        return;
    QList<QByteArray> contents;
    for (const FileInfo& f : item->application.files)
        contents.append(m_service->fileData(f.id));
    m_files->setHeld(item->application.files, contents);
}

int ApplicationWizard::currentStep() const
{
    return m_pages->currentIndex();
}

int ApplicationWizard::stepCount() const
{
    return int(m_forms.size());
}

FormStepPage* ApplicationWizard::page(int step) const
{
    return m_forms.value(step);
}

QString ApplicationWizard::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QJsonObject ApplicationWizard::form() const
{
    QJsonObject all;
    for (const FormStepPage* page : m_forms) {
        const QJsonObject values = page->values();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            all.insert(it.key(), it.value());
    }
    return all;
}

void ApplicationWizard::goTo(int step)
{
    if (step < 0 || step >= stepCount())
        return;
    m_reached = std::max(m_reached, step);
    m_pages->setCurrentIndex(step);
    m_error->hide();
    // Row 0 is the choice of the type, always passed.
    for (int row = 0; row < m_steps->count(); ++row) {
        QListWidgetItem* item = m_steps->item(row);
        const int at = row - 1;
        const bool current = at == step;
        const bool passed = row == 0 || at < step;
        QString title = item->data(Qt::UserRole).toString();
        if (title.isEmpty()) {
            title = item->text();
            item->setData(Qt::UserRole, title);
        }
        const QString numbered = QStringLiteral("%1. %2").arg(row + 1).arg(title);
        item->setText(passed ? QStringLiteral("✓ ") + numbered : QStringLiteral("    ") + numbered);
        QFont f = item->font();
        f.setBold(current);
        item->setFont(f);
        item->setForeground(current ? QColor(0x0b, 0x57, 0xd0) : palette().color(QPalette::Text));
        item->setData(Qt::AccessibleTextRole, current  ? tr("%1 (current step)").arg(numbered)
                                              : passed ? tr("%1 (passed)").arg(numbered)
                                                       : numbered);
    }
    const bool last = step == stepCount() - 1;
    m_back->setEnabled(step > 0);
    m_continue->setVisible(!last);
    m_send->setVisible(last);
    // Focus where the person types: the step's first field.
    if (FormStepPage* page = m_forms.value(step)) {
        const QList<QWidget*> fields = page->findChildren<QWidget*>(QRegularExpression(QStringLiteral("^field_")));
        if (!fields.isEmpty())
            fields.first()->setFocus();
    }
}

void ApplicationWizard::showError(const Error& error, int step)
{
    FormStepPage* page = m_forms.value(step);
    if (!page)
        return;
    if (step != currentStep())
        goTo(step);
    const QString message = error.message.isEmpty() ? error.code : error.message;
    const QString text = error.field.isEmpty() ? message : tr("«%1»: %2").arg(page->labelFor(error.field), message);
    m_error->setText(text);
    m_error->setAccessibleName(text);
    m_error->show();
    if (QWidget* w = page->widgetFor(error.field))
        w->setFocus();
}

void ApplicationWizard::saveNow()
{
    m_autosave->stop();
    const Status saved = m_service->saveDraft(m_localId, form());
    if (!saved.ok() && saved.error().code != QLatin1String(errc::ApplicationNotDraft))
        showError(saved.error(), currentStep());
}

void ApplicationWizard::next()
{
    const int step = currentStep();
    saveNow();
    if (const std::optional<Error> refused = m_service->checkStep(m_localId, m_stepIndex.value(step), form()))
        return showError(*refused, step);
    goTo(step + 1);
}

void ApplicationWizard::send()
{
    saveNow();
    const QJsonObject all = form();
    // The first step that refuses shows its field.
    for (int step = 0; step < stepCount(); ++step) {
        if (const std::optional<Error> refused = m_service->checkStep(m_localId, m_stepIndex.value(step), all))
            return showError(*refused, step);
    }
    const Status sent = m_service->submit(m_localId, all);
    if (!sent.ok())
        return showError(sent.error(), currentStep());
    accept();
}

void ApplicationWizard::done(int result)
{
    // Closed by any way (Esc, the window's cross): what was typed is kept.
    if (m_autosave->isActive())
        saveNow();
    QDialog::done(result);
}

} // namespace mygas
