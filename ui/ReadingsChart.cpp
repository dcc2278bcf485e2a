#include "ReadingsChart.h"

#include "DisplayFormat.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QValueAxis>

namespace mygas {

ReadingsChart::ReadingsChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("readingsChart"));
    setAccessibleName(tr("Consumption chart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(fontMetrics().height() * 12);
}

void ReadingsChart::setReadings(const QList<Reading>& oldestFirst)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Consumption, m³"));
    chart->legend()->hide();
    auto* set = new QBarSet(tr("Consumption, m³"));
    QStringList categories;
    qint64 maxValue = 0;
    QStringList spoken;
    for (const Reading& r : oldestFirst) {
        *set << double(r.consumption);
        categories << r.date.toString(QStringLiteral("MM.yy"));
        maxValue = std::max(maxValue, r.consumption);
        spoken << tr("%1: %2 m³").arg(display::date(r.date)).arg(r.consumption);
    }
    m_bars = int(oldestFirst.size());
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(categories.size() > 13 ? -90 : 0);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, std::max<qint64>(1, maxValue));
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QChart* old = this->chart();
    setChart(chart);
    delete old;
    setAccessibleDescription(spoken.join(QStringLiteral("; ")));
}

} // namespace mygas
