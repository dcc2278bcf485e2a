#include "server/provider/ProviderCommands.h"

#include "models/core/Clock.h"
#include "models/readings/ReadingRules.h"
#include "server/accounts/PinSeal.h"
#include "server/app/ClockFile.h"
#include "server/app/Crypto.h"
#include "server/db/Database.h"
#include "server/db/Migrations.h"
#include "server/directory/DirectoryStore.h"
#include "server/provider/ImportValidator.h"
#include "server/provider/ProviderWriter.h"
#include "server/provider/Seeder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace mygas::server {

namespace {
const QString kDefaultDb = defaultDatabaseUrl();

void say(FILE* to, const QString& text)
{
    std::fprintf(to, "%s\n", text.toUtf8().constData());
    std::fflush(to);
}
} // namespace

QString defaultDatabaseUrl()
{
    return QStringLiteral("sqlite:./mygas-data/mygas.sqlite");
}

bool openCommandDatabase(Database& db, const QString& url)
{
    if (!crypto::init()) {
        say(stderr, QStringLiteral("mygas-server: libsodium cannot be initialised"));
        return false;
    }
    if (const Status opened = db.open(url); !opened.ok()) {
        say(stderr, QStringLiteral("mygas-server: cannot open the database: %1").arg(opened.error().message));
        return false;
    }
    if (const Status migrated = Migrations::migrate(db); !migrated.ok()) {
        say(stderr, QStringLiteral("mygas-server: cannot migrate the database: %1").arg(migrated.error().message));
        return false;
    }
    return true;
}

int runImport(const QStringList& args)
{
    const QString usage =
        QStringLiteral("usage: mygas-server import [--db URL] [--pin-key FILE] [--clock-file PATH] FILE.json");
    QString dbUrl = kDefaultDb;
    QString file;
    QString pinKey;
    std::unique_ptr<ClockFile> clock;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--db") && i + 1 < args.size())
            dbUrl = args[++i];
        else if (args[i] == QLatin1String("--clock-file") && i + 1 < args.size()) {
            // The server's moved clock (tests): «today» of the averages.
            clock = std::make_unique<ClockFile>(args[++i]);
            clock->install();
        } else if (args[i] == QLatin1String("--pin-key") && i + 1 < args.size())
            pinKey = args[++i];
        else if (file.isEmpty() && !args[i].startsWith(QLatin1String("--")))
            file = args[i];
        else
            return say(stderr, usage), 2;
    }
    if (file.isEmpty())
        return say(stderr, usage), 2;
    // The server's DATA_DIR/pin.key: the imported PINs can then be printed on receipts.
    PinSeal seal;
    if (!pinKey.isEmpty()) {
        const Result<PinSeal> loaded = PinSeal::load(pinKey, false);
        if (!loaded.ok())
            return say(stderr, QStringLiteral("mygas-server: %1").arg(loaded.error().message)), 1;
        seal = loaded.value();
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return say(stderr, QStringLiteral("mygas-server: cannot read %1").arg(file)), 1;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return say(stderr, QStringLiteral("mygas-server: %1: not a JSON object (%2 at byte %3)")
                               .arg(file, parseError.errorString())
                               .arg(parseError.offset)),
               1;
    Database db(QStringLiteral("import"));
    if (!openCommandDatabase(db, dbUrl))
        return 1;
    QHash<QString, Company> known;
    for (const Company& c : DirectoryStore(db).load().companies)
        known.insert(c.id, c);
    ImportValidator validator(known);
    const ProviderData data = validator.validate(doc.object());
    if (!validator.errors().isEmpty()) {
        say(stderr, QStringLiteral("mygas-server: %1: %2 problem(s); nothing was imported")
                        .arg(file)
                        .arg(validator.errors().size()));
        for (const QString& e : validator.errors())
            say(stderr, QStringLiteral("  ") + e);
        return 1;
    }
    const Result<WriteStats> written = ProviderWriter(db, seal.valid() ? &seal : nullptr).apply(data);
    if (!written.ok())
        return say(stderr,
                   QStringLiteral("mygas-server: %1: %2; nothing was imported").arg(file, written.error().message)),
               1;
    const WriteStats& s = written.value();
    say(stdout, QStringLiteral("imported %1: %2 companies, %3 accounts (%4 new); rows added %5, changed %6, "
                               "removed %7")
                    .arg(file)
                    .arg(data.companies.size())
                    .arg(data.accounts.size())
                    .arg(s.accountsAdded)
                    .arg(s.rowsAdded)
                    .arg(s.rowsChanged)
                    .arg(s.rowsRemoved));
    return 0;
}

int runSeed(const QStringList& args)
{
    const QString usage = QStringLiteral("usage: mygas-server seed [--db URL] --accounts N --seed S [--years Y] "
                                         "[--company ID] [--until YYYY-MM]");
    QString dbUrl = kDefaultDb;
    SeedOptions options;
    options.openMonth = rules::todayIn(QString::fromLatin1(kDefaultTimeZone));
    bool haveAccounts = false;
    bool haveSeed = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        const QString value = args.value(i + 1);
        bool ok = true;
        if (arg == QLatin1String("--db")) {
            dbUrl = value;
        } else if (arg == QLatin1String("--accounts")) {
            options.accounts = value.toLongLong(&ok);
            ok = ok && options.accounts > 0;
            haveAccounts = true;
        } else if (arg == QLatin1String("--seed")) {
            options.seed = value.toULongLong(&ok);
            haveSeed = true;
        } else if (arg == QLatin1String("--years")) {
            options.years = value.toInt(&ok);
            ok = ok && options.years >= 0 && options.years <= 50;
        } else if (arg == QLatin1String("--company")) {
            options.companyId = value;
        } else if (arg == QLatin1String("--until")) {
            options.openMonth = QDate::fromString(value + QStringLiteral("-01"), Qt::ISODate);
            ok = options.openMonth.isValid();
        } else {
            ok = false;
        }
        if (!ok || value.isEmpty())
            return say(stderr, QStringLiteral("mygas-server: bad option %1\n%2").arg(arg, usage)), 2;
        ++i;
    }
    if (!haveAccounts || !haveSeed)
        return say(stderr, usage), 2;
    Database db(QStringLiteral("seed"));
    if (!openCommandDatabase(db, dbUrl))
        return 1;
    QElapsedTimer timer;
    timer.start();
    qint64 lastReport = 0;
    const Status done = Seeder(db).run(options, [&](qint64 n) {
        if (n == options.accounts || timer.elapsed() - lastReport >= 5000) {
            lastReport = timer.elapsed();
            say(stdout, QStringLiteral("seeded %1 of %2 accounts, %3 s")
                            .arg(n)
                            .arg(options.accounts)
                            .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
        }
    });
    if (!done.ok())
        return say(stderr, QStringLiteral("mygas-server: %1").arg(done.error().message)), 1;
    const double seconds = double(timer.elapsed()) / 1000.0;
    say(stdout, QStringLiteral("seeded %1 accounts with %2 years of history in %3 s (%4 accounts/s)")
                    .arg(options.accounts)
                    .arg(options.years)
                    .arg(seconds, 0, 'f', 1)
                    .arg(double(options.accounts) / qMax(0.001, seconds), 0, 'f', 0));
    return 0;
}

} // namespace mygas::server
