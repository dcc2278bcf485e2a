#pragma once

#include "ui/widgets/BarChartPlugin.h"

#include <QObject>

class QChart;
class QChartView;

namespace mygas {

// BarChartPlugin over Qt Charts: bar series, categories below, values left.
class QtChartsPlugin : public QObject, public BarChartPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MYGAS_BAR_CHART_PLUGIN_IID)
    Q_INTERFACES(mygas::BarChartPlugin)
public:
    QWidget* createChart(QWidget* parent) override;
    void setBars(QWidget* chart, const QString& title, const QList<Bar>& bars) override;
    void setGroupedBars(QWidget* chart, const QString& title, const QStringList& categories,
                        const QList<BarSet>& sets) override;

private:
    static void draw(QWidget* chart, const QString& title, const QStringList& categories, const QList<BarSet>& sets,
                     bool legend);
    static void replaceChart(QChartView* view, QChart* chart);
};

} // namespace mygas
