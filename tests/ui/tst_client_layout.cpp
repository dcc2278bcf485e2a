// Every window and dialog a person meets, laid out on a small screen
// (1024×768) and at 200 % (QT_SCALE_FACTOR=2 on 1600×1000, so 800×500 of
// room): no window larger than the screen's free area, no label cut off, no
// field or button squeezed below what its content needs. The real windows
// against the real mygas-server with the demo data.
#include "app/CompositionRoot.h"
#include "services/cache/CacheStore.h"
#include "tests/support/gui/PageTestSupport.h"
#include "translations/Translations.h"
#include "ui/account/AccountPage.h"
#include "ui/account/ServicesSection.h"
#include "ui/applications/ConnectionSurveyDialog.h"
#include "ui/auth/AuthWindow.h"
#include "ui/payments/PaymentDialog.h"
#include "ui/readings/MetersSection.h"
#include "ui/readings/ReadingsSubmitDialog.h"
#include "ui/settings/SettingsPage.h"
#include "ui/shell/DemoMailWindow.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollBar>
#include <QTabBar>
#include <QTest>

using namespace mygas;
using namespace pagetest;

namespace {

// The parts of tables and tab bars are theirs to lay out (scroll buttons,
// cell editors); everything else is checked, in scroll areas too, where a
// widget may be scrolled away but never squeezed.
bool partOfAView(const QWidget* w, const QWidget* window)
{
    for (const QWidget* p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractItemView*>(p) || qobject_cast<const QTabBar*>(p))
            return true;
    }
    return false;
}

QString describe(const QWidget* w)
{
    QString text;
    if (auto* l = qobject_cast<const QLabel*>(w))
        text = l->text();
    else if (auto* b = qobject_cast<const QAbstractButton*>(w))
        text = b->text();
    else
        text = w->accessibleName();
    return QStringLiteral("%1 «%2» (%3)")
        .arg(QString::fromLatin1(w->metaObject()->className()), text.left(60), w->objectName());
}

// What a person could not read or use in this window as it is now.
QStringList problems(QWidget* window)
{
    QStringList out;
    const QRect screen = window->screen()->availableGeometry();
    const QSize frame = window->frameGeometry().size();
    if (frame.width() > screen.width() || frame.height() > screen.height())
        out << QStringLiteral("the window is %1×%2, the screen has %3×%4")
                   .arg(frame.width())
                   .arg(frame.height())
                   .arg(screen.width())
                   .arg(screen.height());
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || w->window() != window || partOfAView(w, window))
            continue;
        // A form that scrolls sideways hides half of every line; a table may
        // at 200 %, never on a plain small screen.
        if (auto* area = qobject_cast<QAbstractScrollArea*>(w)) {
            const bool table = qobject_cast<QAbstractItemView*>(w) != nullptr;
            if (area->horizontalScrollBar()->isVisible() && (!table || window->devicePixelRatio() < 1.5))
                out << QStringLiteral("scrolls sideways: %1").arg(describe(w));
        }
        const QSize need = w->minimumSizeHint();
        if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->text().isEmpty() || label->pixmap().isNull() == false)
                continue;
            if (label->wordWrap()) {
                if (label->height() + 2 < label->heightForWidth(label->width()))
                    out << QStringLiteral("cut off below: %1, %2 px of %3")
                               .arg(describe(label))
                               .arg(label->height())
                               .arg(label->heightForWidth(label->width()));
            } else if (label->width() + 2 < label->sizeHint().width() || label->height() + 2 < need.height()) {
                out << QStringLiteral("cut off: %1, %2×%3 of %4×%5")
                           .arg(describe(label))
                           .arg(label->width())
                           .arg(label->height())
                           .arg(label->sizeHint().width())
                           .arg(need.height());
            }
        } else if (qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractButton*>(w)) {
            if (w->width() + 2 < need.width() || w->height() + 2 < need.height())
                out << QStringLiteral("squeezed: %1, %2×%3 of %4×%5")
                           .arg(describe(w))
                           .arg(w->width())
                           .arg(w->height())
                           .arg(need.width())
                           .arg(need.height());
        }
    }
    return out;
}

} // namespace

class TestClientLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void authPagesWithTheirErrors();
    void mainWindowAndEverySection();
    void dialogs();

private:
    MainWindow* main() const { return m_root->mainWindow(); }
    void check(QWidget* window, const QString& what);

    QTemporaryDir m_home;
    ServerProcess m_server;
    std::unique_ptr<CompositionRoot> m_root;
    QStringList m_problems;
};

