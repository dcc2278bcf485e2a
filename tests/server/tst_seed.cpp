// `mygas-server seed`: the same arguments give the same data, another seed
// other data; the history is consistent (closing = opening − charged + paid
// + recalculation, one open month per service, years of monthly readings);
// every section table has the columns of its wire type's fields.
#include "models/accounts/SectionRows.h"
#include "server/db/Database.h"
#include "tests/support/PostgresCluster.h"
#include "tests/support/ServerProcess.h"

#include <QProcess>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace mygas::server;

class TestSeed : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameData();
    void historyIsConsistent();
    void refusesToSeedTwiceAndBadOptions();
    void tablesHoldTheWireTypesFields();

private:
    QString newDatabase();
    int seed(const QString& url, const QStringList& extra, QString* output = nullptr);
    QStringList dump(const QString& url);
    QTemporaryDir m_dir;
    int m_count = 0;
};

QString TestSeed::newDatabase()
{
    if (!ServerProcess::usingPostgres())
        return QStringLiteral("sqlite:%1/seed%2.sqlite").arg(m_dir.path()).arg(++m_count);
    QString error;
    const QString url = PostgresCluster::shared().createDatabase(&error);
    if (url.isEmpty())
        qWarning() << error;
    return url;
}

int TestSeed::seed(const QString& url, const QStringList& extra, QString* output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(ServerProcess::binary(), QStringList{"seed", "--db", url} + extra);
    p.waitForFinished(240000);
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QStringList TestSeed::dump(const QString& url)
{
    Database db(QStringLiteral("dump%1").arg(++m_count));
    if (!db.open(url).ok())
        return {};
    QStringList out;
    for (const char* table : {"accounts", "services", "meters", "readings", "payments", "subscribers", "settlements",
                              "contracts", "acts"}) {
        QSqlQuery q = db.newQuery();
        db.exec(q, QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)));
        while (q.next()) {
            QStringList row{QLatin1String(table)};
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i).toString());
            out.append(row.join(QLatin1Char('|')));
        }
    }
    return out;
}

void TestSeed::sameSeedSameData()
{
    const QStringList args{"--accounts", "30", "--seed", "42", "--years", "3", "--until", "2025-06"};
    const QString a = newDatabase();
    const QString b = newDatabase();
    const QString c = newDatabase();
    QString output;
    QCOMPARE(seed(a, args, &output), 0);
    QVERIFY2(output.contains("seeded 30 accounts with 3 years of history in"), qPrintable(output));
    QCOMPARE(seed(b, args), 0);
    QStringList other = args;
    other[3] = "43";
    QCOMPARE(seed(c, other), 0);
    const QStringList first = dump(a);
    QVERIFY(first.size() > 30 * 100);
    QCOMPARE(dump(b), first);
    const QStringList third = dump(c);
    QCOMPARE(third.size() > 0, true);
    QVERIFY(third != first);
}

void TestSeed::historyIsConsistent()
{
    const QString url = newDatabase();
    QCOMPARE(
        seed(url, {"--accounts", "9", "--seed", "7", "--years", "3", "--until", "2025-06", "--company", "zarechye"}),
        0);
    Database db(QStringLiteral("check"));
    QVERIFY(db.open(url).ok());
    QSqlQuery q = db.newQuery();
    QVERIFY(db.exec(q, QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT company_id), MIN(number) FROM accounts")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 9);
    QCOMPARE(q.value(1).toInt(), 1);
    QCOMPARE(q.value(2).toString().size(), 12);
    QVERIFY(db.exec(q, QStringLiteral("SELECT opening_kop, charged_kop, paid_kop, recalculation_kop, closing_kop, "
                                      "period FROM settlements")));
    int open = 0;
    int rows = 0;
    while (q.next()) {
        ++rows;
        if (q.value(4).isNull()) {
            ++open;
            QCOMPARE(q.value(5).toString(), QStringLiteral("2025-06"));
            continue;
        }
        QCOMPARE(q.value(4).toLongLong(),
                 q.value(0).toLongLong() - q.value(1).toLongLong() + q.value(2).toLongLong() + q.value(3).toLongLong());
    }
    QVERIFY(rows >= 9 * 2 * 37);
    QVERIFY(open >= 9 * 2);
    QVERIFY(db.exec(q, QStringLiteral("SELECT COUNT(*), MIN(\"date\"), MAX(\"date\") FROM readings")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 9 * 36);
    QVERIFY(q.value(1).toString().startsWith("2022-06"));
    QVERIFY(q.value(2).toString().startsWith("2025-05"));
    QVERIFY(db.exec(q, QStringLiteral("SELECT COUNT(*) FROM contracts WHERE active = 0")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 9);
}

void TestSeed::refusesToSeedTwiceAndBadOptions()
{
    const QString url = newDatabase();
    QCOMPARE(seed(url, {"--accounts", "3", "--seed", "1", "--years", "0"}), 0);
    QString output;
    QCOMPARE(seed(url, {"--accounts", "3", "--seed", "1", "--years", "0"}, &output), 1);
    QVERIFY2(output.contains("already holds seeded accounts"), qPrintable(output));
    QCOMPARE(seed(url, {"--accounts", "-3", "--seed", "1"}), 2);
    QCOMPARE(seed(url, {"--accounts", "3"}), 2);
    QCOMPARE(seed(url, {"--accounts", "3", "--seed", "1", "--company", "mars"}, &output), 1);
    QVERIFY2(output.contains("unknown company mars"), qPrintable(output));
}

void TestSeed::tablesHoldTheWireTypesFields()
{
    const QString url = newDatabase();
    QCOMPARE(seed(url, {"--accounts", "1", "--seed", "3", "--years", "1", "--until", "2025-06"}), 0);
    Database db(QStringLiteral("columns"));
    QVERIFY(db.open(url).ok());
    for (const mygas::sections::Section& s : mygas::sections::all()) {
        QSqlQuery q = db.newQuery();
        QVERIFY(db.exec(q, QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(s.name)));
        QStringList have;
        for (int i = 0; i < q.record().count(); ++i)
            have.append(q.record().fieldName(i));
        QStringList want{"id", "account_id"};
        for (const mygas::wire::Field& f : s.columns)
            want.append(QLatin1String(f.name));
        want.append("version");
        QCOMPARE(have, want);
    }
}

QTEST_GUILESS_MAIN(TestSeed)
#include "tst_seed.moc"
