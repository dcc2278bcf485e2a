// Linking and managing personal accounts through the real dialogs under Xvfb
// against the real mygas-server (--demo): a wrong number, an unknown one, a
// linkable one from docs/demo.md; the fourth link disabled; a wrong and a
// right control answer; rename; a PIN request; unlink after the question.
#include "app/CompositionRoot.h"
#include "models/accounts/AccountListModel.h"
#include "models/core/ErrorCatalog.h"
#include "services/cache/CacheStore.h"
#include "tests/support/client/ClientTestSupport.h"
#include "tests/support/gui/PageTestSupport.h"
#include "translations/Translations.h"
#include "ui/account/AccountPage.h"
#include "ui/account/AccountSection.h"
#include "ui/account/ExtendedOffer.h"
#include "ui/account/SectionSlot.h"
#include "ui/accounts/AccountActions.h"
#include "ui/accounts/AccountSwitcher.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/accounts/ExtendedAccessDialog.h"
#include "ui/accounts/LinkAccountDialog.h"
#include "ui/accounts/PinRequestDialog.h"
#include "ui/accounts/RenameAccountDialog.h"
#include "ui/auth/AuthWindow.h"
#include "ui/settings/SettingsPage.h"
#include "ui/shell/DemoMailWindow.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

using namespace mygas;
using namespace pagetest;

namespace {
// A linkable account of the demo data (docs/demo.md) and its meter's serial.
const char* kCompany = "lesnogorsk";
const char* kNumber = "66012345";
const char* kSerial = "70345112";
} // namespace

class TestClientLinking : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void linkChecksTheNumberAndNamesTheProblem();
    void linkedAccountBecomesCurrentAndFourthIsDisabled();
    void wrongControlAnswerThenRightOneUnlocksExtended();
    void renameChangesTheListedName();
    void pinRequestReachesTheOutbox();
    void unlinkAsksFirstThenRemoves();

private:
    MainWindow* main() const { return m_root->mainWindow(); }
    AccountActions* actions() const { return main()->actions(); }
    QString idOf(const QString& number) const;
    void selectInSettings(const QString& number);

    QTemporaryDir m_home;
    ServerProcess m_server;
    std::unique_ptr<CompositionRoot> m_root;
};

void TestClientLinking::initTestCase()
{
    isolate(m_home);
    QVERIFY(installTranslation(QStringLiteral("ru")));
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
    m_root = makeRoot(m_server);
    m_root->start();
    QTRY_VERIFY(m_root->authWindow()->isVisible());
    signInThroughWindow(m_root.get(), demoLogin(), demoPassword());
    QTRY_VERIFY(main()->isVisible());
    QTRY_COMPARE(main()->accountSwitcher()->model()->rowCount(), 2);
}

void TestClientLinking::cleanupTestCase()
{
    m_root.reset();
}

QString TestClientLinking::idOf(const QString& number) const
{
    for (const Account& a : m_root->cache()->accounts()) {
        if (a.number == number)
            return a.id;
    }
    return {};
}

void TestClientLinking::selectInSettings(const QString& number)
{
    click(main(), "menuSettings");
    SettingsPage* settings = main()->settingsPage();
    QTRY_VERIFY(settings->isVisible());
    settings->select(idOf(number));
    QCOMPARE(settings->selectedId(), idOf(number));
}

void TestClientLinking::linkChecksTheNumberAndNamesTheProblem()
{
    click(main(), "addAccountButton");
    LinkAccountDialog* dialog = actions()->linkDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    auto* companies = dialog->findChild<QComboBox*>(QStringLiteral("linkCompanyCombo"));
    QTRY_VERIFY(companies->count() >= 3);
    companies->setCurrentIndex(companies->findData(QString::fromLatin1(kCompany)));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("linkNumberHint"))->text().contains(QStringLiteral("8 цифр")));
    snapshot(dialog, QStringLiteral("link-dialog"));

    // The format is checked as the person types.
    type(dialog, "linkNumberEdit", QStringLiteral("1234"));
    auto* fieldError = dialog->findChild<QLabel*>(QStringLiteral("linkNumberEditError"));
    QTRY_VERIFY(fieldError->isVisible());
    QCOMPARE(fieldError->text(), errorMessage(QStringLiteral("account_number_invalid")));

    // A well-formed number the company does not know: the manual's message.
    type(dialog, "linkNumberEdit", QStringLiteral("66099999"));
    QVERIFY(!fieldError->isVisible());
    click(dialog, "linkContinueButton");
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("linkStatusText"));
    QTRY_COMPARE(status->text(), errorMessage(QStringLiteral("account_number_unknown")));
    QVERIFY(status->text().contains(QStringLiteral("не может быть подключен")) ||
            status->text().contains(QStringLiteral("не найден")));
    QVERIFY(dialog->isVisible());
    snapshot(dialog, QStringLiteral("link-not-found"));
    // The focus is back in the number, so the person corrects it; Enter does
    // not press the next button.
    QTRY_COMPARE(dialog->focusWidget(), dialog->findChild<QLineEdit*>(QStringLiteral("linkNumberEdit")));
    // Another company: the message was about the one chosen before.
    const int chosen = companies->currentIndex();
    companies->setCurrentIndex(chosen == 0 ? 1 : 0);
    QVERIFY(status->text().isEmpty() || !status->isVisible());
    companies->setCurrentIndex(chosen);
}

