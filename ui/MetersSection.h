#pragma once

#include "AccountSection.h"

class QLabel;
class QPushButton;
class QTableView;

namespace mygas {

class MetersModel;
class ReadingsHistoryDialog;

// «Приборы учета» (manual 4.3.2.1): name and serial (masked in the limited
// version), the last reading, the next verification date, the average
// monthly consumption; «История» shows the last year of readings.
class MetersSection : public AccountSection
{
    Q_OBJECT
public:
    explicit MetersSection(CacheStore* cache, QWidget* parent = nullptr);

    void load(const Account& account) override;
    MetersModel* model() const { return m_model; }
    ReadingsHistoryDialog* historyDialog() const { return m_history; }

private:
    void openHistory();

    MetersModel* m_model;
    QTableView* m_table;
    QLabel* m_empty;
    QPushButton* m_historyButton;
    ReadingsHistoryDialog* m_history = nullptr;
};

} // namespace mygas
