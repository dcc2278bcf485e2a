#include "ui/readings/MetersSection.h"

#include "models/core/DisplayFormat.h"
#include "models/core/ErrorCatalog.h"
#include "models/readings/MetersModel.h"
#include "models/readings/ReadingRules.h"
#include "services/cache/CacheStore.h"
#include "services/readings/ReadingsService.h"
#include "ui/readings/ReadingsHistoryDialog.h"
#include "ui/readings/ReadingsSubmitDialog.h"
#include "ui/widgets/StatusBanner.h"
#include "ui/widgets/Tables.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace mygas {

MetersSection::MetersSection(const ClientServices& services, QWidget* parent)
    : AccountSection(services.cache, parent), m_model(new MetersModel(this)), m_window(new QLabel(this)),
      m_table(makeTable(QStringLiteral("metersTable"), tr("Meters"), m_model, this)),
      m_empty(new QLabel(tr("No meter is registered on this account."), this)),
      m_historyButton(new QPushButton(tr("History"), this)),
      m_submitButton(new QPushButton(tr("Submit readings"), this)),
      m_extendedNote(new QLabel(tr("Readings can be submitted in the extended version of «My gas»."), this)),
      m_extendedButton(new QPushButton(tr("Connect the extended version"), this)),
      m_notice(new StatusBanner(QStringLiteral("metersNotice"), this)), m_outbox(new QWidget(this)),
      m_outboxRows(new QVBoxLayout)
{
    setObjectName(QStringLiteral("metersSection"));
    m_window->setObjectName(QStringLiteral("readingWindowLabel"));
    m_window->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("metersEmpty"));
    m_empty->setWordWrap(true);
    m_historyButton->setObjectName(QStringLiteral("meterHistoryButton"));
    m_historyButton->setAccessibleName(tr("Reading history of the selected meter"));
    m_submitButton->setObjectName(QStringLiteral("submitReadingsButton"));
    m_submitButton->setAccessibleName(tr("Submit readings"));
    m_extendedNote->setObjectName(QStringLiteral("metersExtendedNote"));
    m_extendedNote->setWordWrap(true);
    m_extendedNote->setEnabled(false); // greyed, as the button it explains
    m_extendedButton->setObjectName(QStringLiteral("metersExtendedButton"));
    m_extendedButton->setAccessibleName(tr("Connect the extended version"));

    m_outbox->setObjectName(QStringLiteral("readingsOutbox"));
    auto* outboxLayout = new QVBoxLayout(m_outbox);
    outboxLayout->setContentsMargins(0, 0, 0, 0);
    auto* outboxTitle = new QLabel(tr("Readings not yet accepted"), m_outbox);
    QFont bold = outboxTitle->font();
    bold.setBold(true);
    outboxTitle->setFont(bold);
    outboxLayout->addWidget(outboxTitle);
    outboxLayout->addLayout(m_outboxRows);
    m_outbox->setVisible(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_historyButton);
    buttons->addWidget(m_submitButton);
    buttons->addStretch(1);
    auto* offer = new QHBoxLayout;
    offer->addWidget(m_extendedNote, 1);
    offer->addWidget(m_extendedButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_window);
    layout->addWidget(m_notice);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addLayout(offer);
    layout->addWidget(m_outbox);
    connect(m_historyButton, &QPushButton::clicked, this, &MetersSection::openHistory);
    connect(m_table, &QTableView::activated, this, &MetersSection::openHistory);
    connect(m_submitButton, &QPushButton::clicked, this, &MetersSection::openSubmit);
    connect(m_extendedButton, &QPushButton::clicked, this, &MetersSection::extendedRequested);
    m_readings = services.readings;
    if (m_readings) {
        connect(m_readings, &ReadingsService::outboxChanged, this, [this](const QString& accountId) {
            if (accountId.isEmpty() || accountId == m_account.id)
                refreshOutbox();
        });
    }
}

void MetersSection::load(const Account& account)
{
    if (account.id != m_account.id)
        m_notice->clear();
    m_account = account;
    m_company = cache()->company(account.companyId);
    const QString keep = m_table->currentIndex().isValid()
                             ? m_table->currentIndex().siblingAtColumn(0).data(display::IdRole).toString()
                             : QString();
    m_model->setMeters(cache()->meters(account.id), account.access);
    fitColumns(m_table);
    const bool any = m_model->rowCount() > 0;
    m_empty->setVisible(!any);
    m_historyButton->setEnabled(any);
    if (any) {
        int row = 0;
        for (int i = 0; i < m_model->meters().size(); ++i) {
            if (m_model->meters().at(i).id == keep)
                row = i;
        }
        m_table->selectRow(row);
    }

    const bool extended = account.access == Access::Extended;
    m_submitButton->setEnabled(extended && any && m_readings && m_company);
    if (!extended)
        m_submitButton->setToolTip(tr("Available in the extended version"));
    else if (!m_company)
        m_submitButton->setToolTip(tr("The gas company's rules for readings have not been received yet: connect to "
                                      "the server once."));
    else
        m_submitButton->setToolTip(QString());
    m_extendedNote->setVisible(!extended);
    m_extendedButton->setVisible(!extended);
    updateWindow();
    refreshOutbox();
}

void MetersSection::updateWindow()
{
    if (!m_company) {
        m_window->clear();
        m_window->setVisible(false);
        return;
    }
    const QDate today = rules::providerToday(*m_company);
    const rules::ReadingWindow w = rules::readingWindow(*m_company, today);
    const QString text =
        w.open ? tr("Readings are accepted from day %1 to day %2 of the month, %3 days left")
                     .arg(m_company->readingFromDay)
                     .arg(m_company->readingToDay)
                     .arg(w.daysLeft)
               : rules::readingMessage(QString::fromLatin1(errc::OutsideWindow), Meter{}, *m_company, today);
    m_window->setText(text);
    m_window->setAccessibleName(text);
    m_window->setVisible(true);
}

