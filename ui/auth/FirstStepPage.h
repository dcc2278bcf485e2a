#pragma once

#include <QWidget>

namespace mygas {

// What to do first (manual 3.1, figure 7): connect a personal account or
// apply for connection to the gas supply system.
class FirstStepPage : public QWidget
{
    Q_OBJECT
public:
    explicit FirstStepPage(QWidget* parent = nullptr);

signals:
    void connectAccountRequested();
    void applicationRequested();
    void skipped();
};

} // namespace mygas
