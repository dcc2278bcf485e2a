#include "AccountsPage.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace mygas {

AccountsPage::AccountsPage(QWidget* parent) : QWidget(parent), m_list(new QListWidget(this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("accountsPage"));
    auto* title = new QLabel(tr("Personal accounts"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    title->setFont(big);
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setAccessibleName(tr("Personal accounts"));
    title->setBuddy(m_list);
    m_empty->setObjectName(QStringLiteral("accountListEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No personal account is connected yet. Connect your account to see charges, submit "
                        "meter readings and pay."));
    auto* connectAccount = new QPushButton(tr("Connect a personal account"), this);
    connectAccount->setObjectName(QStringLiteral("connectAccountButton"));
    connectAccount->setAccessibleName(connectAccount->text());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addWidget(connectAccount, 0, Qt::AlignLeft);
    connect(connectAccount, &QPushButton::clicked, this, &AccountsPage::connectAccountRequested);
}

} // namespace mygas
