#pragma once

#include "BarChartPlugin.h"

#include <QObject>

namespace mygas {

// BarChartPlugin over Qt Charts: one bar series, categories below, values left.
class QtChartsPlugin : public QObject, public BarChartPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MYGAS_BAR_CHART_PLUGIN_IID)
    Q_INTERFACES(mygas::BarChartPlugin)
public:
    QWidget* createChart(QWidget* parent) override;
    void setBars(QWidget* chart, const QString& title, const QList<Bar>& bars) override;
};

} // namespace mygas
