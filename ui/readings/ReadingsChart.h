#pragma once

#include "models/accounts/AccountTypes.h"

#include <QWidget>

namespace mygas {

class BarChartPlugin;

// The mygas_charts plugin, loaded on the first call; nullptr when missing.
BarChartPlugin* barChartPlugin();

// The consumption between consecutive readings as bars, oldest on the left.
// The chart itself comes from the mygas_charts plugin, loaded when the first
// one is built; without it a line says the chart cannot be shown.
class ReadingsChart : public QWidget
{
    Q_OBJECT
public:
    explicit ReadingsChart(QWidget* parent = nullptr);

    void setReadings(const QList<Reading>& oldestFirst);
    int barCount() const { return m_bars; }
    bool hasChart() const { return m_chart != nullptr; }

private:
    BarChartPlugin* m_plugin = nullptr;
    QWidget* m_chart = nullptr;
    int m_bars = 0;
};

} // namespace mygas
