// «Квитанция» (manual 4.3.1.3) on the client against the real server: the
// receipt data fetched and cached, the A4 PDF drawn on the PC and read back
// with pdftotext (account, period, payee, owner, services, amounts), its QR
// code decoded with zbarimg (exactly the GOST R 56042-2014 text, the sum in
// kopecks), the limited version without the owner and with masked serials,
// an unwritable path, and offline: the cached month again and a month never
// fetched built from the synced data the same as the server builds it.
#include "models/core/DisplayFormat.h"
#include "models/core/ErrorCatalog.h"
#include "models/core/Money.h"
#include "models/payments/PaymentQr.h"
#include "services/documents/PaymentReceipt.h"
#include "services/documents/ReceiptRenderer.h"
#include "services/documents/ReceiptService.h"
#include "tests/support/client/ClientTestSupport.h"
#include "tests/support/client/PdfRules.h"
#include "tests/support/client/SyncTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace mygas;

namespace {
QString run(const QString& program, const QStringList& args, QByteArray* out)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return program + QStringLiteral(" did not finish");
    *out = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return program + QStringLiteral(" failed: ") + QString::fromUtf8(p.readAllStandardError());
    return {};
}

// Spaces of every kind dropped: pdftotext lays the table out with its own.
QString squeezed(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}
} // namespace

class TestClientReceipt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void extendedReceiptReadsBack();
    void noticeAndReceiptParts();
    void ruledLinesAreEven();
    void wordsStayInTheirCells();
    void limitedReceiptHidesTheOwner();
    void limitedReceiptAnswersNothing();
    void unwritablePathIsRefused();
    void offlineFromTheCache();
    void identifiersPrintLetterByLetter();

private:
    Result<ReceiptService::Loaded> load(const QString& accountId, const QString& period);
    QString pdfText(const QString& pdf);
    QString qrText(const QString& pdf);

    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::unique_ptr<synctest::Client> m_client;
    std::unique_ptr<ReceiptService> m_receipts;
    QString m_extended;
    QString m_limited;
    QString m_access;
};

void TestClientReceipt::initTestCase()
{
    for (const char* tool : {"pdftotext", "pdftoppm", "zbarimg"})
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(), tool);
    clienttest::isolateSettings(m_dir);
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
    const Tokens tokens = clienttest::signIn(m_server, QStringLiteral("demo@mygas.example"), QStringLiteral("demo1"));
    QVERIFY(!tokens.accessToken.isEmpty());
    m_access = tokens.accessToken;
    m_client = synctest::makeClient(m_server, tokens, m_dir.filePath(QStringLiteral("receipt.sqlite")));
    QVERIFY(m_client);
    const synctest::Round r = synctest::runSync(m_client->engine);
    QVERIFY2(r.ok, qPrintable(r.error.message));
    // The companies' requisites, as the linking dialog keeps them.
    ApiCaller api(m_server.apiUrl(QString()), m_server.caFile());
    QList<Company> companies;
    for (const QJsonValue& v : api.get(QStringLiteral("/companies")).json.array())
        companies.append(Company::fromJson(v.toObject()));
    QVERIFY(m_client->cache.storeCompanies(companies).ok());
    for (const Account& a : m_client->cache.accounts())
        (a.access == Access::Extended ? m_extended : m_limited) = a.id;
    QVERIFY(!m_extended.isEmpty() && !m_limited.isEmpty());
    m_receipts = std::make_unique<ReceiptService>(&m_client->api, &m_client->cache);
}

Result<ReceiptService::Loaded> TestClientReceipt::load(const QString& accountId, const QString& period)
{
    std::optional<Result<ReceiptService::Loaded>> answer;
    m_receipts->load(accountId, period, this, [&answer](const Result<ReceiptService::Loaded>& r) { answer = r; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000))
        return makeError("test_timeout");
    return *answer;
}

QString TestClientReceipt::pdfText(const QString& pdf)
{
    QByteArray out;
    const QString failed =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}, &out);
    return failed.isEmpty() ? QString::fromUtf8(out) : failed;
}

