#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtPlugin>

class QWidget;

namespace mygas {

// A bar chart drawn with Qt Charts. It lives in the plugin mygas_charts so
// that Qt Charts (and the OpenGL libraries it needs) load only when the
// first chart is shown, not at every start.
class BarChartPlugin
{
public:
    struct Bar
    {
        QString label;
        double value = 0;
    };

    // One series of values over the categories, named in the legend.
    struct BarSet
    {
        QString name;
        QList<double> values; // one per category
    };

    virtual ~BarChartPlugin() = default;

    virtual QWidget* createChart(QWidget* parent) = 0;
    // Replaces the bars of a chart made by createChart().
    virtual void setBars(QWidget* chart, const QString& title, const QList<Bar>& bars) = 0;
    // Replaces them with sets side by side per category, with a legend.
    virtual void setGroupedBars(QWidget* chart, const QString& title, const QStringList& categories,
                                const QList<BarSet>& sets) = 0;
};

} // namespace mygas

#define MYGAS_BAR_CHART_PLUGIN_IID "org.mygas.BarChartPlugin/2"
Q_DECLARE_INTERFACE(mygas::BarChartPlugin, MYGAS_BAR_CHART_PLUGIN_IID)
