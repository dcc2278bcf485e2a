// The account pages under Xvfb against the real mygas-server with its demo
// data: the demo user's two accounts, every section with the values the API
// gives, the limited version greyed and masked, CSV files, then the start
// with the server stopped (painted from the cache) and back online.
#include "app/CompositionRoot.h"
#include "models/accounts/AccountListModel.h"
#include "models/accounts/ActWorksModel.h"
#include "models/accounts/ActsModel.h"
#include "models/accounts/ContractsModel.h"
#include "models/accounts/ServicesModel.h"
#include "models/accounts/SettlementsModel.h"
#include "models/core/DisplayFormat.h"
#include "models/core/Money.h"
#include "models/payments/PaymentsModel.h"
#include "models/readings/MetersModel.h"
#include "models/readings/ReadingRules.h"
#include "models/readings/ReadingsModel.h"
#include "models/requests/RequestHistoryModel.h"
#include "models/requests/RequestsModel.h"
#include "services/auth/AuthService.h"
#include "services/net/ApiClient.h"
#include "services/sync/SyncEngine.h"
#include "tests/support/client/ClientTestSupport.h"
#include "tests/support/gui/PageTestSupport.h"
#include "translations/Translations.h"
#include "ui/account/AccountPage.h"
#include "ui/account/ActsSection.h"
#include "ui/account/ContractsSection.h"
#include "ui/account/ExtendedOffer.h"
#include "ui/account/SectionSlot.h"
#include "ui/account/ServicesSection.h"
#include "ui/account/SettlementsSection.h"
#include "ui/account/SubscriberSection.h"
#include "ui/accounts/AccountSwitcher.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/auth/AuthWindow.h"
#include "ui/files/AttachmentsBox.h"
#include "ui/payments/PaymentsSection.h"
#include "ui/readings/MetersSection.h"
#include "ui/readings/ReadingsChart.h"
#include "ui/readings/ReadingsHistoryDialog.h"
#include "ui/requests/ReplyDialog.h"
#include "ui/requests/RequestDialog.h"
#include "ui/requests/RequestsSection.h"
#include "ui/settings/SettingsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ReminderTray.h"
#include "ui/widgets/FileDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFormLayout>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mygas;
using namespace pagetest;

class TestClientPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void mainWindowShowsBothAccounts();
    void servicesShowDebtAndOverpayment();
    void metersWithHistoryChartAndCsv();
    void paymentsNewestFirstWithCsv();
    void subscriberIsReadOnlyData();
    void settlementsComputeToPay();
    void contractsWithArchiveAndActsWithWorks();
    void requestsWithStatusAndHistory();
    void requestFormsSendThroughTheOutbox();
    void replyToTheOperator();
    void companysAnswerIsToldAndMarked();
    void limitedAccountIsGreyedAndMasked();
    void startsOfflineFromCacheAndComesBack();
    void pagesBuiltAfterFirstPaintShowTheCache();
    void damagedCacheFoundAfterFirstPaintIsRebuilt();

private:
    MainWindow* main() const { return m_root->mainWindow(); }
    AccountPage* page() const { return main()->accountPage(); }
    template <typename T> T* openSection(const QString& key);
    void choose(const QString& number);
    QJsonArray api(const QString& path);

    QTemporaryDir m_home;
    ServerProcess m_server;
    std::unique_ptr<CompositionRoot> m_root;
    ApiCaller m_api;
    QMap<QString, QString> m_ids; // number → account id
};

void TestClientPages::initTestCase()
{
    isolate(m_home);
    QVERIFY(installTranslation(QStringLiteral("ru")));
    QString error;
    ServerProcess::Options options;
    options.extraArgs = {QStringLiteral("--demo-operator-delay"), QStringLiteral("86400")}; // requests stay as sent
    QVERIFY2(m_server.start(options, &error), qPrintable(error));
    const Tokens tokens = clienttest::signIn(m_server, demoLogin(), demoPassword());
    QVERIFY(!tokens.accessToken.isEmpty());
    m_api.setBase(m_server.apiUrl(QString()));
    m_api.setCaFile(m_server.caFile());
    m_api.setBearer(tokens.accessToken);
    for (const QJsonValue& v : api(QStringLiteral("/accounts")))
        m_ids.insert(v[QLatin1String("number")].toString(), v[QLatin1String("id")].toString());
    QCOMPARE(m_ids.size(), 2);

    m_root = makeRoot(m_server);
    m_root->start();
    QTRY_VERIFY(m_root->authWindow()->isVisible());
    signInThroughWindow(m_root.get(), demoLogin(), demoPassword());
    QTRY_VERIFY(main()->isVisible());
}

void TestClientPages::cleanupTestCase()
{
    m_root.reset();
}

