// The edge's reading of request framing and of the router's answers, byte
// by byte as a network delivers them.
#include "server/edge/RequestFraming.h"
#include "server/edge/ResponseMeter.h"

#include <QTest>

using mygas::server::RequestFraming;
using mygas::server::ResponseMeter;
using Step = RequestFraming::Step;

class TestEdgeFraming : public QObject
{
    Q_OBJECT

private slots:
    void requestsSplitAnywhere();
    void chunkedBodyIsDecoded();
    void limitsAndRefusals_data();
    void limitsAndRefusals();
    void connectionWords();
    void answersEndByTheirLength();
};

// A request arriving a byte at a time is complete exactly at its last byte;
// pipelined bytes after it are left for the next.
void TestEdgeFraming::requestsSplitAnywhere()
{
    const QByteArray request = "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello";
    RequestFraming f(1024, 100);
    QByteArray input;
    for (qsizetype i = 0; i < request.size(); ++i) {
        input += request[i];
        const Step s = f.feed(input);
        QCOMPARE(s, i + 1 == request.size() ? Step::Complete : Step::NeedMore);
    }
    QCOMPARE(f.request(), request);
    QVERIFY(f.keepAlive());

    f.reset();
    input = "\r\nGET /b HTTP/1.1\r\n\r\nGET /c HTTP/1.1\r\n\r\n";
    QCOMPARE(f.feed(input), Step::Complete);
    QCOMPARE(f.request(), QByteArray("GET /b HTTP/1.1\r\n\r\n"));
    QCOMPARE(input, QByteArray("GET /c HTTP/1.1\r\n\r\n"));
}

void TestEdgeFraming::chunkedBodyIsDecoded()
{
    RequestFraming f(1024, 100);
    QByteArray input = "POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\nHost: x\r\n\r\n"
                       "3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: 1\r\n\r\nGET /";
    QCOMPARE(f.feed(input), Step::Complete);
    QCOMPARE(f.request(), QByteArray("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nabcde"));
    QCOMPARE(input, QByteArray("GET /"));
}

void TestEdgeFraming::limitsAndRefusals_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");
    QTest::newRow("declared over the limit") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n") << 413;
    QTest::newRow("absurd length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1000000000000\r\n\r\n") << 413;
    QTest::newRow("chunks over the limit") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n" +
                                                         QByteArray(64, 'x') + "\r\n40\r\n")
                                           << 413;
    QTest::newRow("two lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\n")
                                 << 400;
    QTest::newRow("length and chunked")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n") << 400;
    QTest::newRow("other coding") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") << 400;
    QTest::newRow("chunked on 1.0") << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n") << 400;
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
    QTest::newRow("folded line") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << 400;
    QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\r\nA: b\nB: c\r\n\r\n") << 400;
    QTest::newRow("HTTP/2 line") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 400;
    QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
    QTest::newRow("bad chunk size") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 400;
    QTest::newRow("head too large") << QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(2000, 'a')) << 431;
}

void TestEdgeFraming::limitsAndRefusals()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    RequestFraming f(1024, 100);
    QCOMPARE(f.feed(input), Step::Refused);
    QCOMPARE(f.refusalStatus(), status);
    QVERIFY(!f.keepAlive());
}

void TestEdgeFraming::connectionWords()
{
    const auto keepAlive = [](const QByteArray& head) {
        RequestFraming f(1024, 100);
        QByteArray input = head + "\r\n";
        return f.feed(input) == Step::Complete && f.keepAlive();
    };
    QVERIFY(keepAlive("GET / HTTP/1.1\r\n"));
    QVERIFY(!keepAlive("GET / HTTP/1.1\r\nConnection: Close\r\n"));
    QVERIFY(!keepAlive("GET / HTTP/1.0\r\n"));
    QVERIFY(keepAlive("GET / HTTP/1.0\r\nConnection: keep-alive\r\n"));

    RequestFraming f(1024, 100);
    QByteArray input = "POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n";
    QCOMPARE(f.feed(input), Step::NeedMore);
    QVERIFY(f.takeContinue());
    QVERIFY(!f.takeContinue());
}

void TestEdgeFraming::answersEndByTheirLength()
{
    ResponseMeter m;
    m.start(false);
    QCOMPARE(m.take("HTTP/1.1 200 OK\r\nContent-Len"), QByteArray());
    QCOMPARE(m.take("gth: 4\r\n\r\nab"), QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nab"));
    QVERIFY(!m.complete());
    QCOMPARE(m.take("cd"), QByteArray("cd"));
    QVERIFY(m.complete());

    // HEAD: the body the router writes anyway is not sent.
    m.start(true);
    QCOMPARE(m.take("HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\n{}"),
             QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\n"));
    QVERIFY(m.complete());

    m.start(false);
    m.take("HTTP/1.1 204 No Content\r\n\r\n");
    QVERIFY(m.complete());

    m.start(false);
    m.take("HTTP/1.1 200 OK\r\n\r\nstream");
    QVERIFY(m.unbounded());
}

QTEST_GUILESS_MAIN(TestEdgeFraming)
#include "tst_edge_framing.moc"
