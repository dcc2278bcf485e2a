#pragma once

#include <QObject>
#include <QString>

class QMenu;
class QSystemTrayIcon;

namespace mygas {

class MainWindow;

// The icon of «Мой газ» in the system tray, and where reminders appear: a
// tray notification where the desktop has a tray, otherwise the notice line
// of the main window.
class ReminderTray : public QObject
{
    Q_OBJECT
public:
    explicit ReminderTray(MainWindow* window, QObject* parent = nullptr);
    ~ReminderTray() override;

    bool hasTray() const { return m_tray != nullptr; }
    void setVisible(bool visible);
    void notify(const QString& text);
    QString lastText() const { return m_last; }

private:
    void openWindow();

    MainWindow* m_window;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_menu = nullptr;
    QString m_last;
    QString m_shown; // what the notice line shows of the reminders
};

} // namespace mygas