QJsonArray TestClientPages::api(const QString& path)
{
    const ApiCaller::Reply r = m_api.get(path);
    if (r.status != 200)
        qWarning() << path << r.status << r.body;
    return r.json.array();
}

void TestClientPages::choose(const QString& number)
{
    AccountSwitcher* s = main()->accountSwitcher();
    const int row = s->model()->rowOf(m_ids.value(number));
    QVERIFY(row >= 0);
    const QRect r = s->list()->visualRect(s->model()->index(row));
    QTest::mouseClick(s->list()->viewport(), Qt::LeftButton, {}, r.center());
    QTRY_COMPARE(main()->currentAccountId(), m_ids.value(number));
    QVERIFY(page()->isVisible());
}

template <typename T> T* TestClientPages::openSection(const QString& key)
{
    return pagetest::openSection<T>(page(), key);
}

void TestClientPages::mainWindowShowsBothAccounts()
{
    AccountSwitcher* s = main()->accountSwitcher();
    QTRY_COMPARE(s->model()->rowCount(), 2);
    QTRY_VERIFY2(main()->freshnessText().startsWith(QStringLiteral("Данные на ")), qPrintable(main()->freshnessText()));
    // The current account is marked in the list by a sign, not by colour alone.
    const int current = s->model()->rowOf(main()->currentAccountId());
    QVERIFY(s->model()->index(current).data().toString().startsWith(QChar(0x2714)));
    QVERIFY(s->addButton()->isEnabled());
    snapshot(main(), QStringLiteral("account-services"));

    // The household overview lists both accounts with their totals.
    click(main(), "menuHousehold");
    HouseholdModel* household = main()->householdPage()->model();
    QCOMPARE(household->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const QString id = household->rows().at(row).account.id;
        qint64 total = 0;
        for (const QJsonValue& v : api(QStringLiteral("/accounts/%1/services").arg(id)))
            total += v[QLatin1String("balance_kop")].toInteger();
        QCOMPARE(household->rows().at(row).totalKop, total);
        const QString shown = household->index(row, HouseholdModel::Total).data().toString();
        QVERIFY2(shown.contains(money::formatRub(total)), qPrintable(shown));
    }
    snapshot(main(), QStringLiteral("household"));
}

void TestClientPages::servicesShowDebtAndOverpayment()
{
    choose(extendedNumber());
    auto* section = openSection<ServicesSection>(QStringLiteral("services"));
    QVERIFY(section);
    const QJsonArray services = api(QStringLiteral("/accounts/%1/services").arg(m_ids.value(extendedNumber())));
    ServicesModel* model = section->model();
    QCOMPARE(model->rowCount(), int(services.size()));
    QVERIFY(model->rowCount() >= 2);
    for (int row = 0; row < services.size(); ++row) {
        const QJsonObject s = services.at(row).toObject();
        const qint64 balance = s[QLatin1String("balance_kop")].toInteger();
        QCOMPARE(model->index(row, ServicesModel::Name).data().toString(), s[QLatin1String("name")].toString());
        const QString amount = model->index(row, ServicesModel::Amount).data().toString();
        QCOMPARE(amount, money::formatRub(balance));
        QCOMPARE(amount.startsWith(QChar(0x2212)), balance < 0);
        QCOMPARE(model->index(row, ServicesModel::State).data().toString(),
                 balance < 0 ? QStringLiteral("Задолженность")
                             : (balance > 0 ? QStringLiteral("Переплата") : QStringLiteral("Нет задолженности")));
        QCOMPARE(model->index(row, ServicesModel::Amount).data(display::ToneRole).toInt(),
                 balance < 0 ? display::ToneDebt : display::ToneCredit);
    }
}