void TestClientLinking::linkedAccountBecomesCurrentAndFourthIsDisabled()
{
    LinkAccountDialog* dialog = actions()->linkDialog();
    // A section of the extended version open on the account in use.
    main()->accountPage()->showSection(QStringLiteral("settlements"));
    QCOMPARE(qobject_cast<SectionSlot*>(main()->accountPage()->tabs()->currentWidget())->key(),
             QStringLiteral("settlements"));
    type(dialog, "linkNumberEdit", QString::fromLatin1(kNumber));
    click(dialog, "linkContinueButton");
    QTRY_VERIFY(!actions()->linkDialog() || !actions()->linkDialog()->isVisible());
    QTRY_COMPARE(main()->accountSwitcher()->model()->rowCount(), 3);
    QTRY_COMPARE(main()->currentAccountId(), idOf(QString::fromLatin1(kNumber)));
    // Linked in the limited version, and opened on a section it has.
    QCOMPARE(m_root->cache()->account(idOf(QString::fromLatin1(kNumber)))->access, Access::Limited);
    auto* tab = qobject_cast<SectionSlot*>(main()->accountPage()->tabs()->currentWidget());
    QVERIFY(tab);
    QVERIFY2(!tab->lockedFor(*m_root->cache()->account(idOf(QString::fromLatin1(kNumber)))), qPrintable(tab->key()));
    // «Настройки» → «Лицевые счета» start at the account in use, not the first.
    click(main(), "menuSettings");
    QTRY_COMPARE(main()->settingsPage()->selectedId(), idOf(QString::fromLatin1(kNumber)));
    click(main(), "menuAccount");

    // Three accounts: every way to link one more is disabled.
    QVERIFY(!main()->accountSwitcher()->addButton()->isEnabled());
    QVERIFY(!main()->findChild<QPushButton*>(QStringLiteral("connectAccountButton"))->isEnabled());
    QVERIFY(!main()->findChild<QPushButton*>(QStringLiteral("settingsLinkButton"))->isEnabled());
    snapshot(main(), QStringLiteral("three-accounts"));
}

void TestClientLinking::wrongControlAnswerThenRightOneUnlocksExtended()
{
    const QString number = QString::fromLatin1(kNumber);
    selectInSettings(number);
    snapshot(main(), QStringLiteral("settings"));
    click(main(), "settingsExtendedButton");
    ExtendedAccessDialog* dialog = actions()->extendedDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("questionMeterSerial"))->isChecked());

    type(dialog, "extendedAnswerEdit", QStringLiteral("00000000"));
    click(dialog, "extendedAnswerButton");
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("extendedStatusText"));
    QTRY_VERIFY(!status->text().isEmpty());
    QVERIFY2(status->text().contains(QStringLiteral("неверн"), Qt::CaseInsensitive), qPrintable(status->text()));
    QVERIFY(!dialog->unlocked());
    snapshot(dialog, QStringLiteral("extended-wrong"));

    type(dialog, "extendedAnswerEdit", QString::fromLatin1(kSerial));
    click(dialog, "extendedAnswerButton");
    QTRY_VERIFY(dialog->unlocked());
    auto* start = dialog->findChild<QPushButton*>(QStringLiteral("extendedStartButton"));
    QTRY_VERIFY(start->isVisible());
    QCOMPARE(start->text(), QStringLiteral("Приступить к работе"));
    snapshot(dialog, QStringLiteral("extended-done"));
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY(!actions()->extendedDialog() || !actions()->extendedDialog()->isVisible());

    // The next sync brings the extended sections of this account.
    QTRY_COMPARE(m_root->cache()->account(idOf(number))->access, Access::Extended);
    QTRY_VERIFY(m_root->cache()->subscriber(idOf(number)).has_value());
    main()->setCurrentAccount(idOf(number));
    click(main(), "menuAccount");
    main()->accountPage()->showSection(QStringLiteral("subscriber"));
    SectionSlot* slot = main()->accountPage()->slot(QStringLiteral("subscriber"));
    QTRY_VERIFY(slot->section() && slot->section()->isVisible());
    QVERIFY(!slot->offer() || !slot->offer()->isVisible());
}

