#include "MainWindow.h"

#include "AccountsPage.h"
#include "AuthService.h"
#include "StatusBanner.h"
#include "UpcomingPage.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace mygas {

MainWindow::MainWindow(AuthService* auth, QWidget* parent)
    : QMainWindow(parent), m_auth(auth), m_account(new QLabel(this)),
      m_demoMail(new QPushButton(tr("Demo mail"), this)),
      m_notice(new StatusBanner(QStringLiteral("mainNotice"), this)), m_stack(new QStackedWidget(this)),
      m_accounts(new AccountsPage(this)),
      m_connectAccount(new UpcomingPage(QStringLiteral("connectAccountUpcoming"), true, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("My gas"));
    auto* central = new QWidget(this);
    setCentralWidget(central);

    m_account->setObjectName(QStringLiteral("accountInfo"));
    m_demoMail->setObjectName(QStringLiteral("demoMailButton"));
    m_demoMail->setAccessibleName(tr("Demo mail"));
    m_demoMail->setVisible(false);
    auto* logout = new QPushButton(tr("Log out"), this);
    logout->setObjectName(QStringLiteral("logoutButton"));
    logout->setAccessibleName(tr("Log out"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_account, 1);
    top->addWidget(m_demoMail);
    top->addWidget(logout);

    auto* menu = new QVBoxLayout;
    auto* group = new QButtonGroup(this);
    m_stack->addWidget(m_connectAccount);
    m_connectAccount->setSection(tr("Connect a personal account"));
    const struct
    {
        const char* objectName;
        QString text;
    } sections[] = {{"menuAccount", tr("Personal account")},
                    {"menuOffices", tr("Office map")},
                    {"menuContracts", tr("Contracts")},
                    {"menuSettings", tr("Settings")},
                    {"menuSupport", tr("Technical support")}};
    for (const auto& s : sections) {
        QWidget* page = m_accounts;
        if (m_menu.size() > 0) {
            auto* upcoming = new UpcomingPage(QString::fromLatin1(s.objectName) + QStringLiteral("Page"), false, this);
            upcoming->setSection(s.text);
            page = upcoming;
        }
        QPushButton* b = addMenuItem(s.text, QString::fromLatin1(s.objectName), page);
        group->addButton(b);
        menu->addWidget(b);
        if (m_menu.size() == 4)
            menu->addStretch(1); // technical support sits apart, at the bottom
    }

    auto* body = new QHBoxLayout;
    body->addLayout(menu);
    body->addWidget(m_stack, 1);

    auto* layout = new QVBoxLayout(central);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addLayout(body, 1);

    connect(logout, &QPushButton::clicked, this, &MainWindow::logoutRequested);
    connect(m_demoMail, &QPushButton::clicked, this, &MainWindow::demoMailRequested);
    connect(m_notice, &StatusBanner::retryRequested, this, &MainWindow::retryRequested);
    connect(m_accounts, &AccountsPage::connectAccountRequested, this,
            [this]() { m_stack->setCurrentWidget(m_connectAccount); });
    connect(m_connectAccount, &UpcomingPage::backRequested, this, &MainWindow::showAccounts);
    connect(m_auth, &AuthService::userChanged, this,
            [this](const User& user) { m_account->setText(tr("Account: %1").arg(user.login)); });
    connect(m_auth, &AuthService::credentialsNotSaved, this, [this]() {
        showNotice(tr("Could not save the login: the password storage is unavailable — log in again at the next "
                      "start"));
    });
    m_account->setText(tr("Account: %1").arg(m_auth->user().login));
    showAccounts();
    // A comfortable first size in text units, so it scales with the font and the screen.
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 30);
}

QPushButton* MainWindow::addMenuItem(const QString& text, const QString& objectName, QWidget* page)
{
    auto* b = new QPushButton(text, this);
    b->setObjectName(objectName);
    b->setAccessibleName(text);
    b->setCheckable(true);
    if (m_stack->indexOf(page) < 0)
        m_stack->addWidget(page);
    connect(b, &QPushButton::clicked, this, [this, page]() { m_stack->setCurrentWidget(page); });
    m_menu.append(b);
    return b;
}

void MainWindow::setDemoMode(bool demo)
{
    m_demoMail->setVisible(demo);
}

void MainWindow::showAccounts()
{
    m_stack->setCurrentWidget(m_accounts);
    if (!m_menu.isEmpty())
        m_menu.first()->setChecked(true);
}

void MainWindow::showNotice(const QString& text)
{
    m_notice->showNotice(text);
}

void MainWindow::showError(const Error& error)
{
    m_notice->showError(error);
}

void MainWindow::clearNotice()
{
    m_notice->clear();
}

} // namespace mygas