void TestClientPages::metersWithHistoryChartAndCsv()
{
    auto* section = openSection<MetersSection>(QStringLiteral("meters"));
    QVERIFY(section);
    const QJsonArray meters = api(QStringLiteral("/accounts/%1/meters").arg(m_ids.value(extendedNumber())));
    MetersModel* model = section->model();
    QCOMPARE(model->rowCount(), int(meters.size()));
    QVERIFY(model->rowCount() >= 1);
    const QJsonObject first = meters.first().toObject();
    QCOMPARE(model->index(0, MetersModel::Serial).data().toString(), first[QLatin1String("serial")].toString());
    QVERIFY(!model->index(0, MetersModel::Serial).data().toString().contains(QLatin1Char('*')));
    QCOMPARE(model->index(0, MetersModel::LastReading).data().toString(),
             QStringLiteral("%1 м³").arg(first[QLatin1String("last_reading")].toInteger()));
    QCOMPARE(model->index(0, MetersModel::NextVerification).data().toString(),
             display::date(QDate::fromString(first[QLatin1String("next_verification_date")].toString(), Qt::ISODate)));
    snapshot(main(), QStringLiteral("account-meters"));

    click(section, "meterHistoryButton");
    ReadingsHistoryDialog* history = section->historyDialog();
    QTRY_VERIFY(history && history->isVisible());
    const QList<Reading> shown = history->model()->readings();
    QVERIFY(shown.size() >= 10);                     // a year of monthly readings
    QVERIFY(shown.first().date > shown.last().date); // newest first in the table
    QVERIFY(shown.last().date >= QDate::currentDate().addYears(-1).addDays(-1));
    QVERIFY(history->chart()->hasChart()); // the Qt Charts plugin was found and loaded
    QCOMPARE(history->chart()->barCount(), int(shown.size()));
    const QJsonArray fromApi =
        api(QStringLiteral("/accounts/%1/meters/%2/readings?from=%3&to=%4")
                .arg(m_ids.value(extendedNumber()), first[QLatin1String("id")].toString(),
                     shown.last().date.toString(Qt::ISODate), shown.first().date.toString(Qt::ISODate)));
    QCOMPARE(int(fromApi.size()), int(shown.size()));
    snapshot(history, QStringLiteral("readings-history"));

    const QString file = m_home.filePath(QStringLiteral("readings.csv"));
    fileDialog()->setNextFileName(file);
    click(history, "readingsExportButton");
    QTRY_COMPARE(history->lastExportPath(), file);
    const QByteArray csv = readFile(file);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains(';'));
    QCOMPARE(csv.count('\n'), int(shown.size()) + 1); // a header and one line per reading
    history->close();
}

void TestClientPages::paymentsNewestFirstWithCsv()
{
    auto* section = openSection<PaymentsSection>(QStringLiteral("payments"));
    QVERIFY(section);
    const QJsonArray payments = api(QStringLiteral("/accounts/%1/payments").arg(m_ids.value(extendedNumber())));
    PaymentsModel* model = section->model();
    QCOMPARE(model->rowCount(), int(payments.size()));
    QVERIFY(model->rowCount() >= 30); // three years of history
    const QJsonObject newest = payments.first().toObject();
    QCOMPARE(model->index(0, PaymentsModel::Date).data().toString(),
             display::date(QDate::fromString(newest[QLatin1String("date")].toString(), Qt::ISODate)));
    QCOMPARE(model->index(0, PaymentsModel::Amount).data().toString(),
             money::formatRub(newest[QLatin1String("amount_kop")].toInteger()));
    QVERIFY(
        model->index(0, PaymentsModel::Place).data().toString().contains(newest[QLatin1String("place")].toString()));
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->payments().at(row - 1).date >= model->payments().at(row).date);
    snapshot(main(), QStringLiteral("account-payments"));

    const QString file = m_home.filePath(QStringLiteral("payments.csv"));
    fileDialog()->setNextFileName(file);
    click(section, "paymentsExportButton");
    QTRY_VERIFY(QFile::exists(file));
    const QByteArray csv = readFile(file);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains(money::formatPlain(newest[QLatin1String("amount_kop")].toInteger()).toUtf8()));
}

void TestClientPages::subscriberIsReadOnlyData()
{
    auto* section = openSection<SubscriberSection>(QStringLiteral("subscriber"));
    QVERIFY(section);
    const ApiCaller::Reply r = m_api.get(QStringLiteral("/accounts/%1/subscriber").arg(m_ids.value(extendedNumber())));
    QCOMPARE(r.status, 200);
    const QJsonObject s = r.object();
    QCOMPARE(section->fieldText(QStringLiteral("subscriberNumber")), s[QLatin1String("number")].toString());
    QCOMPARE(section->fieldText(QStringLiteral("subscriberAddress")), s[QLatin1String("address")].toString());
    QCOMPARE(section->fieldText(QStringLiteral("subscriberOwner")), s[QLatin1String("owner_name")].toString());
    for (const char* list : {"benefits", "regimes", "equipment"}) {
        const QString table = QString::fromLatin1(list) + QStringLiteral("Table");
        auto* view = section->findChild<QAbstractItemView*>(table);
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), int(s[QLatin1String(list)].toArray().size()));
        QVERIFY(view->editTriggers() == QAbstractItemView::NoEditTriggers);
    }
    snapshot(main(), QStringLiteral("account-subscriber"));
}

