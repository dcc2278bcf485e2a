#include "ui/accounts/LinkAccountDialog.h"

#include "models/accounts/AccountRules.h"
#include "models/core/DisplayFormat.h"
#include "models/core/ErrorCatalog.h"
#include "services/accounts/AccountsService.h"
#include "services/cache/CacheStore.h"
#include "ui/widgets/DialogButtons.h"
#include "ui/widgets/FormField.h"
#include "ui/widgets/StatusBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mygas {

LinkAccountDialog::LinkAccountDialog(AccountsService* accounts, CacheStore* cache, QWidget* parent)
    : QDialog(parent), m_accounts(accounts), m_cache(cache), m_company(new QComboBox(this)), m_hint(new QLabel(this)),
      m_number(new FormField(tr("Personal account number"), QStringLiteral("linkNumberEdit"), this)),
      m_banner(new StatusBanner(QStringLiteral("linkStatus"), this))
{
    setObjectName(QStringLiteral("linkAccountDialog"));
    setWindowTitle(tr("Connect a personal account"));
    auto* companyLabel = new QLabel(tr("&Regional gas company:"), this);
    companyLabel->setBuddy(m_company);
    m_company->setObjectName(QStringLiteral("linkCompanyCombo"));
    m_company->setAccessibleName(tr("Regional gas company"));
    m_hint->setObjectName(QStringLiteral("linkNumberHint"));
    m_hint->setWordWrap(true);
    auto* where = new QLabel(tr("The number is printed on the receipt and in the contract; the gas company can also "
                                "tell it."),
                             this);
    where->setObjectName(QStringLiteral("linkWhereNote"));
    where->setWordWrap(true);
    m_number->setRule(
        [this](const QString& text) { return rules::checkAccountNumber(text, currentCompany().accountNumberRegex); });

    const DialogButtons d = makeDialogButtons(this, tr("Continue"), QStringLiteral("linkContinueButton"), tr("Cancel"),
                                              QStringLiteral("linkCancelButton"));
    QDialogButtonBox* buttons = d.box;
    m_continue = d.accept;

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(companyLabel);
    layout->addWidget(m_company);
    layout->addWidget(m_hint);
    layout->addWidget(m_number);
    layout->addWidget(where);
    layout->addWidget(m_banner);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(m_company, &QComboBox::currentIndexChanged, this, &LinkAccountDialog::companyChanged);
    connect(m_number, &FormField::submitted, this, &LinkAccountDialog::submit);
    connect(buttons, &QDialogButtonBox::accepted, this, &LinkAccountDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(fontMetrics().averageCharWidth() * 70, std::max(sizeHint().height(), fontMetrics().height() * 22));
}

void LinkAccountDialog::start()
{
    m_banner->clear();
    m_number->reset();
    fillCompanies();
    m_accounts->loadCompanies(this, [this](const Status& status) {
        if (status.ok())
            fillCompanies();
        else if (m_companies.isEmpty())
            m_banner->showError(status.error());
    });
}

void LinkAccountDialog::fillCompanies()
{
    const QString keep = currentCompany().id;
    m_companies = m_cache->companies();
    const QSignalBlocker block(m_company);
    m_company->clear();
    for (const Company& c : m_companies)
        m_company->addItem(display::companyTitle(c), c.id);
    const int again = m_company->findData(keep);
    m_company->setCurrentIndex(again >= 0 ? again : 0);
    companyChanged();
}

Company LinkAccountDialog::currentCompany() const
{
    const int i = m_company->currentIndex();
    return i >= 0 && i < m_companies.size() ? m_companies.at(i) : Company{};
}

void LinkAccountDialog::companyChanged()
{
    const Company c = currentCompany();
    m_hint->setText(c.accountNumberHint.isEmpty() ? QString() : tr("Number format: %1").arg(c.accountNumberHint));
    m_hint->setVisible(!c.accountNumberHint.isEmpty());
    m_number->lineEdit()->setPlaceholderText(c.accountNumberHint);
    m_continue->setEnabled(!c.id.isEmpty());
    // «…не найден» was about the company chosen before.
    m_banner->clear();
    if (!m_number->text().isEmpty())
        m_number->validate(false);
}

void LinkAccountDialog::submit()
{
    const Company c = currentCompany();
    if (c.id.isEmpty()) {
        m_banner->showError(makeError(errc::CompanyNotFound));
        return;
    }
    if (!m_number->validate(true)) {
        m_number->lineEdit()->setFocus();
        return;
    }
    const QString number = m_number->text().trimmed();
    m_banner->clear();
    m_continue->setEnabled(false);
    m_accounts->link(c.id, number, this, [this, c, number](const Status& status) {
        m_continue->setEnabled(true);
        if (!status.ok()) {
            m_banner->showError(status.error());
            // Back where the number is corrected, not on the next button.
            m_number->lineEdit()->selectAll();
            m_number->lineEdit()->setFocus();
            return;
        }
        m_linkedNumber = number;
        emit linked(c.id, number);
        accept();
    });
}

} // namespace mygas
