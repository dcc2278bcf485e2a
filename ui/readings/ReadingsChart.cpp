#include "ui/readings/ReadingsChart.h"

#include "models/core/DisplayFormat.h"
#include "ui/shell/Plugins.h"
#include "ui/widgets/BarChartPlugin.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mygas {

BarChartPlugin* barChartPlugin()
{
    static BarChartPlugin* plugin = qobject_cast<BarChartPlugin*>(
        loadPlugin(QStringLiteral("mygas_charts"), QStringLiteral(MYGAS_CHARTS_BUILD_DIR)));
    return plugin;
}

ReadingsChart::ReadingsChart(QWidget* parent) : QWidget(parent), m_plugin(barChartPlugin())
{
    setObjectName(QStringLiteral("readingsChart"));
    setAccessibleName(tr("Consumption chart"));
    setMinimumHeight(fontMetrics().height() * 12);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (m_plugin) {
        m_chart = m_plugin->createChart(this);
        m_chart->setObjectName(QStringLiteral("readingsChartView"));
        m_chart->setAccessibleName(tr("Consumption chart"));
        layout->addWidget(m_chart);
    } else {
        auto* missing = new QLabel(tr("The chart cannot be shown: a part of the program is missing."), this);
        missing->setObjectName(QStringLiteral("readingsChartMissing"));
        missing->setAlignment(Qt::AlignCenter);
        missing->setWordWrap(true);
        layout->addWidget(missing);
    }
}

void ReadingsChart::setReadings(const QList<Reading>& oldestFirst)
{
    QList<BarChartPlugin::Bar> bars;
    QStringList spoken;
    for (const Reading& r : oldestFirst) {
        bars.append({r.date.toString(QStringLiteral("MM.yy")), double(r.consumption)});
        spoken << tr("%1: %2 m³").arg(display::date(r.date)).arg(r.consumption);
    }
    m_bars = int(oldestFirst.size());
    if (m_chart)
        m_plugin->setBars(m_chart, tr("Consumption, m³"), bars);
    const QString description = spoken.join(QStringLiteral("; "));
    setAccessibleDescription(description);
    if (m_chart)
        m_chart->setAccessibleDescription(description);
}

} // namespace mygas