void TestClientPages::settlementsComputeToPay()
{
    auto* section = openSection<SettlementsSection>(QStringLiteral("settlements"));
    QVERIFY(section);
    QComboBox* periods = section->periodBox();
    QVERIFY(periods->count() >= 36);
    // The open month first: no closing state yet.
    const QString open = periods->itemData(0).toString();
    const QString id = m_ids.value(extendedNumber());
    const QJsonArray rows = api(QStringLiteral("/accounts/%1/settlements?from=%2&to=%2").arg(id, open));
    SettlementsModel* model = section->model();
    QCOMPARE(model->rowCount(), int(rows.size()));
    qint64 expected = 0;
    for (const QJsonValue& v : rows) {
        expected += v[QLatin1String("opening_kop")].toInteger() - v[QLatin1String("charged_kop")].toInteger() +
                    v[QLatin1String("paid_kop")].toInteger();
        QVERIFY(v[QLatin1String("closing_kop")].isNull());
    }
    QCOMPARE(model->totalToPayKop(), expected);
    QCOMPARE(model->index(0, SettlementsModel::Closing).data().toString(), QStringLiteral("месяц не закрыт"));
    auto* toPay = section->findChild<QLabel*>(QStringLiteral("settlementsToPay"));
    QVERIFY2(toPay->text().contains(money::formatRub(expected)), qPrintable(toPay->text()));
    snapshot(main(), QStringLiteral("account-settlements"));

    // A closed month shows its closing state.
    periods->setCurrentIndex(3);
    const QJsonArray closed =
        api(QStringLiteral("/accounts/%1/settlements?from=%2&to=%2").arg(id, periods->itemData(3).toString()));
    QCOMPARE(model->index(0, SettlementsModel::Closing).data().toString(),
             money::format(closed.first()[QLatin1String("closing_kop")].toInteger()));

    const QString file = m_home.filePath(QStringLiteral("settlements.csv"));
    fileDialog()->setNextFileName(file);
    click(section, "settlementsExportButton");
    QTRY_VERIFY(QFile::exists(file));
    QVERIFY(readFile(file).startsWith("\xEF\xBB\xBF"));
}

void TestClientPages::contractsWithArchiveAndActsWithWorks()
{
    const QString id = m_ids.value(extendedNumber());
    auto* contracts = openSection<ContractsSection>(QStringLiteral("contracts"));
    QVERIFY(contracts);
    QCOMPARE(contracts->model()->rowCount(),
             int(api(QStringLiteral("/accounts/%1/contracts?archive=false").arg(id)).size()));
    QVERIFY(contracts->model()->rowCount() >= 1);
    snapshot(main(), QStringLiteral("account-contracts"));
    contracts->archiveSwitch()->click();
    QCOMPARE(contracts->model()->rowCount(),
             int(api(QStringLiteral("/accounts/%1/contracts?archive=true").arg(id)).size()));
    QVERIFY(contracts->model()->rowCount() >= 1);
    for (const Contract& c : contracts->model()->contracts())
        QVERIFY(!c.active);

    auto* acts = openSection<ActsSection>(QStringLiteral("acts"));
    QVERIFY(acts);
    const QJsonArray fromApi = api(QStringLiteral("/accounts/%1/acts").arg(id));
    QCOMPARE(acts->model()->rowCount(), int(fromApi.size()));
    QVERIFY(acts->model()->rowCount() >= 1);
    const QJsonArray works = fromApi.first()[QLatin1String("works")].toArray();
    QCOMPARE(acts->worksModel()->rowCount(), int(works.size()) + 1); // the works and their total
    QCOMPARE(acts->worksModel()->index(0, ActWorksModel::Name).data().toString(),
             works.first()[QLatin1String("name")].toString());
    QCOMPARE(acts->worksModel()->index(int(works.size()), ActWorksModel::Cost).data().toString(),
             money::formatRub(fromApi.first()[QLatin1String("total_kop")].toInteger()));
    snapshot(main(), QStringLiteral("account-acts"));
}

void TestClientPages::requestsWithStatusAndHistory()
{
    const QString id = m_ids.value(extendedNumber());
    auto* requests = openSection<RequestsSection>(QStringLiteral("requests"));
    QVERIFY(requests);
    const QJsonArray fromApi = api(QStringLiteral("/accounts/%1/requests").arg(id));
    QVERIFY(fromApi.size() >= 2); // the demo account's
    QCOMPARE(requests->model()->rowCount(), int(fromApi.size()));
    for (int i = 0; i < fromApi.size(); ++i)
        QCOMPARE(requests->model()->requests().at(i).toJson(), fromApi.at(i).toObject());
    // Newest first: the recalculation the company asks to clarify, its history shown.
    QCOMPARE(requests->model()->index(0, RequestsModel::Status).data().toString(), QStringLiteral("Требует уточнения"));
    QCOMPARE(requests->model()->index(0, RequestsModel::Request).data().toString(),
             QStringLiteral("Заявка на перерасчет"));
    QCOMPARE(requests->history()->rowCount(), 2);
    QCOMPARE(requests->history()->index(1, RequestHistoryModel::Comment).data().toString(),
             fromApi.first()[QLatin1String("history")].toArray().at(1)[QLatin1String("comment")].toString());
    snapshot(main(), QStringLiteral("account-requests"));
}

