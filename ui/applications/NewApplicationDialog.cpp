#include "ui/applications/NewApplicationDialog.h"

#include "models/applications/ApplicationForm.h"
#include "models/applications/ApplicationTypes.h"
#include "models/applications/ApplicationsModel.h"
#include "ui/widgets/DialogButtons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace mygas {

NewApplicationDialog::NewApplicationDialog(const QList<Company>& companies, QWidget* parent)
    : QDialog(parent), m_companies(companies), m_company(new QComboBox(this)), m_type(new QComboBox(this)),
      m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("newApplicationDialog"));
    setWindowTitle(tr("Conclusion of a new contract"));
    m_company->setObjectName(QStringLiteral("applicationCompany"));
    m_type->setObjectName(QStringLiteral("applicationType"));
    for (const Company& c : companies)
        m_company->addItem(c.name, c.id);
    m_note->setObjectName(QStringLiteral("applicationTypeNote"));
    m_note->setWordWrap(true);
    const DialogButtons buttons = makeDialogButtons(this, tr("Go to &filling in"), QStringLiteral("applicationGo"),
                                                    tr("Cancel"), QStringLiteral("applicationCancel"));
    m_go = buttons.accept;
    connect(m_go, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons.box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Regional &gas company"), m_company);
    form->addRow(tr("&Type of contract"), m_type);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(buttons.box);
    connect(m_company, &QComboBox::currentIndexChanged, this, &NewApplicationDialog::offerTypes);
    offerTypes();
    m_company->setFocus();
}

void NewApplicationDialog::offerTypes()
{
    const QString previous = type();
    const Company company = m_companies.value(m_company->currentIndex());
    m_type->clear();
    bool closed = false;
    for (const char* t : applications::types()) {
        if (QLatin1String(t) == QLatin1String(applications::kConnection) && !company.applicationsEnabled) {
            closed = true;
            continue;
        }
        m_type->addItem(ApplicationsModel::typeName(QLatin1String(t)), QLatin1String(t));
    }
    m_type->setCurrentIndex(std::max(0, m_type->findData(previous)));
    m_note->setText(
        closed ? tr("%1 does not accept connection applications through the personal account.").arg(company.name)
               : QString());
    m_note->setVisible(closed);
    m_go->setEnabled(m_company->count() > 0);
}

QString NewApplicationDialog::companyId() const
{
    return m_company->currentData().toString();
}

QString NewApplicationDialog::type() const
{
    return m_type->currentData().toString();
}

} // namespace mygas