void TestClientLinking::renameChangesTheListedName()
{
    const QString number = QString::fromLatin1(kNumber);
    selectInSettings(number);
    click(main(), "settingsRenameButton");
    RenameAccountDialog* dialog = actions()->renameDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    type(dialog, "aliasEdit", QString(41, QLatin1Char('x')));
    click(dialog, "aliasSaveButton");
    QTRY_VERIFY(dialog->findChild<QLabel*>(QStringLiteral("aliasEditError"))->isVisible());
    type(dialog, "aliasEdit", QStringLiteral("Дача"));
    click(dialog, "aliasSaveButton");
    QTRY_VERIFY(!actions()->renameDialog() || !actions()->renameDialog()->isVisible());
    QTRY_COMPARE(m_root->cache()->account(idOf(number))->alias, QStringLiteral("Дача"));
    AccountListModel* list = main()->accountSwitcher()->model();
    QTRY_VERIFY(list->index(list->rowOf(idOf(number))).data().toString().contains(QStringLiteral("Дача (66012345)")));
}

void TestClientLinking::pinRequestReachesTheOutbox()
{
    selectInSettings(limitedNumber());
    click(main(), "settingsPinButton");
    PinRequestDialog* dialog = actions()->pinDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    const QString email = clienttest::uniqueLogin(QStringLiteral("pin"));
    click(dialog, "pinSendButton"); // nothing filled in: the fields say what is missing
    QTRY_VERIFY(dialog->findChild<QLabel*>(QStringLiteral("pinNameEditError"))->isVisible());
    QVERIFY(!dialog->sent());
    type(dialog, "pinNameEdit", QStringLiteral("Иванов Иван Иванович"));
    type(dialog, "pinEmailEdit", email);
    type(dialog, "pinPhoneEdit", QStringLiteral("+79123456789"));
    click(dialog, "pinSendButton");
    QTRY_VERIFY(dialog->sent());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("pinStatusText"))->text().contains(email));
    QTRY_VERIFY(clienttest::outboxCount(m_server, email) >= 1);
    snapshot(dialog, QStringLiteral("pin-request"));
    dialog->close();

    // With a demo server the PIN is read in «Демо-почта», reachable from the
    // extended-version dialog that keeps the main window out of reach.
    main()->setDemoMode(true);
    actions()->unlockExtended(idOf(limitedNumber()));
    QTRY_VERIFY(actions()->extendedDialog() && actions()->extendedDialog()->isVisible());
    click(actions()->extendedDialog(), "extendedDemoMailButton");
    QTRY_VERIFY(m_root->demoMailWindow() && m_root->demoMailWindow()->isVisible());
    m_root->demoMailWindow()->close();
    actions()->extendedDialog()->close();
    main()->setDemoMode(false);
}

void TestClientLinking::unlinkAsksFirstThenRemoves()
{
    const QString number = QString::fromLatin1(kNumber);
    const QString id = idOf(number);
    selectInSettings(number);
    // «Нет» keeps the account.
    MessageBox::setNextAnswer(QMessageBox::No);
    click(main(), "settingsUnlinkButton");
    QTest::qWait(300);
    QCOMPARE(main()->accountSwitcher()->model()->rowCount(), 3);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(main(), "settingsUnlinkButton");
    QTRY_COMPARE(main()->accountSwitcher()->model()->rowCount(), 2);
    QVERIFY(idOf(number).isEmpty());
    QVERIFY(main()->currentAccountId() != id);
    QVERIFY(main()->accountSwitcher()->addButton()->isEnabled());
}

QTEST_MAIN(TestClientLinking)
#include "tst_client_linking.moc"