void TestClientPages::requestFormsSendThroughTheOutbox()
{
    choose(extendedNumber());
    auto* section = openSection<RequestsSection>(QStringLiteral("requests"));
    QVERIFY(section);
    QSignalSpy opened(section, &RequestsSection::dialogOpened);
    QCOMPARE(section->maintenanceButton()->text(), QStringLiteral("Заявка на &ТО"));
    QTest::mouseClick(section->maintenanceButton(), Qt::LeftButton);
    QTRY_COMPARE(opened.size(), 1);
    auto* form = qobject_cast<RequestDialog*>(opened.takeFirst().at(0).value<QDialog*>());
    QVERIFY(form);
    QTRY_VERIFY(form->isVisible());
    QCOMPARE(form->windowTitle(), QStringLiteral("Заявка на ТО"));
    QCOMPARE(form->focusWidget(), form->workKind()); // the window's focus, whatever the window manager does
    // The company's works and its horizon, from the cache.
    const QJsonArray companies = m_api.get(QStringLiteral("/companies")).json.array();
    Company severogorsk;
    for (const QJsonValue& v : companies) {
        if (v[QLatin1String("id")].toString() == QLatin1String("severogorsk"))
            severogorsk = Company::fromJson(v.toObject());
    }
    QCOMPARE(form->workKind()->count(), int(severogorsk.maintenanceWorks.size()));
    const QDate today = rules::providerToday(severogorsk);
    QCOMPARE(form->desiredDate()->minimumDate(), today);
    QCOMPARE(form->desiredDate()->maximumDate(), today.addDays(severogorsk.requestHorizonDays));

    // «Отправить» with no description: the rule's words, the focus there, nothing sent.
    QTest::mouseClick(form->sendButton(), Qt::LeftButton);
    QCOMPARE(form->errorText(), QStringLiteral("Введите краткое описание требуемых работ"));
    QCOMPARE(form->focusWidget(), form->description());
    QVERIFY(form->isVisible());
    const QString typed = QStringLiteral("Гудит колонка,\nпроверить тягу");
    form->description()->setPlainText(typed);
    form->workKind()->setCurrentIndex(1);
    QTest::mouseClick(form->sendButton(), Qt::LeftButton);
    QTRY_VERIFY(!form->isVisible());

    // First in the list at once, «В обработке» once the server has it.
    const QString id = m_ids.value(extendedNumber());
    QTRY_COMPARE(section->model()->requests().first().description, typed);
    QTRY_COMPARE_WITH_TIMEOUT(section->model()->index(0, RequestsModel::Status).data().toString(),
                              QStringLiteral("В обработке"), 20000);
    const QJsonArray onServer = api(QStringLiteral("/accounts/%1/requests").arg(id));
    QCOMPARE(onServer.first()[QLatin1String("description")].toString(), typed);
    QCOMPARE(onServer.first()[QLatin1String("work_kind")].toString(), severogorsk.maintenanceWorks.at(1));

    // «Заявка на перерасчет»: the field of the chosen reason, with its label.
    QTest::mouseClick(section->recalculationButton(), Qt::LeftButton);
    QTRY_COMPARE(opened.size(), 1);
    auto* recalculation = qobject_cast<RequestDialog*>(opened.takeFirst().at(0).value<QDialog*>());
    QVERIFY(recalculation);
    QTRY_VERIFY(recalculation->isVisible());
    QCOMPARE(recalculation->sendButton()->text(), QStringLiteral("Отправить заявление на перерасчет"));
    QCOMPARE(recalculation->reason()->count(), 3);
    auto labelOf = [&](QWidget* field) {
        auto* form = recalculation->findChild<QFormLayout*>();
        return form ? form->labelForField(field) : nullptr;
    };
    QVERIFY(recalculation->residents()->isVisible());
    QVERIFY(labelOf(recalculation->residents()) && labelOf(recalculation->residents())->isVisible());
    QVERIFY(!recalculation->toDate()->isVisible());
    recalculation->reason()->setCurrentIndex(1); // absence
    QVERIFY(recalculation->toDate()->isVisible() && labelOf(recalculation->toDate())->isVisible());
    QVERIFY(!recalculation->residents()->isVisible() && !labelOf(recalculation->residents())->isVisible());
    recalculation->toDate()->setDate(recalculation->fromDate()->date().addDays(4)); // five days
    QTest::mouseClick(recalculation->sendButton(), Qt::LeftButton);
    QCOMPARE(recalculation->errorText().left(18), QStringLiteral("Перерасчет выполня"));
    QCOMPARE(recalculation->focusWidget(), recalculation->toDate());

    // «Прикрепить файл»: an image with its preview; a file whose content is
    // not what its name says is refused with the reason and not added.
    QTemporaryDir files;
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    const QString photo = files.filePath(QStringLiteral("справка.png"));
    QVERIFY(image.save(photo, "PNG"));
    const QString fake = files.filePath(QStringLiteral("скан.png"));
    QFile fakeFile(fake);
    QVERIFY(fakeFile.open(QIODevice::WriteOnly) && fakeFile.write("not an image at all") > 0);
    fakeFile.close();
    AttachmentsBox* box = recalculation->attachments();
    QVERIFY(box);
    QVERIFY(box->findChild<QLabel*>(QStringLiteral("attachmentLimits"))->text().contains(QStringLiteral("до 10 МБ")));
    fileDialog()->setNextFileName(photo);
    QTest::mouseClick(box->attachButton(), Qt::LeftButton);
    QCOMPARE(box->list()->count(), 1);
    QVERIFY(box->list()->item(0)->text().startsWith(QStringLiteral("справка.png (")));
    QVERIFY(!box->list()->item(0)->icon().isNull());
    fileDialog()->setNextFileName(fake);
    QTest::mouseClick(box->attachButton(), Qt::LeftButton);
    QCOMPARE(box->list()->count(), 1);
    QCOMPARE(box->errorText(), QStringLiteral("скан.png: Прикрепить можно только файлы PDF, JPEG и PNG"));
    recalculation->reason()->setCurrentIndex(0); // residents
    recalculation->residents()->setValue(4);
    QTest::mouseClick(recalculation->sendButton(), Qt::LeftButton);
    QTRY_VERIFY(!recalculation->isVisible());
    auto filesOnServer = [&] {
        const QJsonArray all = api(QStringLiteral("/accounts/%1/requests").arg(id));
        for (const QJsonValue& v : all) {
            const ServiceRequest r = ServiceRequest::fromJson(v.toObject());
            if (r.kind == QLatin1String(requests::kRecalculation) && r.residents == 4)
                return r.history.first().files;
        }
        return QList<FileInfo>();
    };
    QTRY_COMPARE_WITH_TIMEOUT(filesOnServer().size(), 1, 20000);
    QCOMPARE(filesOnServer().first().name, QStringLiteral("справка.png"));
    QCOMPARE(filesOnServer().first().contentType, QStringLiteral("image/png"));
    snapshot(main(), QStringLiteral("account-requests-sent"));
}

