#include "ui/readings/ReadingsSubmitDialog.h"

#include "models/accounts/AccountListModel.h"
#include "models/accounts/AccountRules.h"
#include "models/core/DisplayFormat.h"
#include "models/core/ErrorCatalog.h"
#include "models/core/TextTableModel.h"
#include "services/readings/ReadingsService.h"
#include "ui/widgets/DialogButtons.h"
#include "ui/widgets/StatusBanner.h"
#include "ui/widgets/Tables.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mygas {

namespace {
// Longer than the API client's own timeout: by then the send has failed and
// the reading waits in the outbox.
constexpr int kAnswerTimeoutMs = 40000;

QString serialTextOf(const Meter& meter, Access access)
{
    if (access == Access::Extended || meter.serial.contains(QLatin1Char('*')))
        return meter.serial;
    return rules::maskSerial(meter.serial);
}

Error failure(const QString& message)
{
    Error e;
    e.message = message;
    return e;
}

bool blocks(const QString& code)
{
    return code == QLatin1String(errc::MeterInactive) || code == QLatin1String(errc::VerificationExpired);
}
} // namespace

ReadingsSubmitDialog::ReadingsSubmitDialog(ReadingsService* readings, QWidget* parent)
    : QDialog(parent), m_readings(readings), m_title(new QLabel(this)), m_windowLine(new QLabel(this)),
      m_warning(new QLabel(this)), m_pages(new QStackedWidget(this)), m_form(new QWidget(this)),
      m_grid(new QGridLayout(m_form)), m_results(new TextTableModel({tr("Meter"), tr("Result")}, this)),
      m_resultsTable(makeTable(QStringLiteral("readingResultsTable"), tr("Result of the submission"), m_results, this)),
      m_banner(new StatusBanner(QStringLiteral("readingsSubmitBanner"), this)), m_answerTimeout(new QTimer(this))
{
    setObjectName(QStringLiteral("readingsSubmitDialog"));
    setWindowTitle(tr("Submitting meter readings"));
    m_title->setObjectName(QStringLiteral("readingsSubmitTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_windowLine->setObjectName(QStringLiteral("readingsWindowLine"));
    m_windowLine->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("readingsCheckWarning"));
    m_warning->setWordWrap(true);
    // The manual's warning (4.3.2.2 point 1).
    m_warning->setText(tr("A ticked meter's reading is sent even if you did not change its value: the gas company "
                          "then takes a reading equal to the previous one for this period, which may lead to wrong "
                          "charges in the next period. Untick the meters whose readings you are not sending."));

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("readingsFormScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes straight to the meters' boxes and fields
    scroll->setWidget(m_form);
    m_grid->setColumnStretch(0, 2);
    m_grid->setColumnStretch(1, 2);
    m_grid->setColumnStretch(3, 1);
    m_pages->addWidget(scroll);
    m_pages->addWidget(m_resultsTable);

    const DialogButtons buttons = makeDialogButtons(this, tr("Submit"), QStringLiteral("readingsSubmitButton"),
                                                    tr("Cancel"), QStringLiteral("readingsCancelButton"));
    m_submit = buttons.accept;
    m_cancel = buttons.reject;
    m_submit->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_windowLine);
    layout->addWidget(m_warning);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_banner);
    layout->addWidget(buttons.box);

    connect(m_submit, &QPushButton::clicked, this, &ReadingsSubmitDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    if (m_readings) {
        connect(m_readings, &ReadingsService::answered, this,
                [this](const QString& key, const QString&, const ReadingAnswer& answer, const Error& error) {
                    showAnswer(key, answer, error);
                });
        // No answer because the server cannot be reached.
        connect(m_readings, &ReadingsService::queued, this, [this](const QString& key) {
            if (m_stage == Stage::Sending && key == m_key)
                showQueued();
        });
    }
    m_answerTimeout->setSingleShot(true);
    m_answerTimeout->setInterval(kAnswerTimeoutMs);
    connect(m_answerTimeout, &QTimer::timeout, this, [this]() {
        if (m_stage == Stage::Sending)
            showQueued();
    });
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 26);
}

void ReadingsSubmitDialog::start(const Account& account, const Company& company, const QList<Meter>& meters)
{
    m_replacing.clear();
    fill(account, company, meters);
}

