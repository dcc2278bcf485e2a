// Opens every window and page of the client and fails on any interactive
// widget without an accessible name or out of keyboard reach.
#include "AuthWindow.h"
#include "ClientTestSupport.h"
#include "CompositionRoot.h"
#include "DemoMailWindow.h"
#include "MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
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

private:
    static bool isInteractive(QWidget* w);
    QStringList problems(QWidget* window);

    QTemporaryDir m_settings;
    ServerProcess m_server;
    std::unique_ptr<CompositionRoot> m_root;
};

void TestClientAccessibility::initTestCase()
{
    clienttest::isolateSettings(m_settings);
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

QTEST_MAIN(TestClientAccessibility)
#include "tst_client_accessibility.moc"