void TestClientPages::replyToTheOperator()
{
    auto* section = openSection<RequestsSection>(QStringLiteral("requests"));
    QVERIFY(section);
    int asked = -1;
    for (int i = 0; i < section->model()->rowCount(); ++i) {
        if (section->model()->requests().at(i).status == QLatin1String(requests::kClarification))
            asked = i;
    }
    QVERIFY(asked >= 0);
    section->choose(0); // a request in progress: nothing to answer
    QVERIFY(!section->replyButton()->isEnabled());
    section->choose(asked);
    QVERIFY(section->replyButton()->isEnabled());
    const QString requestId = section->model()->requests().at(asked).id;
    QSignalSpy opened(section, &RequestsSection::dialogOpened);
    QTest::mouseClick(section->replyButton(), Qt::LeftButton);
    QTRY_COMPARE(opened.size(), 1);
    auto* dialog = qobject_cast<ReplyDialog*>(opened.takeFirst().at(0).value<QDialog*>());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->focusWidget(), dialog->answer());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("operatorQuestion"))->text().contains(QStringLiteral("справку")));
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QCOMPARE(dialog->errorText(), QStringLiteral("Введите текст сообщения"));
    dialog->answer()->insertPlainText(QStringLiteral("Справку принесу в офис"));
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    auto statusOf = [&] {
        for (const ServiceRequest& r : section->model()->requests()) {
            if (r.id == requestId)
                return r.status;
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(), QString(requests::kInProgress), 20000);
    QVERIFY(!section->replyButton()->isEnabled());
    const QJsonArray onServer = api(QStringLiteral("/accounts/%1/requests").arg(m_ids.value(extendedNumber())));
    for (const QJsonValue& v : onServer) {
        if (v[QLatin1String("id")].toString() == requestId)
            QCOMPARE(v[QLatin1String("history")].toArray().last()[QLatin1String("comment")].toString(),
                     QStringLiteral("Справку принесу в офис"));
    }
}