void ReadingsSubmitDialog::startCorrection(const Account& account, const Company& company, const QList<Meter>& meters,
                                           const OutboxEntry& refused)
{
    fill(account, company, meters);
    m_replacing = refused.key;
    for (Row& row : m_rows) {
        if (row.blocked)
            continue;
        const auto item = std::find_if(refused.items.begin(), refused.items.end(),
                                       [&](const ReadingItem& i) { return i.meterId == row.meter.id; });
        row.check->setChecked(item != refused.items.end());
        if (item != refused.items.end()) {
            row.edit->setText(QString::number(item->value));
            showVerdict(row, true);
        }
    }
    for (const Row& row : m_rows) {
        if (row.check->isChecked()) {
            row.edit->setFocus();
            row.edit->selectAll();
            break;
        }
    }
}

void ReadingsSubmitDialog::fill(const Account& account, const Company& company, const QList<Meter>& meters)
{
    m_account = account;
    m_company = company;
    m_key.clear();
    m_today = rules::providerToday(company);
    m_window = rules::readingWindow(company, m_today);
    m_title->setText(tr("Personal account %1").arg(AccountListModel::title(account)));
    if (m_window.open) {
        m_windowLine->setStyleSheet(QString());
        m_windowLine->setText(tr("Readings are accepted from day %1 to day %2 of the month, %3 days left")
                                  .arg(company.readingFromDay)
                                  .arg(company.readingToDay)
                                  .arg(m_window.daysLeft));
    } else {
        m_windowLine->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_windowLine->setText(
            rules::readingMessage(QString::fromLatin1(errc::OutsideWindow), Meter{}, company, m_today));
    }
    m_windowLine->setAccessibleName(m_windowLine->text());
    clearRows();
    for (const Meter& m : meters)
        addRow(m, serialTextOf(m, account.access));
    // The rows stay at the top; the space left goes below them.
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, 0);
    m_grid->setRowStretch(int(m_rows.size()) * 2, 1);
    m_results->setRows({});
    m_banner->clear();
    setStage(Stage::Form);
    for (const Row& row : m_rows) {
        if (row.edit->isEnabled()) {
            row.edit->setFocus();
            break;
        }
    }
}

void ReadingsSubmitDialog::clearRows()
{
    for (const Row& row : m_rows) {
        for (QWidget* w :
             {static_cast<QWidget*>(row.check), static_cast<QWidget*>(row.last), static_cast<QWidget*>(row.edit),
              static_cast<QWidget*>(row.consumption), static_cast<QWidget*>(row.message)})
            delete w;
    }
    m_rows.clear();
}

void ReadingsSubmitDialog::addRow(const Meter& meter, const QString& serialText)
{
    const int i = int(m_rows.size());
    const QString suffix = QString::number(i);
    const QString who = tr("%1, serial number %2").arg(meter.name, serialText);
    Row row;
    row.meter = meter;
    row.check = new QCheckBox(who, m_form);
    row.check->setObjectName(QStringLiteral("readingCheck") + suffix);
    row.check->setAccessibleName(tr("Send the reading of %1").arg(who));
    row.last =
        new QLabel(meter.lastReadingDate.isValid()
                       ? tr("Last reading: %1 of %2").arg(meter.lastReading).arg(display::date(meter.lastReadingDate))
                       : tr("Last reading: %1").arg(meter.lastReading),
                   m_form);
    row.last->setObjectName(QStringLiteral("readingLast") + suffix);
    row.last->setWordWrap(true);
    row.edit = new QLineEdit(m_form);
    row.edit->setObjectName(QStringLiteral("readingEdit") + suffix);
    row.edit->setAccessibleName(tr("Current reading of %1").arg(who));
    row.edit->setPlaceholderText(QString::number(meter.lastReading));
    // No validator: one that drops a typed «.» would turn «5280.5» into
    // 52805 unseen. What was typed stays and is judged as typed.
    row.edit->setMaxLength(40);
    // Room for a meter's whole reading whatever «Расход» beside it says.
    row.edit->setMinimumWidth(row.edit->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) +
                              row.edit->fontMetrics().averageCharWidth() * 2);
    row.last->setBuddy(row.edit);
    row.consumption = new QLabel(m_form);
    row.consumption->setObjectName(QStringLiteral("readingConsumption") + suffix);
    row.consumption->setMinimumWidth(
        row.consumption->fontMetrics().horizontalAdvance(tr("Consumption: %1 m³").arg(99999)));
    row.message = new QLabel(m_form);
    row.message->setObjectName(QStringLiteral("readingMessage") + suffix);
    row.message->setWordWrap(true);
    row.message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    row.message->setVisible(false);

    // A meter out of service or past its verification date takes no reading.
    const QString blocked = rules::checkReading(meter, m_company, meter.lastReading, m_today).code;
    row.blocked = blocks(blocked);
    row.check->setChecked(!row.blocked);
    row.check->setEnabled(!row.blocked && m_window.open);
    row.edit->setEnabled(!row.blocked && m_window.open);
    if (row.blocked) {
        row.message->setText(rules::readingMessage(blocked, meter, m_company, m_today));
        row.message->setVisible(true);
    }

    const int line = i * 2;
    m_grid->addWidget(row.check, line, 0);
    m_grid->addWidget(row.last, line, 1);
    m_grid->addWidget(row.edit, line, 2);
    m_grid->addWidget(row.consumption, line, 3);
    m_grid->addWidget(row.message, line + 1, 0, 1, 4);
    m_rows.append(row);

    QLineEdit* edit = row.edit;
    connect(row.edit, &QLineEdit::textEdited, this, [this, edit]() {
        for (Row& r : m_rows) {
            if (r.edit == edit)
                showVerdict(r, false);
        }
    });
    QCheckBox* check = row.check;
    connect(row.check, &QCheckBox::toggled, this, [this, check](bool on) {
        for (Row& r : m_rows) {
            if (r.check == check) {
                r.edit->setEnabled(on && m_window.open);
                showVerdict(r, false);
            }
        }
    });
}

