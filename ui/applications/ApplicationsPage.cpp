#include "ui/applications/ApplicationsPage.h"

#include "models/accounts/ContractsModel.h"
#include "models/applications/ApplicationForm.h"
#include "models/applications/ApplicationsModel.h"
#include "models/core/DisplayFormat.h"
#include "models/requests/RequestHistoryModel.h"
#include "services/accounts/AccountsService.h"
#include "services/applications/ApplicationsService.h"
#include "services/cache/CacheStore.h"
#include "ui/applications/ApplicationWizard.h"
#include "ui/applications/ConnectionSurveyDialog.h"
#include "ui/applications/NewApplicationDialog.h"
#include "ui/files/AttachedFilesList.h"
#include "ui/files/AttachmentsBox.h"
#include "ui/widgets/DialogButtons.h"
#include "ui/widgets/Tables.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mygas {

namespace {
QLabel* heading(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    l->setFont(f);
    return l;
}

bool isDraft(const ApplicationRow& r)
{
    return r.application.status == QLatin1String(applications::kDraft);
}
} // namespace

ApplicationsPage::ApplicationsPage(const ClientServices& services, QWidget* parent)
    : QWidget(parent), m_services(services), m_model(new ApplicationsModel(this)),
      m_contracts(new ContractsModel(this)),
      m_table(makeTable(QStringLiteral("applicationsTable"), tr("Applications for contracts"), m_model, this)),
      m_contractsTable(
          makeTable(QStringLiteral("concludedContractsTable"), tr("Concluded contracts"), m_contracts, this)),
      m_empty(new QLabel(tr("There are no applications yet."), this)), m_problem(new QLabel(this)),
      m_hideDrafts(new QCheckBox(tr("&Hide drafts"), this)),
      m_new(makeButton(tr("Conclusion of a &new contract"), QStringLiteral("newApplicationButton"), this)),
      m_continue(makeButton(tr("C&ontinue filling in"), QStringLiteral("continueApplicationButton"), this)),
      m_details(makeButton(tr("&Details"), QStringLiteral("applicationDetailsButton"), this)),
      m_reply(makeButton(tr("Reply to the &operator"), QStringLiteral("applicationReplyButton"), this)),
      m_remove(makeButton(tr("&Delete"), QStringLiteral("removeApplicationButton"), this))
{
    setObjectName(QStringLiteral("menuContractsPage"));
    m_hideDrafts->setObjectName(QStringLiteral("hideDraftsSwitch"));
    m_hideDrafts->setAccessibleName(tr("Hide drafts"));
    m_empty->setObjectName(QStringLiteral("applicationsEmpty"));
    m_problem->setObjectName(QStringLiteral("applicationProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    // Two short rows rather than one long one: the page fits at 200 %.
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_new, m_continue, m_remove})
        actions->addWidget(b);
    actions->addStretch(1);
    auto* more = new QHBoxLayout;
    for (QPushButton* b : {m_details, m_reply})
        more->addWidget(b);
    more->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Applications for contracts"), this));
    layout->addLayout(actions);
    layout->addLayout(more);
    layout->addWidget(m_hideDrafts, 0, Qt::AlignLeft);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_problem);
    layout->addWidget(heading(tr("Concluded contracts"), this));
    layout->addWidget(m_contractsTable, 1);

    connect(m_hideDrafts, &QCheckBox::toggled, this, &ApplicationsPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ApplicationsPage::updateButtons);
    connect(m_new, &QPushButton::clicked, this, &ApplicationsPage::startNew);
    connect(m_continue, &QPushButton::clicked, this, [this] { continueDraft(currentLocalId()); });
    connect(m_details, &QPushButton::clicked, this, &ApplicationsPage::showDetails);
    connect(m_reply, &QPushButton::clicked, this, &ApplicationsPage::answer);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_services.applications)
            m_services.applications->remove(currentLocalId());
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        const int row = m_table->currentIndex().row();
        if (row >= 0 && isDraft(m_model->rows().at(row)))
            continueDraft(currentLocalId());
        else
            showDetails();
    });
    if (m_services.applications)
        connect(m_services.applications, &ApplicationsService::changed, this, &ApplicationsPage::reload);
    if (m_services.cache)
        connect(m_services.cache, &CacheStore::changed, this, &ApplicationsPage::reload);
    reload();
}

qint64 ApplicationsPage::currentLocalId() const
{
    const int row = m_table->currentIndex().row();
    return row >= 0 && row < m_model->rowCount() ? m_model->rows().at(row).localId : 0;
}