void TestClientPages::companysAnswerIsToldAndMarked()
{
    // The company's operator asks about the request sent above.
    ApiCaller op(m_server.apiUrl(QString()), m_server.caFile());
    const ApiCaller::Reply signedIn = op.post(
        QStringLiteral("/auth/login"), {{QStringLiteral("login"), QStringLiteral("operator@severogorsk.example")},
                                        {QStringLiteral("password"), QStringLiteral("oper1")}});
    QCOMPARE(signedIn.status, 200);
    op.setBearer(signedIn.object().value(QLatin1String("access_token")).toString());
    const QJsonArray incoming =
        op.get(QStringLiteral("/operator/requests?status=in_progress&kind=maintenance")).json.array();
    QVERIFY(!incoming.isEmpty());
    const QString id = incoming.first()[QLatin1String("id")].toString();
    page()->showSection(QStringLiteral("services")); // «Заявки» closed
    const int tab = page()->tabs()->indexOf(page()->slot(QStringLiteral("requests")));
    QCOMPARE(page()->tabs()->tabText(tab), QStringLiteral("Заявки"));
    QCOMPARE(op.post(QStringLiteral("/operator/requests/%1/status").arg(id),
                     {{QStringLiteral("status"), QStringLiteral("clarification")},
                      {QStringLiteral("comment"), QStringLiteral("В какое время удобен визит?")}})
                 .status,
             200);

    // The next sync round brings it: the tray (or the notice line) tells,
    // and the section's tab counts it until it is opened.
    m_root->sync()->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(page()->tabs()->tabText(tab), QStringLiteral("Заявки (1)"), 20000);
    const QString told = m_root->reminderTray() ? m_root->reminderTray()->lastText() : main()->noticeText();
    QVERIFY2(told.startsWith(QStringLiteral("Заявка на ТО от ")) && told.endsWith(QStringLiteral("Требует уточнения")),
             qPrintable(told));
    page()->showSection(QStringLiteral("requests"));
    QTRY_COMPARE(page()->tabs()->tabText(tab), QStringLiteral("Заявки"));
    auto* section = qobject_cast<RequestsSection*>(page()->section(QStringLiteral("requests")));
    QVERIFY(section);
    auto statusOf = [&] {
        for (const ServiceRequest& r : section->model()->requests()) {
            if (r.id == id)
                return r.status;
        }
        return QString();
    };
    QTRY_COMPARE(statusOf(), QString(requests::kClarification));
    // The person's own step is no news.
    m_root->sync()->syncNow();
    QTest::qWait(500);
    QCOMPARE(page()->tabs()->tabText(tab), QStringLiteral("Заявки"));
}

void TestClientPages::limitedAccountIsGreyedAndMasked()
{
    choose(limitedNumber());
    const QString id = m_ids.value(limitedNumber());
    for (const char* key : {"subscriber", "settlements", "contracts", "acts", "requests"}) {
        page()->showSection(QString::fromLatin1(key));
        SectionSlot* slot = page()->slot(QString::fromLatin1(key));
        QTRY_VERIFY(slot->offer() && slot->offer()->isVisible());
        QVERIFY(!slot->section() || !slot->section()->isVisible());
        auto* offer =
            slot->offer()->findChild<QPushButton*>(QString::fromLatin1(key) + QStringLiteral("ExtendedOfferButton"));
        QCOMPARE(offer->text(), QStringLiteral("Подключить расширенную версию"));
        QCOMPARE(page()->tabs()->tabBar()->tabTextColor(page()->tabs()->indexOf(slot)),
                 page()->palette().color(QPalette::Disabled, QPalette::WindowText));
    }
    // The server refuses the same sections for this account.
    QCOMPARE(m_api.get(QStringLiteral("/accounts/%1/subscriber").arg(id)).errorCode(),
             QStringLiteral("extended_required"));
    snapshot(main(), QStringLiteral("limited-offer"));

    auto* meters = openSection<MetersSection>(QStringLiteral("meters"));
    QVERIFY(meters);
    QVERIFY(meters->model()->rowCount() >= 1);
    const QString serial = meters->model()->index(0, MetersModel::Serial).data().toString();
    QVERIFY2(serial.contains(QStringLiteral("****")) && serial.size() == 7, qPrintable(serial));
    snapshot(main(), QStringLiteral("limited-meters"));
}

