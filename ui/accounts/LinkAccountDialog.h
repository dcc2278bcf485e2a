#pragma once

#include "models/core/ApiTypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace mygas {

class AccountsService;
class CacheStore;
class FormField;
class StatusBanner;

// «Подключить лицевой счет» (manual 4.1.1, 4.7.2.1): choose the regional gas
// company (its number format is shown), enter the number, «Продолжить».
class LinkAccountDialog : public QDialog
{
    Q_OBJECT
public:
    LinkAccountDialog(AccountsService* accounts, CacheStore* cache, QWidget* parent = nullptr);

    // Fills the companies from the cache and refreshes them from the server.
    void start();
    QString linkedNumber() const { return m_linkedNumber; }

signals:
    void linked(const QString& companyId, const QString& number);

private:
    void fillCompanies();
    void companyChanged();
    void submit();
    Company currentCompany() const;

    AccountsService* m_accounts;
    CacheStore* m_cache;
    QList<Company> m_companies;
    QComboBox* m_company;
    QLabel* m_hint;
    FormField* m_number;
    StatusBanner* m_banner;
    QPushButton* m_continue;
    QString m_linkedNumber;
};

} // namespace mygas