QString TestClientReceipt::qrText(const QString& pdf)
{
    const QString prefix = pdf + QStringLiteral(".page");
    QByteArray out;
    QString failed = run(QStringLiteral("pdftoppm"),
                         {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), QStringLiteral("-f"),
                          QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, prefix},
                         &out);
    if (!failed.isEmpty())
        return failed;
    const QString png = QFile::exists(prefix + QStringLiteral("-1.png")) ? prefix + QStringLiteral("-1.png")
                                                                         : prefix + QStringLiteral("-01.png");
    // Binary: the bytes as the code holds them (UTF-8), not re-encoded by a guess.
    failed = run(QStringLiteral("zbarimg"),
                 {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Sbinary"), png}, &out);
    if (!failed.isEmpty())
        return failed;
    if (out.endsWith('\n'))
        out.chop(1);
    return QString::fromUtf8(out);
}

void TestClientReceipt::extendedReceiptReadsBack()
{
    const QStringList periods = m_receipts->periods(m_extended);
    QVERIFY(periods.size() >= 2);
    QCOMPARE(periods.first(), ReceiptService::currentPeriod(Company{}));
    // The newest month with settlements (the current one may have none yet).
    const QString period = m_client->cache.settlementPeriods(m_extended).value(0);
    const Result<ReceiptService::Loaded> loaded = load(m_extended, period);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QVERIFY(!loaded.value().offline);
    const Invoice& inv = loaded.value().invoice;
    QVERIFY(!inv.lines.isEmpty());
    QVERIFY(!inv.owner.isEmpty());
    QVERIFY(m_client->cache.invoice(m_extended, period).has_value());

    const QString pdf = m_dir.filePath(QStringLiteral("extended.pdf"));
    const Status written = ReceiptService::writePdf(inv, pdf);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    const QString text = squeezed(pdfText(pdf));
    for (const QString& expected :
         {QStringLiteral("Квитанция на оплату"), ReceiptRenderer::periodTitle(period), inv.accountNumber, inv.owner,
          inv.address, inv.payee.name, inv.payee.inn, inv.payee.bic, inv.payee.account, inv.payee.corrAccount,
          QStringLiteral("Итого к оплате: ") + money::format(inv.totalToPayKop()) + QStringLiteral(" руб.")}) {
        QVERIFY2(text.contains(squeezed(expected)), qPrintable(expected + QStringLiteral(" not in:\n") + text));
    }
    if (inv.residents > 0)
        QVERIFY2(text.contains(squeezed(QStringLiteral("Проживающих: %1").arg(inv.residents))), qPrintable(text));
    else
        QFAIL("the extended receipt has the household's residents");
    // An area the company does not know is left out, not printed as 0.
    QCOMPARE(text.contains(QStringLiteral("Отапливаемаяплощадь")), inv.heatedAreaM2 > 0);
    Invoice noArea = inv;
    noArea.heatedAreaM2 = 0;
    const QString noAreaPdf = m_dir.filePath(QStringLiteral("no-area.pdf"));
    QVERIFY(ReceiptService::writePdf(noArea, noAreaPdf).ok());
    const QString noAreaText = squeezed(pdfText(noAreaPdf));
    QVERIFY2(!noAreaText.contains(QStringLiteral("Отапливаемаяплощадь")), qPrintable(noAreaText));
    QVERIFY(noAreaText.contains(squeezed(QStringLiteral("Проживающих: %1").arg(inv.residents))));
    for (const InvoiceLine& l : inv.lines) {
        // A long name wraps inside its cell: each word is there.
        for (const QString& word : l.serviceName.split(QLatin1Char(' ')))
            QVERIFY2(text.contains(word), qPrintable(l.serviceName));
        QVERIFY2(text.contains(squeezed(money::format(l.chargedKop))), qPrintable(money::format(l.chargedKop)));
        QVERIFY2(text.contains(squeezed(money::format(l.toPayKop))), qPrintable(money::format(l.toPayKop)));
        // The debt at the start and «К оплате» read with the same sign.
        QVERIFY2(text.contains(squeezed(money::format(-l.openingKop))), qPrintable(money::format(-l.openingKop)));
        if (l.openingKop < 0)
            QVERIFY2(!text.contains(squeezed(money::format(l.openingKop))), qPrintable(money::format(l.openingKop)));
    }
    for (const InvoiceMeter& m : inv.meters) {
        QVERIFY2(text.contains(m.serial), qPrintable(m.serial));
        QVERIFY(text.contains(display::date(m.nextVerificationDate)));
    }

    const QString decoded = qrText(pdf);
    const QString expected = qr::payload(qr::invoiceFields(inv));
    QCOMPARE(decoded, expected);
    QVERIFY(decoded.startsWith(QStringLiteral("ST00012|Name=") + inv.payee.name + QStringLiteral("|PersonalAcc=") +
                               inv.payee.account + QStringLiteral("|BankName=")));
    QVERIFY(decoded.contains(QStringLiteral("|PersAcc=") + inv.accountNumber + QLatin1Char('|')));
    if (inv.totalToPayKop() > 0)
        QVERIFY(decoded.contains(QStringLiteral("|Sum=%1|").arg(inv.totalToPayKop())));
    else
        QVERIFY(!decoded.contains(QStringLiteral("|Sum=")));
    QVERIFY(decoded.contains(QStringLiteral("|PaymPeriod=") + display::period(period)));
}

// The two parts of a payment document, «Извещение» for the bank with the QR
// code and «Квитанция» for the payer with the charges, each with the payer,
// the sum and a place for the signature; above them the company's office
// and the gas emergency number.
void TestClientReceipt::noticeAndReceiptParts()
{
    const QString period = m_client->cache.settlementPeriods(m_extended).value(0);
    const Result<ReceiptService::Loaded> loaded = load(m_extended, period);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    const Invoice& inv = loaded.value().invoice;
    QVERIFY2(!inv.office.id.isEmpty(), "the receipt names the company's office");
    const QString pdf = m_dir.filePath(QStringLiteral("parts.pdf"));
    QVERIFY(ReceiptService::writePdf(inv, pdf).ok());
    const QString text = squeezed(pdfText(pdf));

    const qsizetype notice = text.indexOf(QStringLiteral("ИЗВЕЩЕНИЕ"));
    const qsizetype receipt = text.indexOf(QStringLiteral("КВИТАНЦИЯ"));
    QVERIFY2(notice >= 0 && receipt > notice, qPrintable(text));
    const QString first = text.mid(notice, receipt - notice);
    const QString second = text.mid(receipt);
    const QString sum = squeezed(money::format(inv.totalToPayKop()));
    for (const QString& part : {first, second}) {
        QVERIFY2(part.contains(QStringLiteral("Кассир")), qPrintable(part));
        QVERIFY2(part.contains(QStringLiteral("Подписьплательщика")), qPrintable(part));
        QVERIFY2(part.contains(squeezed(inv.accountNumber)), qPrintable(part));
        QVERIFY2(part.contains(squeezed(inv.owner)), qPrintable(part));
        QVERIFY2(part.contains(squeezed(inv.payee.account)), qPrintable(part));
    }
    QVERIFY2(first.contains(QStringLiteral("Суммакоплате:") + sum + QStringLiteral("руб.")), qPrintable(first));
    QVERIFY2(second.contains(QStringLiteral("Итогокоплате:") + sum + QStringLiteral("руб.")), qPrintable(second));
    // The purpose printed is the QR code's, naming every service paid.
    for (const auto& field : qr::invoiceFields(inv)) {
        if (field.first == QLatin1String("Purpose"))
            QVERIFY2(first.contains(squeezed(field.second)), qPrintable(field.second));
    }
    QVERIFY2(second.contains(QStringLiteral("Приборыучета")), qPrintable(second));
    QVERIFY2(!first.contains(QStringLiteral("Приборыучета")), qPrintable(first));
    QVERIFY2(text.contains(QStringLiteral("линияотреза")), qPrintable(text));

    const QString head = text.left(notice);
    for (const QString& expected : {inv.companyName, inv.office.name, inv.office.address, inv.office.phone,
                                    inv.office.schedule, QStringLiteral("Аварийная газовая служба: 04")}) {
        QVERIFY2(head.contains(squeezed(expected)), qPrintable(expected + QStringLiteral(" not in:\n") + head));
    }
}

// Every ruled line of the receipt is equally thick as a viewer or printer
// draws it, at screen, print and fine print resolutions.
void TestClientReceipt::ruledLinesAreEven()
{
    const QString period = m_client->cache.settlementPeriods(m_extended).value(0);
    const Result<ReceiptService::Loaded> loaded = load(m_extended, period);
    QVERIFY(loaded.ok());
    const QString pdf = m_dir.filePath(QStringLiteral("lines.pdf"));
    QVERIFY(ReceiptService::writePdf(loaded.value().invoice, pdf).ok());
    for (const int dpi : {150, 300, 600}) {
        const pdfrules::Rules rules = pdfrules::measure(pdf, dpi);
        QVERIFY2(rules.error.isEmpty(), qPrintable(rules.error));
        // The two tables and the frames of both parts.
        QVERIFY2(rules.vertical.size() >= 14, qPrintable(QString::number(rules.vertical.size())));
        QVERIFY2(rules.horizontal.size() >= 8, qPrintable(QString::number(rules.horizontal.size())));
        QList<int> all = rules.thicknesses();
        std::sort(all.begin(), all.end());
        const auto join = [](const QList<pdfrules::Line>& lines) {
            QStringList s;
            for (const pdfrules::Line& l : lines)
                s << QString::number(l.thickness);
            return s.join(QLatin1Char(','));
        };
        QVERIFY2(all.first() == all.last(), qPrintable(QStringLiteral("%1 dpi: vertical %2, horizontal %3")
                                                           .arg(dpi)
                                                           .arg(join(rules.vertical), join(rules.horizontal))));
    }
}

// No word of a table spills over a line into the next cell, however long
// the heading or the service's name.
void TestClientReceipt::wordsStayInTheirCells()
{
    const QString period = m_client->cache.settlementPeriods(m_extended).value(0);
    const Result<ReceiptService::Loaded> loaded = load(m_extended, period);
    QVERIFY(loaded.ok());
    Invoice inv = loaded.value().invoice;
    QVERIFY(!inv.lines.isEmpty());
    inv.lines.first().serviceName = QStringLiteral("Газоснабжение природным газом для отопления");
    const QString pdf = m_dir.filePath(QStringLiteral("cells.pdf"));
    QVERIFY(ReceiptService::writePdf(inv, pdf).ok());
    const pdfrules::Rules rules = pdfrules::measure(pdf, 300);
    QVERIFY2(rules.error.isEmpty(), qPrintable(rules.error));
    QString error;
    const QList<pdfrules::Word> words = pdfrules::words(pdf, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(words.size() > 100);
    const QStringList spilt = pdfrules::crossing(rules, words);
    QVERIFY2(spilt.isEmpty(), qPrintable(spilt.join(QLatin1Char(' '))));
}

void TestClientReceipt::limitedReceiptHidesTheOwner()
{
    const Result<ReceiptService::Loaded> loaded = load(m_limited, ReceiptService::currentPeriod(Company{}));
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    const Invoice& inv = loaded.value().invoice;
    QVERIFY(inv.owner.isEmpty());
    const QString pdf = m_dir.filePath(QStringLiteral("limited.pdf"));
    QVERIFY(ReceiptService::writePdf(inv, pdf).ok());
    const QString text = pdfText(pdf);
    QVERIFY(!text.contains(QStringLiteral("ФИО")));
    QVERIFY(text.contains(inv.accountNumber));
    for (const InvoiceMeter& m : inv.meters)
        QVERIFY2(m.serial.contains(QStringLiteral("****")) && text.contains(m.serial), qPrintable(m.serial));
    const QString decoded = qrText(pdf);
    QCOMPARE(decoded, qr::payload(qr::invoiceFields(inv)));
    QVERIFY(!decoded.contains(QStringLiteral("LastName=")));
    // A past month needs the extended version.
    const QString lastMonth = QDate::fromString(inv.period + QStringLiteral("-01"), Qt::ISODate)
                                  .addMonths(-1)
                                  .toString(QStringLiteral("yyyy-MM"));
    const Result<ReceiptService::Loaded> past = load(m_limited, lastMonth);
    QVERIFY(!past.ok());
    QCOMPARE(past.error().code, QString::fromLatin1(errc::ExtendedRequired));
}

void TestClientReceipt::unwritablePathIsRefused()
{
    const std::optional<Invoice> inv = m_client->cache.invoice(m_limited, ReceiptService::currentPeriod(Company{}));
    QVERIFY(inv);
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/receipt.pdf"));
    const Status written = ReceiptService::writePdf(*inv, path);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, QString::fromLatin1(errc::FileWriteFailed));
    QVERIFY(!QFile::exists(path));
}

void TestClientReceipt::offlineFromTheCache()
{
    // A month fetched before, and one never fetched: what the server says of it.
    const QStringList months = m_client->cache.settlementPeriods(m_extended);
    QVERIFY(months.size() >= 3);
    const QString fetched = months.at(0);
    const QString neverFetched = months.at(2);
    QVERIFY(!m_client->cache.invoice(m_extended, neverFetched));
    ApiCaller api(m_server.apiUrl(QString()), m_server.caFile());
    const Tokens tokens = clienttest::signIn(m_server, QStringLiteral("demo@mygas.example"), QStringLiteral("demo1"));
    api.setBearer(tokens.accessToken);
    const QJsonObject server =
        api.get(QStringLiteral("/accounts/%1/invoice?period=%2").arg(m_extended, neverFetched)).json.object();
    QVERIFY(!server.isEmpty());

    m_server.stop();
    const Result<ReceiptService::Loaded> again = load(m_extended, fetched);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QVERIFY(again.value().offline);
    QCOMPARE(again.value().invoice.toJson(), m_client->cache.invoice(m_extended, fetched)->toJson());

    const Result<ReceiptService::Loaded> built = load(m_extended, neverFetched);
    QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().message));
    QVERIFY(built.value().offline);
    QJsonObject local = built.value().invoice.toJson();
    QJsonObject remote = server;
    local.remove(QStringLiteral("issued"));
    remote.remove(QStringLiteral("issued"));
    QCOMPARE(local, remote);
    const QString pdf = m_dir.filePath(QStringLiteral("offline.pdf"));
    QVERIFY(ReceiptService::writePdf(built.value().invoice, pdf).ok());
    QCOMPARE(qrText(pdf), qr::payload(qr::invoiceFields(built.value().invoice)));
}

