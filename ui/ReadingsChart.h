#pragma once

#include "AccountTypes.h"

#include <QtCharts/QChartView>

namespace mygas {

// The consumption between consecutive readings as bars, oldest on the left.
class ReadingsChart : public QChartView
{
    Q_OBJECT
public:
    explicit ReadingsChart(QWidget* parent = nullptr);

    void setReadings(const QList<Reading>& oldestFirst);
    int barCount() const { return m_bars; }

private:
    int m_bars = 0;
};

} // namespace mygas
