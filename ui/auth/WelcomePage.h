#pragma once

#include <QWidget>

namespace mygas {

// The virtual assistant's greeting after registration (manual 3.1 step 4).
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

signals:
    void accepted();
};

} // namespace mygas
