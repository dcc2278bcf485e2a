#include "ui/account/SettlementsSection.h"

#include "models/accounts/AccountRules.h"
#include "models/accounts/SettlementsModel.h"
#include "models/core/DisplayFormat.h"
#include "models/core/Money.h"
#include "services/cache/CacheStore.h"
#include "services/documents/CsvExport.h"
#include "ui/widgets/CsvSaver.h"
#include "ui/widgets/StatusBanner.h"
#include "ui/widgets/Tables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mygas {

SettlementsSection::SettlementsSection(CacheStore* cache, QWidget* parent)
    : AccountSection(cache, parent), m_model(new SettlementsModel(this)), m_period(new QComboBox(this)),
      m_table(makeTable(QStringLiteral("settlementsTable"), tr("Settlements"), m_model, this)),
      m_toPay(new QLabel(this)), m_formula(new QLabel(this)),
      m_empty(new QLabel(tr("No settlements have been received for this account yet."), this)),
      m_export(new QPushButton(tr("Export to CSV"), this)),
      m_banner(new StatusBanner(QStringLiteral("settlementsBanner"), this))
{
    setObjectName(QStringLiteral("settlementsSection"));
    m_period->setObjectName(QStringLiteral("settlementsPeriod"));
    m_period->setAccessibleName(tr("Period"));
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    m_toPay->setObjectName(QStringLiteral("settlementsToPay"));
    QFont bold = m_toPay->font();
    bold.setBold(true);
    m_toPay->setFont(bold);
    m_formula->setObjectName(QStringLiteral("settlementsFormula"));
    m_formula->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("settlementsEmpty"));
    m_export->setObjectName(QStringLiteral("settlementsExportButton"));
    m_export->setAccessibleName(tr("Export the settlements to CSV"));

    auto* top = new QHBoxLayout;
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_toPay);
    layout->addWidget(m_formula);
    layout->addWidget(m_banner);
    layout->addWidget(m_export, 0, Qt::AlignLeft);
    connect(m_period, &QComboBox::currentIndexChanged, this, &SettlementsSection::showPeriod);
    connect(m_export, &QPushButton::clicked, this, &SettlementsSection::exportCsv);
}

void SettlementsSection::load(const Account& account)
{
    const bool sameAccount = account.id == m_account.id;
    const QString keep = m_period->currentData().toString();
    m_account = account;
    const QStringList periods = cache()->settlementPeriods(account.id);
    {
        const QSignalBlocker block(m_period);
        m_period->clear();
        for (const QString& p : periods)
            m_period->addItem(display::period(p), p);
        const int again = sameAccount ? m_period->findData(keep) : -1;
        m_period->setCurrentIndex(again >= 0 ? again : 0);
    }
    showPeriod();
}

void SettlementsSection::showPeriod()
{
    const QString period = m_period->currentData().toString();
    const QList<Settlement> rows = period.isEmpty() ? QList<Settlement>() : cache()->settlements(m_account.id, period);
    m_model->setSettlements(rows, cache()->services(m_account.id));
    fitColumns(m_table);
    const bool any = !rows.isEmpty();
    m_empty->setVisible(!any);
    m_toPay->setVisible(any);
    m_formula->setVisible(any);
    m_export->setEnabled(any);
    if (!any)
        return;
    qint64 opening = 0, charged = 0, paid = 0;
    for (const Settlement& s : rows) {
        opening += s.openingKop;
        charged += s.chargedKop;
        paid += s.paidKop;
    }
    const qint64 toPay = m_model->totalToPayKop();
    m_toPay->setText(tr("To pay for %1: %2").arg(m_period->currentText(), money::formatRub(toPay)));
    setMoneyTone(m_toPay, toPay);
    m_formula->setText(
        tr("At the start of the period − charges + payments: %1 − %2 + %3 = %4")
            .arg(money::format(opening), money::format(charged), money::format(paid), money::format(toPay)));
}

void SettlementsSection::exportCsv()
{
    saveCsv(this, QStringLiteral("settlements-%1-%2.csv").arg(m_account.number, m_period->currentData().toString()),
            csv::settlements(m_model->settlements(), cache()->services(m_account.id)), m_banner);
}

} // namespace mygas
