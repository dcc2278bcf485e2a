#include "server/demo/DemoData.h"

#include "models/auth/AuthRules.h"
#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "models/readings/ReadingRules.h"
#include "server/accounts/AccountStore.h"
#include "server/app/Crypto.h"
#include "server/app/Logging.h"
#include "server/auth/UserStore.h"
#include "server/provider/ProviderWriter.h"
#include "server/provider/SeedGenerator.h"

#include <algorithm>

namespace mygas::server::demo {

namespace {
struct DemoAccount
{
    const char* companyId;
    SeedGenerator::Fixed fixed;
};

// docs/demo.md lists these with their control answers.
QList<DemoAccount> demoAccounts()
{
    auto s = [](const char* text) { return QString::fromLatin1(text); };
    return {
        {"severogorsk", {s("0412345678"), s("204517"), s("61234537"), 31472}},
        {"zarechye", {s("630100012345"), s("731904"), s("48151623"), 28950}},
        {"lesnogorsk", {s("66012345"), s("118256"), s("70345112"), 35010}},
        {"severogorsk", {s("0498765432"), s("640213"), s("52908871"), 19900}},
        {"zarechye", {s("630100054321"), s("905338"), s("39017744"), 41200}},
        {"lesnogorsk", {s("66054321"), s("327761"), s("81726354"), 22575}},
    };
}

Error failed(const QString& what)
{
    Error e = makeError(errc::Internal, {}, 500);
    e.message = what;
    return e;
}
} // namespace

QString demoLogin()
{
    return QStringLiteral("demo@mygas.example");
}

Status seedAccounts(const Database& db, const PinSeal* seal)
{
    UserStore users(db);
    if (users.exists(demoLogin()))
        return Done{};
    const QDate today = rules::todayIn(QString::fromLatin1(kDefaultTimeZone));
    const SeedGenerator generator(20240501, 3, today);
    ProviderData data;
    const QList<Company> all = companies();
    const QList<DemoAccount> accounts = demoAccounts();
    for (int i = 0; i < accounts.size(); ++i) {
        const auto company = std::find_if(
            all.begin(), all.end(), [&](const Company& c) { return c.id == QLatin1String(accounts[i].companyId); });
        data.accounts.append(generator.account(*company, i, accounts[i].fixed));
    }
    const Result<WriteStats> written = ProviderWriter(db, seal).apply(data);
    if (!written.ok())
        return written.error();

    const qint64 now = Clock::now().toSecsSinceEpoch();
    Transaction tx(db);
    const qint64 userId = users.create(demoLogin(), crypto::hashPassword(QStringLiteral("demo1")), now);
    if (userId == 0 || !users.setConsent(userId, QString::fromLatin1(rules::kConsentVersion), now))
        return failed(QStringLiteral("cannot create the demo user"));
    AccountStore store(db);
    const qint64 extended = store.findId(QStringLiteral("severogorsk"), QStringLiteral("0412345678"));
    const qint64 limited = store.findId(QStringLiteral("zarechye"), QStringLiteral("630100012345"));
    if (!store.link(userId, extended, now) || !store.setAccess(userId, extended, Access::Extended) ||
        !store.link(userId, limited, now + 1) || !tx.commit())
        return failed(QStringLiteral("cannot link the demo accounts"));
    qCInfo(lcServer) << "demo accounts seeded; demo user" << demoLogin();
    return Done{};
}

} // namespace mygas::server::demo