ReadingsSubmitDialog::Verdict ReadingsSubmitDialog::judge(const Row& row, bool force) const
{
    Verdict v;
    if (row.blocked || !row.check->isChecked())
        return v;
    v.skipped = false;
    const QString text = row.edit->text().trimmed();
    if (text.isEmpty() && !force)
        return v;
    // An empty ticked field sends the previous reading again (the manual's warning).
    const rules::TypedReading typed = rules::judgeTypedReading(text, row.meter, m_company, m_today);
    v.parsed = typed.readable;
    v.value = typed.value;
    v.ok = typed.ok();
    if (!v.ok)
        v.message = rules::readingMessage(typed.check.code, row.meter, m_company, m_today);
    return v;
}

void ReadingsSubmitDialog::showVerdict(Row& row, bool force)
{
    if (row.blocked)
        return;
    const Verdict v = judge(row, force);
    const bool typed = !v.skipped && (force || !row.edit->text().trimmed().isEmpty());
    QString consumption;
    if (typed && v.parsed) {
        const rules::ReadingCheck check = rules::checkReading(row.meter, m_company, v.value, m_today);
        // The consumption is meaningful also when it is refused for its size.
        if (check.ok() || check.code == QLatin1String(errc::ConsumptionOverLimit) ||
            check.code == QLatin1String(errc::ZeroConsumption))
            consumption = tr("Consumption: %1 m³").arg(check.consumption);
    }
    row.consumption->setText(consumption);
    row.consumption->setAccessibleName(consumption);
    row.message->setText(typed ? v.message : QString());
    row.message->setVisible(typed && !v.message.isEmpty());
    row.edit->setAccessibleDescription(row.message->isVisible() ? v.message : consumption);
}

void ReadingsSubmitDialog::submit()
{
    if (m_stage != Stage::Form || !m_readings)
        return;
    if (!m_window.open) {
        m_banner->showNotice(m_windowLine->text());
        return;
    }
    QList<ReadingItem> items;
    QLineEdit* firstBad = nullptr;
    for (Row& row : m_rows) {
        showVerdict(row, true);
        const Verdict v = judge(row, true);
        if (v.skipped)
            continue;
        if (!v.ok) {
            if (!firstBad)
                firstBad = row.edit;
            continue;
        }
        items.append(ReadingItem{row.meter.id, v.value});
    }
    if (firstBad) {
        m_banner->showError(failure(tr("Correct the readings shown in red or untick those meters.")));
        firstBad->setFocus();
        return;
    }
    if (items.isEmpty()) {
        m_banner->showError(failure(tr("Tick at least one meter to submit its reading.")));
        return;
    }
    QList<ReadingResult> refused;
    const Result<QString> stored = m_readings->submit(m_account.id, items, &refused);
    if (!stored.ok()) {
        for (const ReadingResult& r : refused) {
            for (Row& row : m_rows) {
                if (row.meter.id == r.meterId && !r.error.message.isEmpty()) {
                    row.message->setText(r.error.message);
                    row.message->setVisible(true);
                }
            }
        }
        m_banner->showError(stored.error());
        return;
    }
    m_key = stored.value();
    if (!m_replacing.isEmpty()) {
        m_readings->dismiss(m_replacing);
        m_replacing.clear();
    }
    setStage(Stage::Sending);
    m_banner->showNotice(tr("Submitting the readings…"));
    m_answerTimeout->start();
}