void ApplicationsPage::reload()
{
    const qint64 current = currentLocalId();
    QHash<QString, QString> names;
    QList<Company> companies;
    if (m_services.cache && m_services.cache->isOpen()) {
        companies = m_services.cache->companies();
        for (const Company& c : std::as_const(companies))
            names.insert(c.id, c.name);
        QList<Contract> contracts;
        for (const Account& a : m_services.cache->accounts())
            contracts += m_services.cache->contracts(a.id, false);
        m_contracts->setContracts(contracts);
    }
    QList<ApplicationRow> rows;
    if (m_services.applications && m_services.applications->isOpen()) {
        for (const LocalApplication& a : m_services.applications->items()) {
            ApplicationRow r{a.localId, a.application, names.value(a.application.companyId, a.application.companyId),
                             a.pending == LocalApplication::Pending::Submit ||
                                 a.pending == LocalApplication::Pending::Reply,
                             a.error.message};
            if (m_hideDrafts->isChecked() && isDraft(r) && !r.waiting)
                continue;
            rows.append(r);
        }
    }
    m_model->setRows(rows);
    fitColumns(m_table);
    fitColumns(m_contractsTable);
    m_empty->setVisible(rows.isEmpty());
    select(current);
}

void ApplicationsPage::select(qint64 localId)
{
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->rows().at(i).localId == localId)
            m_table->setCurrentIndex(m_model->index(i, 0));
    }
    updateButtons();
}

void ApplicationsPage::updateButtons()
{
    const int row = m_table->currentIndex().row();
    const bool has = row >= 0 && row < m_model->rowCount();
    const ApplicationRow r = has ? m_model->rows().at(row) : ApplicationRow{};
    const bool draft = has && isDraft(r) && !r.waiting;
    m_continue->setEnabled(draft);
    m_remove->setEnabled(draft);
    m_details->setEnabled(has);
    m_reply->setEnabled(has && !r.waiting && r.application.status == QLatin1String(requests::kClarification));
    m_new->setEnabled(m_services.applications && m_services.applications->isOpen());
    m_problem->setText(has && !r.problem.isEmpty() ? tr("Not accepted by the server: %1").arg(r.problem) : QString());
    m_problem->setAccessibleName(m_problem->text());
    m_problem->setVisible(!m_problem->text().isEmpty());
}

void ApplicationsPage::startNew()
{
    if (!m_services.applications || !m_services.cache)
        return;
    NewApplicationDialog dialog(m_services.cache->companies(), this);
    emit dialogOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.type() == QLatin1String(applications::kConnection)) {
        for (const Company& c : m_services.cache->companies()) {
            if (c.id == dialog.companyId() && !c.connectionSurvey.isEmpty())
                return survey({c}, false);
        }
    }
    begin(dialog.companyId(), dialog.type(), {}, {});
}

void ApplicationsPage::startConnection()
{
    if (!m_services.applications || !m_services.cache)
        return;
    const auto ask = [this]() {
        QList<Company> open;
        for (const Company& c : m_services.cache->companies()) {
            if (c.applicationsEnabled)
                open.append(c);
        }
        survey(open, true);
    };
    // At the first start the companies may not be in the cache yet; without
    // the server the list cannot be had, which is not «no company takes them».
    if (m_services.accounts && m_services.cache->companies().isEmpty())
        m_services.accounts->loadCompanies(this, [this, ask](const Status& loaded) {
            if (!loaded.ok() && m_services.cache->companies().isEmpty()) {
                m_problem->setText(loaded.error().message);
                m_problem->setAccessibleName(loaded.error().message);
                return m_problem->show();
            }
            ask();
        });
    else
        ask();
}

void ApplicationsPage::survey(const QList<Company>& companies, bool chooseCompany)
{
    ConnectionSurveyDialog dialog(companies, chooseCompany, this);
    emit dialogOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    begin(dialog.companyId(), QLatin1String(applications::kConnection), dialog.form(), dialog.replies());
}

void ApplicationsPage::begin(const QString& companyId, const QString& type, const QJsonObject& form,
                             const QList<applications::SurveyReply>& replies)
{
    const Result<qint64> made = m_services.applications->startDraft(companyId, type, form, replies);
    if (!made.ok()) {
        m_problem->setText(made.error().message);
        m_problem->show();
        return;
    }
    continueDraft(made.value());
}

