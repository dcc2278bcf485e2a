#include "ui/settings/SettingsPage.h"

#include "models/auth/AuthRules.h"
#include "models/core/DisplayFormat.h"
#include "ui/settings/CardsBlock.h"
#include "ui/widgets/Tables.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace mygas {

namespace {
QPushButton* button(const QString& text, const QString& accessible, const char* objectName, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(objectName));
    b->setAccessibleName(accessible);
    return b;
}
} // namespace

SettingsPage::SettingsPage(PaymentsService* payments, QWidget* parent)
    : QWidget(parent), m_model(new HouseholdModel(this)),
      m_table(makeTable(QStringLiteral("settingsAccountsTable"), tr("Personal accounts"), m_model, this)),
      m_link(button(tr("Connect a personal account"), tr("Connect a personal account"), "settingsLinkButton", this)),
      m_rename(button(tr("Rename"), tr("Rename the selected personal account"), "settingsRenameButton", this)),
      m_unlink(button(tr("Disconnect"), tr("Disconnect the selected personal account"), "settingsUnlinkButton", this)),
      m_extended(button(tr("Connect"), tr("Connect the extended version for the selected personal account"),
                        "settingsExtendedButton", this)),
      m_pin(button(tr("Request a PIN code"), tr("Request a PIN code for the selected personal account"),
                   "settingsPinButton", this)),
      m_reminders(new QCheckBox(tr("Remind me to submit meter readings"), this))
{
    setObjectName(QStringLiteral("settingsPage"));
    auto* title = new QLabel(tr("Settings"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    title->setFont(big);
    auto* block = new QLabel(tr("Personal accounts"), this);
    QFont bold = block->font();
    bold.setBold(true);
    block->setFont(bold);
    block->setBuddy(m_table);
    auto* extendedNote =
        new QLabel(tr("The extended version opens the subscriber's data, settlements, contracts and acts."), this);
    extendedNote->setWordWrap(true);

    auto* readingsBlock = new QLabel(tr("Meter readings"), this);
    readingsBlock->setFont(bold);
    m_reminders->setObjectName(QStringLiteral("settingsRemindersCheck"));
    m_reminders->setAccessibleName(tr("Remind me to submit meter readings"));
    m_reminders->setChecked(true);
    auto* remindersNote = new QLabel(tr("A notification when the gas company starts accepting readings and two days "
                                        "before it stops, while a meter has no reading for the period."),
                                     this);
    remindersNote->setWordWrap(true);

    auto* buttons = new QGridLayout;
    buttons->addWidget(m_link, 0, 0);
    buttons->addWidget(m_rename, 0, 1);
    buttons->addWidget(m_unlink, 0, 2);
    buttons->addWidget(m_extended, 1, 0);
    buttons->addWidget(m_pin, 1, 1, 1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(block);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(extendedNote);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(readingsBlock);
    layout->addWidget(m_reminders);
    layout->addWidget(remindersNote);
    layout->addSpacing(fontMetrics().height());

    connect(m_link, &QPushButton::clicked, this, &SettingsPage::linkRequested);
    connect(m_rename, &QPushButton::clicked, this, [this]() { emit renameRequested(selectedId()); });
    connect(m_unlink, &QPushButton::clicked, this, [this]() { emit unlinkRequested(selectedId()); });
    connect(m_extended, &QPushButton::clicked, this, [this]() { emit extendedRequested(selectedId()); });
    connect(m_pin, &QPushButton::clicked, this, [this]() { emit pinRequested(selectedId()); });
    connect(m_reminders, &QCheckBox::toggled, this, &SettingsPage::remindersToggled);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SettingsPage::updateButtons);
    updateButtons();
    if (payments) {
        m_cards = new CardsBlock(payments, this);
        layout->addWidget(m_cards);
    }
}

void SettingsPage::setRows(const QList<HouseholdModel::Row>& rows)
{
    const QString keep = selectedId();
    m_model->setRows(rows);
    fitColumns(m_table);
    m_link->setEnabled(rows.size() < rules::kMaxAccounts);
    m_link->setToolTip(m_link->isEnabled() ? QString()
                                           : tr("At most three personal accounts can be connected to one login."));
    select(keep);
}

void SettingsPage::setRemindersEnabled(bool on)
{
    const QSignalBlocker quiet(m_reminders);
    m_reminders->setChecked(on);
}

QString SettingsPage::selectedId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0).data(display::IdRole).toString() : QString();
}

void SettingsPage::select(const QString& accountId)
{
    int row = 0;
    for (int i = 0; i < m_model->rows().size(); ++i) {
        if (m_model->rows().at(i).account.id == accountId)
            row = i;
    }
    if (m_model->rowCount() > 0)
        m_table->selectRow(row);
    updateButtons();
}

void SettingsPage::updateButtons()
{
    const QString id = selectedId();
    bool extended = false;
    for (const HouseholdModel::Row& r : m_model->rows()) {
        if (r.account.id == id)
            extended = r.account.access == Access::Extended;
    }
    m_rename->setEnabled(!id.isEmpty());
    m_unlink->setEnabled(!id.isEmpty());
    m_extended->setEnabled(!id.isEmpty() && !extended);
    m_pin->setEnabled(!id.isEmpty() && !extended);
}

void SettingsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_cards)
        m_cards->refresh();
}

} // namespace mygas