QString MetersSection::windowText() const
{
    return m_window->isHidden() ? QString() : m_window->text();
}

QString MetersSection::noticeText() const
{
    return m_notice->text();
}

QString MetersSection::meterTitle(const QString& meterId) const
{
    for (const Meter& m : m_model->meters()) {
        if (m.id == meterId)
            return tr("%1, serial number %2").arg(m.name, m_model->serialText(m));
    }
    return meterId;
}

QString MetersSection::entryText(const OutboxEntry& entry) const
{
    QStringList lines;
    if (entry.state == OutboxEntry::State::Pending) {
        for (const ReadingItem& item : entry.items)
            lines << tr("Waiting to be sent: %1 — %2").arg(meterTitle(item.meterId)).arg(item.value);
        return lines.join(QLatin1Char('\n'));
    }
    for (const ReadingItem& item : entry.items) {
        QString reason;
        for (const ReadingResult& r : entry.results) {
            if (r.meterId == item.meterId)
                reason = messageFor(r.error);
        }
        if (reason.isEmpty())
            reason = messageFor(entry.error);
        lines << tr("Not accepted: %1 — %2. %3").arg(meterTitle(item.meterId)).arg(item.value).arg(reason);
    }
    if (lines.isEmpty() && !entry.error.code.isEmpty())
        lines << tr("Not accepted: %1").arg(messageFor(entry.error));
    return lines.join(QLatin1Char('\n'));
}

void MetersSection::refreshOutbox()
{
    qDeleteAll(m_outboxWidgets);
    m_outboxWidgets.clear();
    const QList<OutboxEntry> entries = m_readings && m_readings->isOpen() && !m_account.id.isEmpty()
                                           ? m_readings->outbox(m_account.id)
                                           : QList<OutboxEntry>();
    for (int i = 0; i < entries.size(); ++i) {
        const OutboxEntry& e = entries.at(i);
        const bool rejected = e.state == OutboxEntry::State::Rejected;
        auto* row = new QWidget(m_outbox);
        row->setObjectName(QStringLiteral("outboxEntry%1").arg(i));
        auto* line = new QHBoxLayout(row);
        line->setContentsMargins(0, 0, 0, 0);
        auto* text = new QLabel(entryText(e), row);
        text->setObjectName(QStringLiteral("outboxText%1").arg(i));
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setAccessibleName(text->text());
        if (rejected)
            text->setStyleSheet(QStringLiteral("color: #b3261e;"));
        line->addWidget(text, 1);
        if (rejected) {
            auto* fix = new QPushButton(tr("Correct"), row);
            fix->setObjectName(QStringLiteral("outboxCorrectButton%1").arg(i));
            fix->setAccessibleName(tr("Correct the refused readings"));
            fix->setEnabled(m_company.has_value());
            auto* remove = new QPushButton(tr("Remove"), row);
            remove->setObjectName(QStringLiteral("outboxRemoveButton%1").arg(i));
            remove->setAccessibleName(tr("Remove the refused readings"));
            line->addWidget(fix, 0, Qt::AlignTop);
            line->addWidget(remove, 0, Qt::AlignTop);
            const QString key = e.key;
            connect(fix, &QPushButton::clicked, this, [this, key]() { correct(key); });
            connect(remove, &QPushButton::clicked, this, [this, key]() {
                if (m_readings)
                    m_readings->dismiss(key);
            });
        }
        m_outboxRows->addWidget(row);
        m_outboxWidgets.append(row);
    }
    m_outbox->setVisible(!entries.isEmpty());
    // «… wait to be sent» holds only while something waits.
    const bool pending = std::any_of(entries.begin(), entries.end(),
                                     [](const OutboxEntry& e) { return e.state == OutboxEntry::State::Pending; });
    if (!pending)
        m_notice->clear();
}

QStringList MetersSection::outboxTexts() const
{
    QStringList texts;
    for (QWidget* row : m_outboxWidgets) {
        if (auto* label = row->findChild<QLabel*>())
            texts << label->text();
    }
    return texts;
}

ReadingsSubmitDialog* MetersSection::submitDialogFor()
{
    if (!m_submit) {
        m_submit = new ReadingsSubmitDialog(m_readings, this);
        connect(m_submit, &ReadingsSubmitDialog::queued, this, [this](const QString& accountId) {
            if (accountId == m_account.id)
                m_notice->showNotice(tr("No connection to the server: the readings are saved and wait to be sent. "
                                        "They will be sent as soon as the connection returns."));
        });
    }
    return m_submit;
}

void MetersSection::openSubmit()
{
    if (!m_readings || !m_company || m_account.access != Access::Extended)
        return;
    m_notice->clear();
    ReadingsSubmitDialog* d = submitDialogFor();
    d->start(m_account, *m_company, m_model->meters());
    d->show();
    d->raise();
    d->activateWindow();
}

void MetersSection::correct(const QString& entryKey)
{
    if (!m_readings || !m_company)
        return;
    for (const OutboxEntry& e : m_readings->outbox(m_account.id)) {
        if (e.key != entryKey)
            continue;
        ReadingsSubmitDialog* d = submitDialogFor();
        d->startCorrection(m_account, *m_company, m_model->meters(), e);
        d->show();
        d->raise();
        d->activateWindow();
        return;
    }
}

void MetersSection::openHistory()
{
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? current.row() : 0;
    if (row >= m_model->meters().size())
        return;
    if (!m_history)
        m_history = new ReadingsHistoryDialog(cache(), this);
    m_history->showMeter(m_model->meters().at(row), m_model->serialText(m_model->meters().at(row)));
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
}

} // namespace mygas