void TestClientLayout::initTestCase()
{
    isolate(m_home);
    QVERIFY(installTranslation(QStringLiteral("ru")));
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
    m_root = makeRoot(m_server);
    m_root->start();
    QTRY_VERIFY(m_root->authWindow()->isVisible());
    qInfo("screen %dx%d available, device pixel ratio %.1f", QGuiApplication::primaryScreen()->availableSize().width(),
          QGuiApplication::primaryScreen()->availableSize().height(),
          QGuiApplication::primaryScreen()->devicePixelRatio());
}

void TestClientLayout::cleanupTestCase()
{
    m_root.reset();
}

void TestClientLayout::check(QWidget* window, const QString& what)
{
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTest::qWait(100); // layouts settle after the first paint
    snapshot(window, QStringLiteral("layout-") + what);
    const QStringList found = problems(window);
    for (const QString& p : found)
        m_problems << what + QStringLiteral(": ") + p;
    QVERIFY2(found.isEmpty(), qPrintable(what + QStringLiteral(":\n  ") + found.join(QStringLiteral("\n  "))));
}

void TestClientLayout::authPagesWithTheirErrors()
{
    AuthWindow* w = m_root->authWindow();
    check(w, QStringLiteral("login"));
    click(w, "loginButton");
    check(w, QStringLiteral("login-errors"));
    click(w, "registerLink");
    QTRY_VERIFY(w->findChild<QWidget*>(QStringLiteral("registrationPage"))->isVisible());
    click(w, "registerButton"); // every field empty: every message at once
    check(w, QStringLiteral("registration-errors"));
    click(w, "registrationBack");
    QTRY_VERIFY(w->findChild<QWidget*>(QStringLiteral("loginPage"))->isVisible());
}

void TestClientLayout::mainWindowAndEverySection()
{
    signInThroughWindow(m_root.get(), demoLogin(), demoPassword());
    QTRY_VERIFY_WITH_TIMEOUT(main()->isVisible(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!main()->currentAccountId().isEmpty(), 20000);
    main()->showAccounts();
    for (const char* key : {"services", "meters", "payments", "subscriber", "settlements", "contracts", "acts"}) {
        QVERIFY2(openSection(main()->accountPage(), QString::fromLatin1(key)), key);
        check(main(), QStringLiteral("section-") + QString::fromLatin1(key));
    }
    click(main(), "menuSettings");
    check(main(), QStringLiteral("settings"));
    click(main(), "menuAccount");
}

void TestClientLayout::dialogs()
{
    auto* services = openSection<ServicesSection>(main()->accountPage(), QStringLiteral("services"));
    QVERIFY(services);
    click(services, "payButton");
    QTRY_VERIFY(services->paymentDialog() && services->paymentDialog()->isVisible());
    check(services->paymentDialog(), QStringLiteral("payment"));
    services->paymentDialog()->reject();

    auto* meters = openSection<MetersSection>(main()->accountPage(), QStringLiteral("meters"));
    QVERIFY(meters);
    click(meters, "submitReadingsButton");
    QTRY_VERIFY(meters->submitDialog() && meters->submitDialog()->isVisible());
    ReadingsSubmitDialog* readings = meters->submitDialog();
    if (readings->rowCount() > 0 && readings->edit(0)->isEnabled()) {
        readings->edit(0)->setFocus();
        QTest::keyClicks(readings->edit(0), QStringLiteral("99999"));
    }
    check(readings, QStringLiteral("readings"));
    readings->reject();

    // The survey before a connection application, at its longest page: every
    // answer of the demo company's survey taken that carries a note.
    QList<Company> surveyed;
    for (const Company& c : m_root->cache()->companies()) {
        if (c.applicationsEnabled && c.connectionSurvey.size() > surveyed.value(0).connectionSurvey.size())
            surveyed = {c};
    }
    QVERIFY(!surveyed.isEmpty());
    ConnectionSurveyDialog survey(surveyed, false, main());
    survey.show();
    const applications::ConnectionSurvey questions =
        applications::ConnectionSurvey::fromJson(surveyed.first().connectionSurvey);
    QString at = questions.questions.first().id;
    while (const applications::SurveyQuestion* q = questions.question(at)) {
        // The answer that says the most about the application.
        qsizetype pick = q->answers.size() - 1;
        for (qsizetype i = 0; i < q->answers.size(); ++i) {
            if (q->answers.at(i).note.size() > q->answers.at(pick).note.size())
                pick = i;
        }
        survey.answerButtons().at(pick)->click();
        survey.nextButton()->click();
        at = q->answers.at(pick).next;
    }
    QVERIFY(survey.answerButtons().isEmpty()); // at the summary
    check(&survey, QStringLiteral("connection-survey"));
    survey.reject();

    m_root->openDemoMail();
    QTRY_VERIFY(m_root->demoMailWindow() && m_root->demoMailWindow()->isVisible());
    check(m_root->demoMailWindow(), QStringLiteral("demo-mail"));
    m_root->demoMailWindow()->close();
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    TestClientLayout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_client_layout.moc"
