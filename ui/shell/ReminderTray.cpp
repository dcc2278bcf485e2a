#include "ui/shell/ReminderTray.h"

#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace mygas {

ReminderTray::ReminderTray(MainWindow* window, QObject* parent) : QObject(parent), m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QIcon::fromTheme(QStringLiteral("mygas"), QIcon(QStringLiteral(":/icons/mygas.svg"))),
                                 this);
    m_tray->setObjectName(QStringLiteral("reminderTray"));
    m_tray->setToolTip(tr("My gas"));
    m_menu = new QMenu;
    m_menu->setObjectName(QStringLiteral("reminderTrayMenu"));
    m_menu->setAccessibleName(tr("My gas"));
    QAction* open = m_menu->addAction(tr("Open"));
    open->setObjectName(QStringLiteral("reminderTrayOpen"));
    connect(open, &QAction::triggered, this, &ReminderTray::openWindow);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            openWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &ReminderTray::openWindow);
}

ReminderTray::~ReminderTray()
{
    delete m_menu; // a context menu has no parent
}

void ReminderTray::setVisible(bool visible)
{
    if (m_tray)
        m_tray->setVisible(visible);
}

void ReminderTray::notify(const QString& text)
{
    m_last = text;
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(tr("My gas"), text, m_tray->icon());
        return;
    }
    // Several reminders of one check share the notice line.
    if (!m_shown.isEmpty() && m_window->noticeText() == m_shown)
        m_shown += QLatin1Char('\n') + text;
    else
        m_shown = text;
    m_window->showNotice(m_shown);
}

void ReminderTray::openWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace mygas
