#include "ui/widgets/charts/QtChartsPlugin.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>

#include <cmath>

#include <algorithm>

namespace mygas {

QWidget* QtChartsPlugin::createChart(QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

void QtChartsPlugin::setBars(QWidget* chart, const QString& title, const QList<Bar>& bars)
{
    QStringList categories;
    BarSet set{title, {}};
    for (const Bar& b : bars) {
        categories << b.label;
        set.values << b.value;
    }
    draw(chart, title, categories, {set}, false);
}

void QtChartsPlugin::setGroupedBars(QWidget* chart, const QString& title, const QStringList& categories,
                                    const QList<BarSet>& sets)
{
    draw(chart, title, categories, sets, true);
}

void QtChartsPlugin::draw(QWidget* chart, const QString& title, const QStringList& categories,
                          const QList<BarSet>& sets, bool legend)
{
    auto* view = qobject_cast<QChartView*>(chart);
    if (!view)
        return;
    auto* c = new QChart;
    c->setTitle(title);
    c->legend()->setVisible(legend);
    c->legend()->setAlignment(Qt::AlignBottom);
    auto* series = new QBarSeries;
    double maxValue = 0;
    for (const BarSet& s : sets) {
        auto* set = new QBarSet(s.name);
        for (double v : s.values) {
            *set << v;
            maxValue = std::max(maxValue, v);
        }
        series->append(set);
    }
    c->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    // Upright labels («12.26») stay whole however many months there are.
    x->setLabelsAngle(categories.size() > 6 ? -90 : 0);
    x->setTruncateLabels(false);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    // Round steps (1, 2, 5 × 10ⁿ) from zero: 0, 5, 10, 15 rather than 0, 3, 7, 10, 14.
    const double rough = std::max(1.0, maxValue) / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= rough) {
            step = std::max(1.0, m * magnitude);
            break;
        }
    }
    y->setRange(0, std::ceil(std::max(1.0, maxValue) / step) * step);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setLabelFormat(QStringLiteral("%d"));
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    replaceChart(view, c);
}

void QtChartsPlugin::replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace mygas
