#include "ui/account/ConsumptionView.h"

#include "models/core/DisplayFormat.h"
#include "models/core/TextTableModel.h"
#include "ui/readings/ReadingsChart.h"
#include "ui/widgets/BarChartPlugin.h"
#include "ui/widgets/Tables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace mygas {

namespace {
QString monthText(const QDate& month)
{
    return month.toString(QStringLiteral("MM.yyyy"));
}

QString m3(bool has, qint64 value)
{
    return has ? QString::number(value) : QStringLiteral("—");
}
} // namespace

ConsumptionView::ConsumptionView(QWidget* parent)
    : QWidget(parent), m_plugin(barChartPlugin()), m_period(new QComboBox(this)),
      m_model(new TextTableModel({tr("Month"), tr("Consumption, m³"), tr("A year earlier, m³")}, this)),
      m_table(makeTable(QStringLiteral("consumptionTable"), tr("Consumption per month"), m_model, this))
{
    setObjectName(QStringLiteral("consumptionView"));
    auto* periodLabel = new QLabel(tr("Period:"), this);
    m_period->setObjectName(QStringLiteral("consumptionPeriod"));
    m_period->setAccessibleName(tr("Period of the consumption chart"));
    m_period->addItem(tr("12 months"), 12);
    m_period->addItem(tr("36 months"), 36);
    periodLabel->setBuddy(m_period);

    auto* split = new QSplitter(Qt::Vertical, this);
    if (m_plugin) {
        m_chart = m_plugin->createChart(split);
        m_chart->setObjectName(QStringLiteral("consumptionChart"));
        m_chart->setAccessibleName(tr("Consumption per month chart"));
        m_chart->setMinimumHeight(fontMetrics().height() * 12);
        split->addWidget(m_chart);
    } else {
        auto* missing = new QLabel(tr("The chart cannot be shown: a part of the program is missing."), split);
        missing->setObjectName(QStringLiteral("consumptionChartMissing"));
        missing->setAlignment(Qt::AlignCenter);
        missing->setWordWrap(true);
        split->addWidget(missing);
    }
    split->addWidget(m_table);
    split->setStretchFactor(0, 2); // the chart takes most of the height
    split->setStretchFactor(1, 1);

    auto* top = new QHBoxLayout;
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    connect(m_period, &QComboBox::currentIndexChanged, this,
            [this](int index) { setMonths(m_period->itemData(index).toInt()); });
}

void ConsumptionView::setReadings(const QList<Reading>& readings, const QDate& lastMonth)
{
    m_readings = readings;
    m_lastMonth = lastMonth;
    refresh();
}

void ConsumptionView::setMonths(int months)
{
    const int index = m_period->findData(months);
    if (index < 0)
        return;
    if (m_period->currentIndex() != index) {
        m_period->setCurrentIndex(index); // comes back here through currentIndexChanged
        return;
    }
    m_months = months;
    refresh();
}

void ConsumptionView::refresh()
{
    m_figures = rules::monthlyConsumption(m_readings, m_lastMonth, m_months);
    QList<QStringList> rows;
    QStringList categories;
    BarChartPlugin::BarSet now{tr("Consumption, m³"), {}};
    BarChartPlugin::BarSet before{tr("The same month a year earlier, m³"), {}};
    QStringList spoken;
    for (const rules::MonthConsumption& m : m_figures) {
        rows.append({monthText(m.month), m3(m.hasReading, m.m3), m3(m.yearEarlierHasReading, m.yearEarlierM3)});
        categories << m.month.toString(QStringLiteral("MM.yy"));
        now.values << double(m.m3);
        before.values << double(m.yearEarlierM3);
        spoken << tr("%1: %2 m³, a year earlier %3 m³").arg(monthText(m.month)).arg(m.m3).arg(m.yearEarlierM3);
    }
    m_model->setRows(rows);
    fitColumns(m_table);
    if (m_chart) {
        // The heading names the period shown.
        m_chartTitle = tr("Consumption per month over the last %1 months, m³").arg(m_months);
        m_plugin->setGroupedBars(m_chart, m_chartTitle, categories, {now, before});
        m_chart->setAccessibleDescription(spoken.join(QStringLiteral("; ")));
    }
}

} // namespace mygas
