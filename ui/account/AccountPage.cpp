#include "ui/account/AccountPage.h"

#include "models/accounts/AccountListModel.h"
#include "services/requests/RequestsService.h"
#include "ui/account/ActsSection.h"
#include "ui/account/ContractsSection.h"
#include "ui/account/SectionSlot.h"
#include "ui/account/ServicesSection.h"
#include "ui/account/SettlementsSection.h"
#include "ui/account/SubscriberSection.h"
#include "ui/payments/PaymentsSection.h"
#include "ui/readings/MetersSection.h"
#include "ui/requests/RequestsSection.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mygas {

AccountPage::AccountPage(const ClientServices& services, QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_details(new QLabel(this)),
      m_extended(new QPushButton(tr("Connect the extended version"), this)), m_tabs(new QTabWidget(this)),
      m_requests(services.requests)
{
    setObjectName(QStringLiteral("accountPage"));
    m_title->setObjectName(QStringLiteral("accountTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_details->setObjectName(QStringLiteral("accountDetails"));
    m_details->setWordWrap(true);
    m_extended->setObjectName(QStringLiteral("accountExtendedButton"));
    m_extended->setAccessibleName(tr("Connect the extended version"));
    m_tabs->setObjectName(QStringLiteral("accountSections"));
    m_tabs->setAccessibleName(tr("Sections of the personal account"));
    m_tabs->tabBar()->setObjectName(QStringLiteral("accountSectionTabs"));
    m_tabs->tabBar()->setAccessibleName(tr("Sections of the personal account"));

    // Sections are built only when first shown: the start paints one of them.
    CacheStore* cache = services.cache;
    addSlot(QStringLiteral("services"), tr("Services"), false,
            [services](QWidget* p) { return new ServicesSection(services, p); });
    addSlot(QStringLiteral("meters"), tr("Meters"), false, [this, services](QWidget* p) {
        auto* meters = new MetersSection(services, p);
        connect(meters, &MetersSection::extendedRequested, this, [this]() { emit extendedRequested(m_account.id); });
        return meters;
    });
    addSlot(QStringLiteral("payments"), tr("Payments"), false,
            [services](QWidget* p) { return new PaymentsSection(services, p); });
    addSlot(QStringLiteral("subscriber"), tr("Subscriber"), true,
            [cache](QWidget* p) { return new SubscriberSection(cache, p); });
    addSlot(QStringLiteral("settlements"), tr("Settlements"), true,
            [cache](QWidget* p) { return new SettlementsSection(cache, p); });
    addSlot(QStringLiteral("contracts"), tr("Contracts"), true,
            [cache](QWidget* p) { return new ContractsSection(cache, p); });
    addSlot(QStringLiteral("acts"), tr("Acts"), true, [cache](QWidget* p) { return new ActsSection(cache, p); });
    addSlot(QStringLiteral("requests"), tr("Requests"), true,
            [services](QWidget* p) { return new RequestsSection(services, p); });

    auto* head = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_details);
    head->addLayout(titles, 1);
    head->addWidget(m_extended, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_tabs, 1);
    connect(m_extended, &QPushButton::clicked, this, [this]() { emit extendedRequested(m_account.id); });
    if (m_requests) {
        connect(m_requests, &RequestsService::unseenChanged, this, [this](const QString& accountId) {
            if (accountId == m_account.id)
                showRequestsBadge();
        });
        connect(m_tabs, &QTabWidget::currentChanged, this, &AccountPage::showRequestsBadge);
    }
}

void AccountPage::showRequestsBadge()
{
    SectionSlot* requests = slot(QStringLiteral("requests"));
    const int index = m_tabs->indexOf(requests);
    if (!m_requests || index < 0)
        return;
    // Open, the section shows the news itself.
    if (m_tabs->currentIndex() == index && isVisible())
        m_requests->markSeen(m_account.id);
    const int unseen = m_requests->unseenCount(m_account.id);
    m_tabs->setTabText(index, unseen > 0 ? tr("Requests (%1)").arg(unseen) : tr("Requests"));
}

void AccountPage::addSlot(const QString& key, const QString& title, bool extendedOnly,
                          const std::function<AccountSection*(QWidget*)>& factory)
{
    auto* slot = new SectionSlot(key, title, extendedOnly, factory, m_tabs);
    m_tabs->addTab(slot, title);
    m_slots.append(slot);
    connect(slot, &SectionSlot::extendedRequested, this, [this]() { emit extendedRequested(m_account.id); });
}

void AccountPage::setAccount(const Account& account)
{
    const bool another = account.id != m_account.id;
    m_account = account;
    const bool extended = account.access == Access::Extended;
    m_title->setText(tr("Personal account %1").arg(AccountListModel::title(account)));
    m_details->setText(account.address + QStringLiteral(" · ") + AccountListModel::accessText(account.access));
    m_extended->setVisible(!extended);
    const QColor greyed = palette().color(QPalette::Disabled, QPalette::WindowText);
    for (int i = 0; i < m_slots.size(); ++i) {
        SectionSlot* slot = m_slots.at(i);
        const bool locked = slot->lockedFor(account);
        m_tabs->tabBar()->setTabTextColor(i, locked ? greyed : QColor());
        m_tabs->setTabToolTip(i, locked ? tr("Available in the extended version") : QString());
        slot->setAccount(account);
    }
    // Another account opens on a section it has, not on a greyed one left
    // open from the account before.
    if (another && m_tabs->currentIndex() >= 0 && m_slots.at(m_tabs->currentIndex())->lockedFor(account))
        m_tabs->setCurrentIndex(0);
    showRequestsBadge();
}

void AccountPage::reload()
{
    for (SectionSlot* slot : m_slots)
        slot->markDirty();
}

void AccountPage::showSection(const QString& key)
{
    if (SectionSlot* s = slot(key))
        m_tabs->setCurrentWidget(s);
}

SectionSlot* AccountPage::slot(const QString& key) const
{
    for (SectionSlot* s : m_slots) {
        if (s->key() == key)
            return s;
    }
    return nullptr;
}

AccountSection* AccountPage::section(const QString& key) const
{
    SectionSlot* s = slot(key);
    return s ? s->section() : nullptr;
}

} // namespace mygas
