// Opens every window and page of the client and fails on any interactive
// widget without an accessible name or out of keyboard reach.
#include "app/CompositionRoot.h"
#include "models/accounts/AccountListModel.h"
#include "services/cache/CacheStore.h"
#include "tests/support/client/ClientTestSupport.h"
#include "tests/support/gui/PageTestSupport.h"
#include "ui/account/AccountPage.h"
#include "ui/account/SectionSlot.h"
#include "ui/account/ServicesSection.h"
#include "ui/accounts/AccountActions.h"
#include "ui/accounts/AccountSwitcher.h"
#include "ui/accounts/ExtendedAccessDialog.h"
#include "ui/accounts/LinkAccountDialog.h"
#include "ui/accounts/PinRequestDialog.h"
#include "ui/accounts/RenameAccountDialog.h"
#include "ui/auth/AuthWindow.h"
#include "ui/payments/PaymentDialog.h"
#include "ui/readings/MetersSection.h"
#include "ui/readings/ReadingsHistoryDialog.h"
#include "ui/settings/CardsBlock.h"
#include "ui/settings/SettingsPage.h"
#include "ui/shell/DemoMailWindow.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

using namespace mygas;

class TestClientAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyInteractiveWidgetIsNamedAndFocusable_data();
    void everyInteractiveWidgetIsNamedAndFocusable();
    void loginFormIsReachableByTab();
    void accountPagesAndDialogsAreNamedAndFocusable();
    void mainWindowTabOrderIsTheVisualOrder();

private:
    static bool isInteractive(QWidget* w);
    QStringList problems(QWidget* window);

    QTemporaryDir m_settings;
    ServerProcess m_server;
    std::unique_ptr<CompositionRoot> m_root;
};

void TestClientAccessibility::initTestCase()
{
    pagetest::isolate(m_settings);
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
    AppOptions options;
    options.server = m_server.baseUrl();
    options.caFile = m_server.caFile();
    options.offerDemoMail = true;
    m_root = std::make_unique<CompositionRoot>(options);
    m_root->start();
    QTRY_VERIFY(m_root->authWindow()->isVisible());
}

bool TestClientAccessibility::isInteractive(QWidget* w)
{
    if (qobject_cast<QHeaderView*>(w))
        return false; // part of its item view
    // The scroll arrows of a tab bar (the bar itself takes the arrow keys) and
    // the popup list of a combo box and the corner button of a table are parts
    // of those controls.
    for (QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<QTabBar*>(p) || qobject_cast<QComboBox*>(p) || qobject_cast<QAbstractItemView*>(p))
            return false;
    }
    if (auto* label = qobject_cast<QLabel*>(w))
        return label->openExternalLinks() || label->textInteractionFlags().testFlag(Qt::LinksAccessibleByKeyboard);
    return qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
           qobject_cast<QAbstractItemView*>(w) || qobject_cast<QTextEdit*>(w);
}

QStringList TestClientAccessibility::problems(QWidget* window)
{
    QStringList found;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!isInteractive(w))
            continue;
        const QString who =
            QStringLiteral("%1 '%2' (%3)")
                .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), window->objectName());
        if (w->accessibleName().trimmed().isEmpty())
            found << who + QStringLiteral(": no accessible name");
        if (w->objectName().isEmpty())
            found << who + QStringLiteral(": no object name");
        if (w->focusPolicy() == Qt::NoFocus)
            found << who + QStringLiteral(": not reachable by keyboard");
    }
    return found;
}

void TestClientAccessibility::everyInteractiveWidgetIsNamedAndFocusable_data()
{
    QTest::addColumn<QString>("window");
    QTest::newRow("auth") << QStringLiteral("auth");
    QTest::newRow("main") << QStringLiteral("main");
    QTest::newRow("demo mail") << QStringLiteral("demoMail");
}