void ApplicationsPage::continueDraft(qint64 localId)
{
    if (!m_services.applications || localId == 0)
        return;
    ApplicationWizard wizard(m_services.applications, localId, this);
    emit dialogOpened(&wizard);
    wizard.exec();
    // Back in the list on the application just worked on.
    reload();
    select(localId);
    m_table->setFocus();
}

void ApplicationsPage::showDetails()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount())
        return;
    const ApplicationRow r = m_model->rows().at(row);
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("applicationDetails"));
    dialog.setWindowTitle(tr("Details"));
    auto* summary = new QLabel(
        tr("%1, %2: %3")
            .arg(ApplicationsModel::typeName(r.application.type), r.companyName, ApplicationsModel::statusText(r)),
        &dialog);
    summary->setWordWrap(true);
    // A connection application's survey, as answered.
    QStringList answers;
    for (const applications::SurveyReply& a : r.application.survey)
        answers.append(tr("%1 — %2").arg(a.questionText, a.answerText));
    auto* survey = new QLabel(answers.join(QLatin1Char('\n')), &dialog);
    survey->setObjectName(QStringLiteral("applicationSurvey"));
    survey->setWordWrap(true);
    survey->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    survey->setVisible(!answers.isEmpty());
    // Its documents, opened from here (a draft's not yet sent from the PC).
    auto* files = new AttachedFilesList(m_services.downloads, &dialog);
    ApplicationsService* service = m_services.applications;
    QList<FileInfo> all = r.application.files;
    for (const RequestEvent& e : r.application.history)
        all += e.files; // those sent with an answer to the operator
    files->setFiles(QStringLiteral("/files"), all,
                    [service](const FileInfo& f) { return service ? service->fileData(f.id) : QByteArray(); });
    auto* history = new RequestHistoryModel(&dialog);
    history->setHistory(r.application.history);
    QTableView* table =
        makeTable(QStringLiteral("applicationHistoryTable"), tr("History of the application"), history, &dialog);
    auto* empty = new QLabel(tr("The application has not been sent yet."), &dialog);
    empty->setVisible(r.application.history.isEmpty());
    QDialogButtonBox* close = makeCloseButton(&dialog, tr("Close"), QStringLiteral("closeDetails"));
    connect(close, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(summary);
    layout->addWidget(survey);
    layout->addWidget(files);
    layout->addWidget(empty);
    layout->addWidget(table, 1);
    layout->addWidget(close);
    fitColumns(table);
    dialog.resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 20);
    emit dialogOpened(&dialog);
    dialog.exec();
}

void ApplicationsPage::answer()
{
    const qint64 localId = currentLocalId();
    const int row = m_table->currentIndex().row();
    if (!m_services.applications || row < 0)
        return;
    const ApplicationRow r = m_model->rows().at(row);
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("applicationReply"));
    dialog.setWindowTitle(tr("Reply to the operator"));
    QString question;
    for (const RequestEvent& e : r.application.history) {
        if (e.author == QLatin1String(requests::kOperator) && !e.comment.isEmpty())
            question = e.comment;
    }
    auto* asked = new QLabel(tr("The gas company asks: %1").arg(question), &dialog);
    asked->setWordWrap(true);
    auto* text = new QPlainTextEdit(&dialog);
    text->setObjectName(QStringLiteral("applicationAnswer"));
    text->setAccessibleName(tr("Your answer"));
    text->setTabChangesFocus(true);
    auto* error = new QLabel(&dialog);
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b00020"));
    error->hide();
    // «Прикрепить файл» as in «Заявки».
    auto* files = new AttachmentsBox(&dialog);
    const DialogButtons buttons = makeDialogButtons(&dialog, tr("Send"), QStringLiteral("sendApplicationAnswer"),
                                                    tr("Cancel"), QStringLiteral("cancelApplicationAnswer"));
    connect(buttons.box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons.accept, &QPushButton::clicked, &dialog, [&] {
        const Status sent = m_services.applications->reply(localId, text->toPlainText(), files->files());
        if (sent.ok())
            return dialog.accept();
        error->setText(sent.error().message);
        error->setAccessibleName(sent.error().message);
        error->show();
        text->setFocus();
    });
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(asked);
    layout->addWidget(text, 1);
    layout->addWidget(files);
    layout->addWidget(error);
    layout->addWidget(buttons.box);
    text->setFocus();
    emit dialogOpened(&dialog);
    dialog.exec();
}

} // namespace mygas
