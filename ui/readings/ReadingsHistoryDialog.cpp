#include "ui/readings/ReadingsHistoryDialog.h"

#include "ui/widgets/Scrolling.h"

#include "models/core/Clock.h"
#include "models/core/DisplayFormat.h"
#include "models/readings/ReadingRules.h"
#include "models/readings/ReadingsModel.h"
#include "services/cache/CacheStore.h"
#include "services/documents/CsvExport.h"
#include "ui/account/ConsumptionView.h"
#include "ui/readings/ReadingsChart.h"
#include "ui/widgets/CsvSaver.h"
#include "ui/widgets/DialogButtons.h"
#include "ui/widgets/StatusBanner.h"
#include "ui/widgets/Tables.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mygas {

ReadingsHistoryDialog::ReadingsHistoryDialog(CacheStore* cache, QWidget* parent)
    : QDialog(parent), m_cache(cache), m_title(new QLabel(this)), m_model(new ReadingsModel(this)),
      m_table(makeTable(QStringLiteral("readingsTable"), tr("Readings"), m_model, this)),
      m_chart(new ReadingsChart(this)), m_tabs(new QTabWidget(this)), m_consumption(new ConsumptionView(this)),
      m_export(new QPushButton(tr("Export to CSV"), this)),
      m_banner(new StatusBanner(QStringLiteral("readingsBanner"), this))
{
    setObjectName(QStringLiteral("readingsHistoryDialog"));
    setWindowTitle(tr("Reading history"));
    m_title->setObjectName(QStringLiteral("readingsTitle"));
    m_title->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("readingsExportButton"));
    m_export->setAccessibleName(tr("Export the readings to CSV"));
    QDialogButtonBox* close = makeCloseButton(this, tr("Close"), QStringLiteral("readingsCloseButton"));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    m_tabs->setObjectName(QStringLiteral("readingsHistoryTabs"));
    m_tabs->setAccessibleName(tr("Reading history views"));
    m_tabs->tabBar()->setObjectName(QStringLiteral("readingsHistoryTabBar"));
    m_tabs->tabBar()->setAccessibleName(tr("Reading history views"));
    m_tabs->addTab(split, tr("Readings"));
    m_tabs->addTab(m_consumption, tr("Consumption per month"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_export);
    bottom->addStretch(1);
    bottom->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_banner);
    layout->addLayout(bottom);
    connect(m_export, &QPushButton::clicked, this, &ReadingsHistoryDialog::exportCsv);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Wide enough for 36 months of bars side by side; never past the screen.
    resizeInTextUnits(this, 150, 44);
}

void ReadingsHistoryDialog::showMeter(const Meter& meter, const QString& serialText)
{
    m_meter = meter;
    // The last year up to today (the company's); a meter whose readings
    // stopped earlier shows its last year of them.
    const std::optional<Account> account = m_cache->account(meter.accountId);
    const QDate today =
        rules::providerToday(account ? m_cache->company(account->companyId).value_or(Company{}) : Company{});
    QDate to = today;
    if (meter.lastReadingDate.isValid() && meter.lastReadingDate < to.addYears(-1))
        to = meter.lastReadingDate;
    const QDate from = to.addYears(-1);
    const QList<Reading> readings = m_cache->readings(meter.id, from, to);
    QList<Reading> newestFirst(readings.crbegin(), readings.crend());
    m_model->setReadings(newestFirst);
    fitColumns(m_table);
    m_chart->setReadings(readings);
    // Per month over up to 36 months, beside the same month a year earlier.
    const QDate lastMonth = today;
    const QDate since = QDate(lastMonth.year(), lastMonth.month(), 1).addMonths(1 - ConsumptionView::monthsNeeded());
    m_consumption->setReadings(m_cache->readings(meter.id, since, lastMonth), lastMonth);
    m_title->setText(tr("%1, serial number %2: readings from %3 to %4")
                         .arg(meter.name, serialText, display::date(from), display::date(to)));
    m_banner->clear();
    m_export->setEnabled(!readings.isEmpty());
}

void ReadingsHistoryDialog::exportCsv()
{
    const QString name =
        QStringLiteral("readings-%1.csv").arg(m_meter.serial.contains(QLatin1Char('*')) ? m_meter.id : m_meter.serial);
    const QString path = saveCsv(this, name, csv::readings(m_model->readings(), m_meter), m_banner);
    if (!path.isEmpty())
        m_lastExport = path;
}

} // namespace mygas