// Identifiers are printed letter by letter: no «fi», «fl» or «ff» ligature
// turns two letters of an order number into one sign (a person reading it
// out, or a program reading the PDF, would get a different number).
void TestClientReceipt::identifiersPrintLetterByLetter()
{
    PaymentReceiptData d;
    d.orderId = QStringLiteral("pay-fiflffAB_x-fi9");
    d.date = QDate(2026, 11, 5);
    d.bankOperation = QStringLiteral("ffi123456789");
    d.place = QStringLiteral("ЛК «Мой газ» (онлайн)");
    d.lines = {{QStringLiteral("Газоснабжение"), 31472}};
    d.account.number = QStringLiteral("0412345678");
    d.company.name = QStringLiteral("АО «Тестгаз»");
    const QString pdf = m_dir.filePath(QStringLiteral("ligatures.pdf"));
    const Status written = paymentreceipt::writePdf(d, pdf);
    QVERIFY(written.ok());
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(d.orderId), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("ffi1 2345 6789")), qPrintable(text)); // in groups of four
}

// Manual 4.7.2.2: nothing printed on the limited receipt (an amount as a
// person would type it in kopecks, any number or code in its text or in its
// QR code) is taken as a control answer by the server, and trying one is
// refused without counting as a guess.
void TestClientReceipt::limitedReceiptAnswersNothing()
{
    const Result<ReceiptService::Loaded> loaded = load(m_limited, ReceiptService::currentPeriod(Company{}));
    QVERIFY(loaded.ok());
    const Invoice& inv = loaded.value().invoice;
    const QString pdf = m_dir.filePath(QStringLiteral("limited-answers.pdf"));
    QVERIFY(ReceiptService::writePdf(inv, pdf).ok());
    QString text = pdfText(pdf) + QLatin1Char('\n') + qrText(pdf);
    QSet<QString> candidates;
    static const QRegularExpression amount(QStringLiteral("(?<![0-9,])[0-9]{1,3}(?:[ \\x{00a0}][0-9]{3})*,[0-9]{2}"));
    for (auto m = amount.globalMatch(text); m.hasNext();)
        candidates.insert(
            QString::number(m.next().captured().remove(QRegularExpression(QStringLiteral("[^0-9]"))).toLongLong()));
    text.replace(amount, QStringLiteral(" ")); // an amount is one value, not its roubles and kopecks
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]*[0-9][\\p{L}\\p{N}]*"));
    for (auto m = word.globalMatch(text); m.hasNext();)
        candidates.insert(m.next().captured());
    QVERIFY2(candidates.contains(QString::number(inv.totalToPayKop())), qPrintable(text));
    QVERIFY(candidates.contains(inv.accountNumber));
    QVERIFY2(candidates.size() > 20, qPrintable(QStringList(candidates.values()).join(QLatin1Char(' '))));

    ApiCaller api(m_server.apiUrl(QString()), m_server.caFile());
    api.setBearer(m_access);
    const QString url = QStringLiteral("/accounts/") + m_limited + QStringLiteral("/extended");
    QStringList counted;
    for (const QString& value : std::as_const(candidates)) {
        for (const char* method : {"meter_serial", "last_charge", "pin"}) {
            const ApiCaller::Reply r =
                api.post(url, {{QStringLiteral("method"), method}, {QStringLiteral("answer"), value}});
            if (r.status != 400 || (r.errorCode() != QLatin1String(errc::ExtendedAnswerVisible) &&
                                    r.errorCode() != QLatin1String(errc::ExtendedMethodUnavailable)))
                counted.append(QStringLiteral("%1 = %2 → %3").arg(QLatin1String(method), value, r.errorCode()));
        }
    }
    QVERIFY2(counted.isEmpty(), qPrintable(counted.join(QStringLiteral("; "))));
}

QTEST_MAIN(TestClientReceipt)
#include "tst_client_receipt.moc"
