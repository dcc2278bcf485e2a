#include "ui/requests/RequestsSection.h"

#include "models/core/ApiPaths.h"
#include "models/core/DisplayFormat.h"
#include "models/requests/RequestHistoryModel.h"
#include "models/requests/RequestsModel.h"
#include "services/cache/CacheStore.h"
#include "services/requests/RequestsService.h"
#include "ui/files/AttachedFilesList.h"
#include "ui/requests/ReplyDialog.h"
#include "ui/requests/RequestDialog.h"
#include "ui/widgets/DialogButtons.h"
#include "ui/widgets/Tables.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace mygas {

namespace {
// Outbox rows carry their key in the id, so that they are told from requests.
const QString kOutboxPrefix = QStringLiteral("outbox:");

} // namespace

RequestsSection::RequestsSection(const ClientServices& services, QWidget* parent)
    : AccountSection(services.cache, parent), m_requests(services.requests), m_model(new RequestsModel(this)),
      m_history(new RequestHistoryModel(this)),
      m_table(
          makeTable(QStringLiteral("requestsTable"), tr("Requests for maintenance and recalculation"), m_model, this)),
      m_historyTable(makeTable(QStringLiteral("requestHistoryTable"), tr("History of the request"), m_history, this)),
      m_details(new QLabel(this)), m_empty(new QLabel(tr("There are no requests yet."), this)),
      m_maintenance(makeButton(tr("Request for &maintenance"), QStringLiteral("maintenanceRequestButton"), this)),
      m_recalculation(makeButton(tr("Request for re&calculation"), QStringLiteral("recalculationRequestButton"), this)),
      m_reply(makeButton(tr("Reply to the &operator"), QStringLiteral("replyButton"), this)),
      m_remove(makeButton(tr("&Remove"), QStringLiteral("removeRequestButton"), this)),
      m_files(new AttachedFilesList(services.downloads, this))
{
    setObjectName(QStringLiteral("requestsSection"));
    m_details->setObjectName(QStringLiteral("requestHistoryTitle"));
    m_details->setWordWrap(true);
    QFont bold = m_details->font();
    bold.setBold(true);
    m_details->setFont(bold);
    m_empty->setObjectName(QStringLiteral("requestsEmpty"));
    m_remove->setToolTip(tr("Removes a request the server did not accept"));
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_maintenance, m_recalculation, m_reply, m_remove})
        actions->addWidget(b);
    actions->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_details);
    layout->addWidget(m_historyTable, 1);
    layout->addWidget(m_files);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showRequest(current.row()); });
    connect(m_maintenance, &QPushButton::clicked, this,
            [this] { openRequestDialog(QLatin1String(requests::kMaintenance)); });
    connect(m_recalculation, &QPushButton::clicked, this,
            [this] { openRequestDialog(QLatin1String(requests::kRecalculation)); });
    connect(m_reply, &QPushButton::clicked, this, &RequestsSection::openReplyDialog);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentIndex().row();
        if (row >= 0 && m_requests)
            m_requests->dismiss(m_model->requests().at(row).id.mid(kOutboxPrefix.size()));
    });
    if (m_requests) {
        connect(m_requests, &RequestsService::outboxChanged, this, [this](const QString& accountId) {
            if (accountId == m_account.id)
                load(m_account);
        });
    }
    const bool canSend = m_requests != nullptr;
    m_maintenance->setEnabled(canSend);
    m_recalculation->setEnabled(canSend);
}

QList<ServiceRequest> RequestsSection::rows() const
{
    QList<ServiceRequest> all = cache()->requests(m_account.id);
    if (!m_requests)
        return all;
    for (const RequestOutboxEntry& e : m_requests->outbox(m_account.id)) {
        const QString status =
            QLatin1String(e.state == RequestOutboxEntry::State::Pending ? requests::kWaiting : requests::kNotSent);
        const QString at = e.createdAt.toUTC().toString(Qt::ISODate);
        const RequestEvent event{status,
                                 at,
                                 QLatin1String(requests::kAbonent),
                                 e.isReply() ? e.body.value(QLatin1String("comment")).toString() : e.error.message,
                                 {}};
        if (e.isReply()) {
            // An answer waits under the request it answers.
            for (ServiceRequest& r : all) {
                if (r.id == e.requestId)
                    r.history.append(event);
            }
            continue;
        }
        ServiceRequest r = ServiceRequest::fromJson(e.body);
        r.id = kOutboxPrefix + e.key;
        r.accountId = e.accountId;
        r.status = status;
        r.createdAt = at;
        r.history = {event};
        all.append(r);
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const ServiceRequest& a, const ServiceRequest& b) { return a.createdAt > b.createdAt; });
    return all;
}

void RequestsSection::load(const Account& account)
{
    const QString chosen =
        m_table->currentIndex().isValid() ? m_model->requests().value(m_table->currentIndex().row()).id : QString();
    const bool another = account.id != m_account.id;
    m_account = account;
    m_model->setRequests(rows());
    fitColumns(m_table);
    const bool any = m_model->rowCount() > 0;
    m_empty->setVisible(!any);
    m_details->setVisible(any);
    m_historyTable->setVisible(any);
    // The chosen request stays chosen when the list is painted again.
    int row = any ? 0 : -1;
    for (int i = 0; !another && i < m_model->requests().size(); ++i) {
        if (m_model->requests().at(i).id == chosen)
            row = i;
    }
    choose(row);
}

void RequestsSection::choose(int row)
{
    if (row >= 0)
        m_table->selectRow(row);
    showRequest(row);
}

void RequestsSection::showRequest(int row)
{
    const bool valid = row >= 0 && row < m_model->requests().size();
    const ServiceRequest r = valid ? m_model->requests().at(row) : ServiceRequest{};
    const bool asked = r.status == QLatin1String(requests::kClarification) &&
                       r.history.last().status != QLatin1String(requests::kWaiting);
    m_reply->setEnabled(m_requests && asked);
    m_remove->setVisible(r.status == QLatin1String(requests::kNotSent));
    if (!valid) {
        m_history->setHistory({});
        m_details->clear();
        m_files->setFiles({}, {});
        return;
    }
    m_history->setHistory(r.history);
    // The files of every step, opened from here («Открыть файл»).
    QList<FileInfo> files;
    for (const RequestEvent& e : r.history)
        files += e.files;
    m_files->setFiles(api::accountPath(m_account.id, QStringLiteral("/files")), files);
    fitColumns(m_historyTable);
    m_details->setText(tr("History: %1 of %2, %3")
                           .arg(RequestsModel::kindName(r.kind),
                                display::dateTime(QDateTime::fromString(r.createdAt, Qt::ISODate)),
                                RequestsModel::statusName(r.status)));
}

void RequestsSection::openRequestDialog(const QString& kind)
{
    const std::optional<Company> company = cache()->company(m_account.companyId);
    if (!company)
        return;
    auto* dialog = new RequestDialog(m_requests, m_account, *company, kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    emit dialogOpened(dialog);
}

void RequestsSection::openReplyDialog()
{
    const int row = m_table->currentIndex().row();
    if (row < 0)
        return;
    auto* dialog = new ReplyDialog(m_requests, m_model->requests().at(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    emit dialogOpened(dialog);
}

} // namespace mygas
