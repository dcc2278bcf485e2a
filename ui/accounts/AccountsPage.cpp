#include "ui/accounts/AccountsPage.h"

#include "models/accounts/ServicesModel.h"
#include "models/auth/AuthRules.h"
#include "models/core/DisplayFormat.h"
#include "models/core/Money.h"
#include "ui/widgets/Tables.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mygas {

AccountsPage::AccountsPage(QWidget* parent)
    : QWidget(parent), m_model(new HouseholdModel(this)),
      m_list(makeTable(QStringLiteral("accountList"), tr("Personal accounts"), m_model, this)),
      m_empty(new QLabel(this)), m_total(new QLabel(this)),
      m_connect(new QPushButton(tr("Connect a personal account"), this))
{
    setObjectName(QStringLiteral("accountsPage"));
    auto* title = new QLabel(tr("Personal accounts"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    title->setFont(big);
    title->setBuddy(m_list);
    m_empty->setObjectName(QStringLiteral("accountListEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No personal account is connected yet. Connect your account to see charges, submit "
                        "meter readings and pay."));
    m_total->setObjectName(QStringLiteral("householdTotal"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_connect->setObjectName(QStringLiteral("connectAccountButton"));
    m_connect->setAccessibleName(m_connect->text());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_connect, 0, Qt::AlignLeft);
    connect(m_connect, &QPushButton::clicked, this, &AccountsPage::connectAccountRequested);
    connect(m_list, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit accountChosen(index.data(display::IdRole).toString()); });
    setRows({});
}

void AccountsPage::setRows(const QList<HouseholdModel::Row>& rows)
{
    m_model->setRows(rows);
    fitColumns(m_list);
    m_empty->setVisible(rows.isEmpty());
    m_total->setVisible(!rows.isEmpty());
    const qint64 total = m_model->totalKop();
    m_total->setText(tr("All accounts: %1 %2").arg(ServicesModel::stateText(total), money::formatRub(total)));
    setMoneyTone(m_total, total);
    setCanConnect(rows.size() < rules::kMaxAccounts);
}

void AccountsPage::setCanConnect(bool can)
{
    m_connect->setEnabled(can);
    m_connect->setToolTip(can ? QString() : tr("At most three personal accounts can be connected to one login."));
}

} // namespace mygas