void TestClientAccessibility::everyInteractiveWidgetIsNamedAndFocusable()
{
    QFETCH(QString, window);
    QWidget* w = nullptr;
    if (window == QLatin1String("auth")) {
        w = m_root->authWindow();
    } else if (window == QLatin1String("main")) {
        w = m_root->mainWindow();
    } else {
        m_root->openDemoMail();
        w = m_root->demoMailWindow();
    }
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QStringList all;
    // Every page of every stack, shown in turn.
    const QList<QStackedWidget*> stacks = w->findChildren<QStackedWidget*>();
    for (QStackedWidget* stack : stacks) {
        // A stack inside a page shown in turn (the sections of an account)
        // is walked by accountPagesAndDialogsAreNamedAndFocusable().
        if (!stack->isVisible())
            continue;
        for (int i = 0; i < stack->count(); ++i) {
            stack->setCurrentIndex(i);
            QVERIFY(QTest::qWaitForWindowExposed(w));
            QVERIFY(stack->currentWidget()->isVisible());
            all += problems(stack->currentWidget());
        }
    }
    all += problems(w);
    all.removeDuplicates();
    QVERIFY2(all.isEmpty(), qPrintable(all.join(QLatin1Char('\n'))));
    w->hide();
}

void TestClientAccessibility::loginFormIsReachableByTab()
{
    AuthWindow* w = m_root->authWindow();
    w->showLogin();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    auto* login = w->findChild<QLineEdit*>(QStringLiteral("loginEdit"));
    QTRY_VERIFY(login->hasFocus() || (w->activateWindow(), login->setFocus(), login->hasFocus()));
    QStringList order;
    for (int i = 0; i < 4; ++i) {
        order << QApplication::focusWidget()->objectName();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(order, (QStringList{QStringLiteral("loginEdit"), QStringLiteral("passwordEdit"),
                                 QStringLiteral("loginButton"), QStringLiteral("registerLink")}));
}

void TestClientAccessibility::accountPagesAndDialogsAreNamedAndFocusable()
{
    // The demo user's extended and limited accounts, every section of each,
    // the overview, the settings and every dialog of the accounts.
    MainWindow* main = m_root->mainWindow();
    m_root->authWindow()->showLogin();
    pagetest::signInThroughWindow(m_root.get(), pagetest::demoLogin(), pagetest::demoPassword());
    QTRY_VERIFY(main->isVisible());
    QTRY_COMPARE(main->accountSwitcher()->model()->rowCount(), 2);
    QStringList all;
    AccountPage* page = main->accountPage();
    QString limitedId;
    for (const Account& account : m_root->cache()->accounts()) {
        if (account.access == Access::Limited)
            limitedId = account.id;
        main->setCurrentAccount(account.id);
        main->showAccounts();
        for (int i = 0; i < page->tabs()->count(); ++i) {
            page->tabs()->setCurrentIndex(i);
            QTRY_VERIFY(page->tabs()->currentWidget()->isVisible());
            all += problems(page->tabs()->currentWidget());
        }
        all += problems(main);
    }
    QVERIFY(page->tabs()->tabBar()->focusPolicy() != Qt::NoFocus);
    QVERIFY(!page->tabs()->tabBar()->accessibleName().isEmpty());
    for (const char* menu : {"menuHousehold", "menuSettings"}) {
        pagetest::click(main, menu);
        all += problems(main);
    }

    AccountActions* actions = main->actions();
    actions->link();
    QTRY_VERIFY(actions->linkDialog()->isVisible());
    all += problems(actions->linkDialog());
    actions->linkDialog()->close();
    actions->unlockExtended(limitedId);
    QTRY_VERIFY(actions->extendedDialog()->isVisible());
    all += problems(actions->extendedDialog());
    actions->requestPin(limitedId);
    QTRY_VERIFY(actions->pinDialog()->isVisible());
    all += problems(actions->pinDialog());
    actions->pinDialog()->close();
    actions->extendedDialog()->close();
    actions->rename(limitedId);
    QTRY_VERIFY(actions->renameDialog()->isVisible());
    all += problems(actions->renameDialog());
    actions->renameDialog()->close();

    main->setCurrentAccount(m_root->cache()->accounts().first().id);
    main->showAccounts();
    page->showSection(QStringLiteral("meters"));
    auto* meters = qobject_cast<MetersSection*>(page->slot(QStringLiteral("meters"))->section());
    QTRY_VERIFY(meters && meters->isVisible());
    pagetest::click(meters, "meterHistoryButton");
    QTRY_VERIFY(meters->historyDialog() && meters->historyDialog()->isVisible());
    all += problems(meters->historyDialog());
    meters->historyDialog()->close();

    // «Оплатить» and «Карты» → «Новая карта».
    page->showSection(QStringLiteral("services"));
    auto* services = qobject_cast<ServicesSection*>(page->slot(QStringLiteral("services"))->section());
    QTRY_VERIFY(services && services->isVisible());
    pagetest::click(services, "payButton");
    QTRY_VERIFY(services->paymentDialog() && services->paymentDialog()->isVisible());
    all += problems(services->paymentDialog());
    services->paymentDialog()->close();
    pagetest::click(main, "menuSettings");
    CardsBlock* cards = main->settingsPage()->cardsBlock();
    QVERIFY(cards);
    pagetest::click(cards, "cardsNewButton");
    QTRY_VERIFY(cards->offerDialog() && cards->offerDialog()->isVisible());
    all += problems(cards->offerDialog());
    cards->offerDialog()->close();

    all.removeDuplicates();
    QVERIFY2(all.isEmpty(), qPrintable(all.join(QLatin1Char('\n'))));
}

// Tab goes as a sighted person reads: the top line (left to right), the left
// column (top to bottom), then the account page.
void TestClientAccessibility::mainWindowTabOrderIsTheVisualOrder()
{
    MainWindow* main = m_root->mainWindow();
    QTRY_VERIFY(main->isVisible());
    main->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(main));
    pagetest::click(main, "menuAccount");
    main->showAccounts();
    main->setDemoMode(true); // «Демо-почта» first on the top line
    QWidget* first = main->findChild<QWidget*>(QStringLiteral("demoMailButton"));
    QTest::qWait(100);
    first->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), first);
    QList<QWidget*> order;
    for (int i = 0; i < 60 && !order.contains(QApplication::focusWidget()); ++i) {
        order << QApplication::focusWidget();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    auto at = [main](QWidget* w) { return w->mapTo(main, QPoint(0, 0)); };
    QStringList names;
    for (QWidget* w : order)
        names << QStringLiteral("%1@%2,%3").arg(w->objectName()).arg(at(w).x()).arg(at(w).y());
    qInfo("%s", qPrintable(names.join(QStringLiteral("  "))));
    // Regions in reading order: the top line, the left column, the page.
    const int pageLeft = at(main->accountPage()).x();
    const int top = at(main->accountSwitcher()).y();
    auto region = [&](QWidget* w) { return at(w).y() < top ? 0 : at(w).x() < pageLeft ? 1 : 2; };
    const int halfLine = std::max(1, main->fontMetrics().height() / 2);
    for (int i = 1; i < order.size(); ++i) {
        const int a = region(order[i - 1]);
        const int b = region(order[i]);
        const QString pair = QStringLiteral("%1 before %2").arg(names[i - 1], names[i]);
        QVERIFY2(b >= a, qPrintable(pair));
        if (a != b)
            continue;
        const QPoint p = at(order[i - 1]);
        const QPoint q = at(order[i]);
        if (a == 0)
            QVERIFY2(q.x() > p.x(), qPrintable(pair));
        else
            QVERIFY2(q.y() / halfLine > p.y() / halfLine || (q.y() / halfLine == p.y() / halfLine && q.x() > p.x()),
                     qPrintable(pair));
    }
    // The menu is one group, as tabs are: Tab reaches its current item, the
    // arrow keys the others, in the order shown.
    auto* menuAccount = main->findChild<QWidget*>(QStringLiteral("menuAccount"));
    QVERIFY(order.contains(menuAccount));
    menuAccount->setFocus(Qt::TabFocusReason);
    QTest::keyClick(menuAccount, Qt::Key_Down);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("menuHousehold"));
    main->setDemoMode(false);
}

QTEST_MAIN(TestClientAccessibility)
#include "tst_client_accessibility.moc"
