#include "server/demo/DemoData.h"

#include "models/accounts/AccountRules.h"
#include "models/auth/AuthRules.h"
#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "models/readings/ReadingRules.h"
#include "models/requests/RequestTypes.h"
#include "server/accounts/AccountStore.h"
#include "server/app/Crypto.h"
#include "server/app/Logging.h"
#include "server/auth/UserStore.h"
#include "server/db/ChangeLog.h"
#include "server/provider/ProviderWriter.h"
#include "server/provider/SeedGenerator.h"
#include "server/requests/RequestStore.h"

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

// Two «Заявки» of the extended demo account: a ТО done, and a recalculation
// the company asks to clarify (docs/demo.md).
bool addRequests(const Database& db, qint64 accountId)
{
    const qint64 version = changelog::bump(db);
    const QDateTime now = Clock::now();
    const QDate today = rules::todayIn(QString::fromLatin1(kDefaultTimeZone));
    auto at = [&](int daysAgo, int hour) {
        return now.addDays(-daysAgo).toUTC().date().startOfDay(Qt::UTC).addSecs(hour * 3600).toString(Qt::ISODate);
    };
    const QString abonent = QLatin1String(requests::kAbonent);
    const QString company = QLatin1String(requests::kOperator);
    ServiceRequest to;
    to.id = rules::rowId(QString::number(accountId), QStringLiteral("request-demo-1"));
    to.kind = QLatin1String(requests::kMaintenance);
    to.status = QLatin1String(requests::kDone);
    to.createdAt = at(40, 7);
    to.workKind = QStringLiteral("Техническое обслуживание ВДГО");
    to.description = QStringLiteral("Плановое обслуживание плиты и колонки");
    to.desiredDate = today.addDays(-33);
    to.history = {{QLatin1String(requests::kInProgress), to.createdAt, abonent, QString()},
                  {QLatin1String(requests::kDone), at(33, 11), company,
                   QStringLiteral("Работы выполнены, акт передан абоненту")}};
    ServiceRequest re;
    re.id = rules::rowId(QString::number(accountId), QStringLiteral("request-demo-2"));
    re.kind = QLatin1String(requests::kRecalculation);
    re.status = QLatin1String(requests::kClarification);
    re.createdAt = at(6, 9);
    re.reason = QLatin1String(requests::kResidents);
    re.fromDate = today.addDays(-20);
    re.residents = 2;
    re.history = {{QLatin1String(requests::kInProgress), re.createdAt, abonent, QString()},
                  {QLatin1String(requests::kClarification), at(4, 10), company,
                   QStringLiteral("Приложите, пожалуйста, справку о составе семьи")}};
    const RequestStore store(db);
    return version != 0 && store.add(to, accountId, version) && store.add(re, accountId, version);
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

QString demoOperatorLogin()
{
    return QStringLiteral("operator@severogorsk.example");
}

Status seedOperator(const Database& db)
{
    const UserStore users(db);
    if (users.exists(demoOperatorLogin()))
        return Done{};
    Transaction tx(db);
    const qint64 id = users.create(demoOperatorLogin(), crypto::hashPassword(QStringLiteral("oper1")),
                                   Clock::now().toSecsSinceEpoch());
    if (id == 0 || !users.setOperatorCompany(id, QStringLiteral("severogorsk")) || !tx.commit())
        return failed(QStringLiteral("cannot create the demo operator"));
    return Done{};
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
        !store.link(userId, limited, now + 1) || !addRequests(db, extended) || !tx.commit())
        return failed(QStringLiteral("cannot link the demo accounts"));
    qCInfo(lcServer) << "demo accounts seeded; demo user" << demoLogin();
    return Done{};
}

} // namespace mygas::server::demo