void ReadingsSubmitDialog::showQueued()
{
    m_answerTimeout->stop();
    m_key.clear();
    setStage(Stage::Form);
    emit queued(m_account.id);
    accept();
}

void ReadingsSubmitDialog::showAnswer(const QString& key, const ReadingAnswer& answer, const Error& whole)
{
    if (key.isEmpty() || key != m_key)
        return;
    m_answerTimeout->stop();
    QList<QStringList> lines;
    for (const ReadingResult& r : answer.results) {
        const Row* row = rowOf(r.meterId);
        const QString meter =
            row ? tr("%1, serial number %2").arg(row->meter.name, serialTextOf(row->meter, m_account.access))
                : r.meterId;
        QString verdict;
        if (r.accepted) {
            verdict = tr("Accepted, consumption %1 m³").arg(r.consumption);
        } else {
            verdict = r.error.message;
            if (verdict.isEmpty() && row)
                verdict = rules::readingMessage(r.error.code, row->meter, m_company, m_today);
            if (verdict.isEmpty())
                verdict = errorMessage(r.error.code);
            verdict = tr("Not accepted: %1").arg(verdict);
        }
        lines.append({meter, verdict});
    }
    m_results->setRows(lines);
    fitColumns(m_resultsTable);
    setStage(Stage::Results);
    const int accepted = answer.acceptedCount();
    if (answer.results.isEmpty()) {
        // Refused as a whole (no extended version any more, the account unlinked…).
        m_banner->showError(whole.code.isEmpty() ? failure(tr("The readings were not accepted.")) : whole);
    } else if (accepted == answer.results.size()) {
        m_banner->showNotice(tr("The gas company accepted the readings."));
    } else {
        m_banner->showError(failure(tr("Some readings were not accepted: correct them on the «Meters» page "
                                       "with «Correct» or remove them.")));
    }
    m_key.clear();
    m_resultsTable->setFocus();
}

void ReadingsSubmitDialog::setStage(Stage stage)
{
    m_stage = stage;
    m_pages->setCurrentIndex(stage == Stage::Results ? 1 : 0);
    m_form->setEnabled(stage == Stage::Form);
    m_submit->setVisible(stage != Stage::Results);
    m_submit->setEnabled(stage == Stage::Form && m_window.open);
    m_submit->setToolTip(m_window.open ? QString() : m_windowLine->text());
    m_warning->setVisible(stage != Stage::Results);
    const QString close = stage == Stage::Form ? tr("Cancel") : tr("Close");
    m_cancel->setText(close);
    m_cancel->setAccessibleName(close);
}

QString ReadingsSubmitDialog::meterId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).meter.id : QString();
}

QCheckBox* ReadingsSubmitDialog::checkBox(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).check : nullptr;
}

QLineEdit* ReadingsSubmitDialog::edit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).edit : nullptr;
}

QString ReadingsSubmitDialog::consumptionText(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).consumption->text() : QString();
}

QString ReadingsSubmitDialog::messageText(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const QLabel* m = m_rows.at(row).message;
    return m->isHidden() ? QString() : m->text();
}

QString ReadingsSubmitDialog::windowText() const
{
    return m_windowLine->text();
}

QString ReadingsSubmitDialog::bannerText() const
{
    return m_banner->text();
}

const ReadingsSubmitDialog::Row* ReadingsSubmitDialog::rowOf(const QString& meterId) const
{
    for (const Row& r : m_rows) {
        if (r.meter.id == meterId)
            return &r;
    }
    return nullptr;
}

} // namespace mygas
