#pragma once

#include "models/accounts/AccountTypes.h"
#include "models/readings/ReadingRules.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace mygas {

class BarChartPlugin;
class TextTableModel;

// «Потребление»: the gas consumed per month over the last 12 or 36 months
// (rules::monthlyConsumption of the accepted readings) as bars, with the
// same month a year earlier beside each, and the same figures as a table
// that screen readers can walk.
class ConsumptionView : public QWidget
{
    Q_OBJECT
public:
    explicit ConsumptionView(QWidget* parent = nullptr);

    // Readings oldest first, covering at least months + 12 months before lastMonth.
    void setReadings(const QList<Reading>& readings, const QDate& lastMonth);
    void setMonths(int months); // 12 or 36
    QString chartTitle() const { return m_chartTitle; }
    int months() const { return m_months; }
    const QList<rules::MonthConsumption>& figures() const { return m_figures; }
    TextTableModel* tableModel() const { return m_model; }
    bool hasChart() const { return m_chart != nullptr; }
    int categoryCount() const { return int(m_figures.size()); }
    static int monthsNeeded() { return 36 + 12; }

private:
    void refresh();

    BarChartPlugin* m_plugin;
    QComboBox* m_period;
    QWidget* m_chart = nullptr;
    TextTableModel* m_model;
    QTableView* m_table;
    QList<Reading> m_readings;
    QDate m_lastMonth;
    QString m_chartTitle;
    int m_months = 12;
    QList<rules::MonthConsumption> m_figures;
};

} // namespace mygas
