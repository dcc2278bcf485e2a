#pragma once

#include <QWidget>

class QLabel;

namespace mygas {

// A section that arrives with an upcoming version says so plainly.
class UpcomingPage : public QWidget
{
    Q_OBJECT
public:
    // withBack adds a «Назад» button that emits backRequested().
    UpcomingPage(const QString& objectName, bool withBack, QWidget* parent = nullptr);

    void setSection(const QString& title);

signals:
    void backRequested();

private:
    QLabel* m_title;
};

} // namespace mygas
