#include "ui/accounts/AccountSwitcher.h"

#include "models/accounts/AccountListModel.h"
#include "models/auth/AuthRules.h"
#include "models/core/DisplayFormat.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace mygas {

AccountSwitcher::AccountSwitcher(QWidget* parent)
    : QWidget(parent), m_model(new AccountListModel(this)), m_list(new QListView(this)),
      m_add(new QPushButton(tr("Add a personal account"), this))
{
    setObjectName(QStringLiteral("accountSwitcherBlock"));
    auto* title = new QLabel(tr("&Personal accounts"), this);
    title->setBuddy(m_list);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_list->setObjectName(QStringLiteral("accountSwitcher"));
    m_list->setAccessibleName(tr("Personal accounts: choose the current one"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFocusPolicy(Qt::StrongFocus);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(true);
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_add->setObjectName(QStringLiteral("addAccountButton"));
    m_add->setAccessibleName(tr("Add a personal account"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list);
    layout->addWidget(m_add);
    connect(m_list, &QListView::clicked, this,
            [this](const QModelIndex& i) { emit accountChosen(i.data(display::IdRole).toString()); });
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex& i) { emit accountChosen(i.data(display::IdRole).toString()); });
    connect(m_add, &QPushButton::clicked, this, &AccountSwitcher::addRequested);
}

void AccountSwitcher::setAccounts(const QList<Account>& accounts, const QString& currentId)
{
    m_model->setAccounts(accounts);
    m_model->setCurrentId(currentId);
    const int row = m_model->rowOf(currentId);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    m_list->setVisible(!accounts.isEmpty());
    // As high as its rows (three at most), so the menu below stays in place.
    const int rowHeight = accounts.isEmpty() ? 0 : m_list->sizeHintForRow(0);
    m_list->setFixedHeight(rowHeight * int(accounts.size()) + 2 * m_list->frameWidth());
    const bool canAdd = accounts.size() < rules::kMaxAccounts;
    m_add->setEnabled(canAdd);
    m_add->setToolTip(canAdd ? QString() : tr("At most three personal accounts can be connected to one login."));
}

} // namespace mygas
