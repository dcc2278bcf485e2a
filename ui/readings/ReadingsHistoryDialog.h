#pragma once

#include "models/accounts/AccountTypes.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace mygas {

class CacheStore;
class ConsumptionView;
class ReadingsChart;
class ReadingsModel;
class StatusBanner;

// «История»: the readings of one meter over the last year as a table and a
// chart of the consumption between readings, with «Выгрузить в CSV»; and
// «Потребление»: the consumption per month over 12 or 36 months.
class ReadingsHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    ReadingsHistoryDialog(CacheStore* cache, QWidget* parent = nullptr);

    void showMeter(const Meter& meter, const QString& serialText);
    ReadingsModel* model() const { return m_model; }
    ReadingsChart* chart() const { return m_chart; }
    ConsumptionView* consumption() const { return m_consumption; }
    QTabWidget* tabs() const { return m_tabs; }
    QString lastExportPath() const { return m_lastExport; }

private:
    void exportCsv();

    CacheStore* m_cache;
    Meter m_meter;
    QLabel* m_title;
    ReadingsModel* m_model;
    QTableView* m_table;
    ReadingsChart* m_chart;
    QTabWidget* m_tabs;
    ConsumptionView* m_consumption;
    QPushButton* m_export;
    StatusBanner* m_banner;
    QString m_lastExport;
};

} // namespace mygas
