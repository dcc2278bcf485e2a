#pragma once

#include "AccountTypes.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace mygas {

class CacheStore;
class ReadingsChart;
class ReadingsModel;
class StatusBanner;

// «История»: the readings of one meter over the last year as a table and a
// chart of the monthly consumption, with «Выгрузить в CSV».
class ReadingsHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    ReadingsHistoryDialog(CacheStore* cache, QWidget* parent = nullptr);

    void showMeter(const Meter& meter, const QString& serialText);
    ReadingsModel* model() const { return m_model; }
    ReadingsChart* chart() const { return m_chart; }
    QString lastExportPath() const { return m_lastExport; }

private:
    void exportCsv();

    CacheStore* m_cache;
    Meter m_meter;
    QLabel* m_title;
    ReadingsModel* m_model;
    QTableView* m_table;
    ReadingsChart* m_chart;
    QPushButton* m_export;
    StatusBanner* m_banner;
    QString m_lastExport;
};

} // namespace mygas
