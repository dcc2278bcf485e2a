// Russian is the users' language: every string of the sources must be in
// mygas_ru.ts, translated, and nothing in it may be stale.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestClientTranslations : public QObject
{
    Q_OBJECT

private slots:
    void russianIsComplete();
    void lupdateFindsNoNewStrings();
    void helpOfTheProgramIsRussian();

private:
    // Sources of entries that are unfinished, vanished, obsolete or empty.
    static QStringList incomplete(const QString& tsFile);
};

QStringList TestClientTranslations::incomplete(const QString& tsFile)
{
    QFile f(tsFile);
    if (!f.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read ") + tsFile};
    QXmlStreamReader xml(&f);
    QStringList bad;
    QString context;
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text =
                numerus ? QStringLiteral("x") : xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty() || text.trimmed().isEmpty())
                bad << QStringLiteral("%1: %2 [%3]")
                           .arg(context, source, type.isEmpty() ? QStringLiteral("empty") : type);
        }
    }
    if (xml.hasError())
        bad << QStringLiteral("XML error: ") + xml.errorString();
    return bad;
}

void TestClientTranslations::russianIsComplete()
{
    const QStringList bad = incomplete(QStringLiteral(MYGAS_SOURCE_DIR "/translations/mygas_ru.ts"));
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
}

void TestClientTranslations::lupdateFindsNoNewStrings()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("mygas_ru.ts"));
    QVERIFY(QFile::copy(QStringLiteral(MYGAS_SOURCE_DIR "/translations/mygas_ru.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QDir src(QStringLiteral(MYGAS_SOURCE_DIR));
    // Headers are included from the project's root ("ui/account/AccountPage.h").
    QStringList args{QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"), src.path()};
    for (const char* folder : {"models", "services", "ui", "app", "server"})
        args << src.filePath(QString::fromLatin1(folder));
    args << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(MYGAS_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(240000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    const QStringList bad = incomplete(copy);
    QVERIFY2(bad.isEmpty(),
             qPrintable(QStringLiteral("run the mygas_lupdate target and translate:\n") + bad.join(QLatin1Char('\n'))));
}

// `mygas --help` in Russian, Qt's own lines too (Qt's translations load
// before the options are read).
void TestClientTranslations::helpOfTheProgramIsRussian()
{
    QProcess mygas;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    mygas.setProcessEnvironment(env);
    mygas.start(QStringLiteral(MYGAS_CLIENT_BIN),
                {QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--help")});
    QVERIFY(mygas.waitForFinished(30000));
    const QString help = QString::fromUtf8(mygas.readAllStandardOutput());
    QVERIFY2(help.contains(QStringLiteral("Параметры:")) && help.contains(QStringLiteral("Вывод справки")),
             qPrintable(help));
    QVERIFY2(help.contains(QStringLiteral("демонстрационный сервер")), qPrintable(help));
    QVERIFY2(!help.contains(QStringLiteral("Options:")) && !help.contains(QStringLiteral("Displays")),
             qPrintable(help));
}

QTEST_GUILESS_MAIN(TestClientTranslations)
#include "tst_client_translations.moc"