void TestClientPages::startsOfflineFromCacheAndComesBack()
{
    QTRY_COMPARE(rememberedToken(m_root.get()), m_root->api()->tokens().refreshToken);
    const QString freshness = main()->freshnessText();
    m_root.reset();
    m_server.stop();

    m_root = makeRoot(m_server);
    m_root->start();
    QTRY_VERIFY(main()->isVisible());
    // Painted from the cache: both accounts and every section, no server needed.
    QCOMPARE(main()->accountSwitcher()->model()->rowCount(), 2);
    QCOMPARE(main()->freshnessText().left(26), freshness.left(26));
    choose(extendedNumber());
    QVERIFY(openSection<ServicesSection>(QStringLiteral("services"))->model()->rowCount() >= 2);
    QVERIFY(openSection<MetersSection>(QStringLiteral("meters"))->model()->rowCount() >= 1);
    QVERIFY(openSection<PaymentsSection>(QStringLiteral("payments"))->model()->rowCount() >= 30);
    QVERIFY(!openSection<SubscriberSection>(QStringLiteral("subscriber"))
                 ->fieldText(QStringLiteral("subscriberOwner"))
                 .isEmpty());
    QVERIFY(openSection<SettlementsSection>(QStringLiteral("settlements"))->model()->rowCount() >= 1);
    QVERIFY(openSection<ContractsSection>(QStringLiteral("contracts"))->model()->rowCount() >= 1);
    QVERIFY(openSection<ActsSection>(QStringLiteral("acts"))->model()->rowCount() >= 1);
    auto* retry = main()->findChild<QPushButton*>(QStringLiteral("mainNoticeRetry"));
    QTRY_VERIFY(retry->isVisible());
    QVERIFY(main()->freshnessText().startsWith(QStringLiteral("Данные на ")));
    snapshot(main(), QStringLiteral("offline"));

    // The server is back on the same address: «Повторить» brings the app online.
    QString error;
    QVERIFY2(m_server.restartOnSamePort(&error), qPrintable(error));
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(!retry->isVisible());
    QTRY_VERIFY(m_root->auth()->isSignedIn());
    QTRY_COMPARE(m_root->sync()->state(), SyncEngine::State::Idle);
    QVERIFY(!main()->freshnessText().contains(QStringLiteral("нет связи")));
}

void TestClientPages::pagesBuiltAfterFirstPaintShowTheCache()
{
    QTRY_COMPARE(rememberedToken(m_root.get()), m_root->api()->tokens().refreshToken);
    m_root.reset();
    m_root = makeRoot(m_server);
    m_root->start();
    // The first paint shows the current account; the other pages and the login window come after it.
    QVERIFY(!main()->findChild<AccountsPage*>());
    QVERIFY(!main()->findChild<SettingsPage*>());
    QVERIFY(!main()->findChild<QWidget*>(QStringLiteral("menuOfficesPage")));
    QTRY_VERIFY(main()->isVisible());
    QTRY_VERIFY(main()->findChild<AccountsPage*>());
    QTRY_VERIFY(main()->findChild<SettingsPage*>());
    QTRY_VERIFY(main()->findChild<QWidget*>(QStringLiteral("menuOfficesPage")));
    QCOMPARE(main()->findChild<AccountsPage*>()->model()->rowCount(), 2);
    QCOMPARE(main()->findChild<SettingsPage*>()->table()->model()->rowCount(), 2);
    click(main(), "menuSettings");
    QTRY_VERIFY(main()->findChild<SettingsPage*>()->isVisible());
    click(main(), "menuOffices");
    QTRY_VERIFY(main()->findChild<QWidget*>(QStringLiteral("menuOfficesPage"))->isVisible());
    click(main(), "menuAccount");
    QTRY_VERIFY(page()->isVisible());
}

void TestClientPages::damagedCacheFoundAfterFirstPaintIsRebuilt()
{
    // The session confirmed (its refresh token rotated and kept) before the app quits.
    QTRY_VERIFY(m_root->auth()->isSignedIn());
    QTRY_COMPARE(m_root->sync()->state(), SyncEngine::State::Idle);
    const QString file = m_root->cache()->filePath();
    m_root.reset();
    // The header and the first pages stay whole, so the file opens; the tables behind them do not.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() > 3 * 4096);
    QVERIFY(f.seek(2 * 4096));
    const QByteArray garbage(int(f.size() - 2 * 4096), '\x5a');
    QCOMPARE(f.write(garbage), qint64(garbage.size()));
    f.close();

    m_root = makeRoot(m_server);
    m_root->start();
    QVERIFY(m_root->cache()->isOpen());
    QVERIFY(!m_root->cache()->wasRebuilt()); // checked only after the first paint
    QTRY_VERIFY(main()->isVisible());
    QTRY_VERIFY(m_root->cache()->wasRebuilt());
    // Recreated empty, then refilled by the sync that follows the server's answer.
    QTRY_COMPARE(main()->accountSwitcher()->model()->rowCount(), 2);
    QTRY_COMPARE(m_root->sync()->state(), SyncEngine::State::Idle);
    QVERIFY(main()->freshnessText().startsWith(QStringLiteral("Данные на ")));
    QTRY_COMPARE(main()->findChild<AccountsPage*>()->model()->rowCount(), 2);
}

QTEST_MAIN(TestClientPages)
#include "tst_client_pages.moc"
