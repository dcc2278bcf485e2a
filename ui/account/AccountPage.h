#pragma once

#include "models/accounts/AccountTypes.h"
#include "services/core/ClientServices.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace mygas {

class AccountSection;
class RequestsService;
class SectionSlot;

// «Лицевой счет» for the current account (manual 4.3): its number, address
// and version above the sections «Услуги», «Приборы учета», «Платежи»,
// «Абонент», «Взаиморасчеты», «Договоры», «Акты». In the limited version the
// last four are greyed with an offer to connect the extended one.
class AccountPage : public QWidget
{
    Q_OBJECT
public:
    explicit AccountPage(const ClientServices& services, QWidget* parent = nullptr);

    void setAccount(const Account& account);
    const Account& account() const { return m_account; }
    // The cache changed: the visible section refills now, the others when shown.
    void reload();

    QTabWidget* tabs() const { return m_tabs; }
    void showSection(const QString& key);
    SectionSlot* slot(const QString& key) const;
    AccountSection* section(const QString& key) const; // nullptr until first shown

signals:
    void extendedRequested(const QString& accountId);

private:
    void addSlot(const QString& key, const QString& title, bool extendedOnly,
                 const std::function<AccountSection*(QWidget*)>& factory);
    // «Заявки (2)»: the requests the company moved on since the section was
    // last open; cleared when it is shown.
    void showRequestsBadge();

    Account m_account;
    QLabel* m_title;
    QLabel* m_details;
    QPushButton* m_extended;
    QTabWidget* m_tabs;
    QList<SectionSlot*> m_slots;
    RequestsService* m_requests;
};

} // namespace mygas
