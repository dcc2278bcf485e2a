#include "tests/support/client/CacheTestData.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cachetest {

using namespace mygas;

namespace {

const QDate kLastMonth(2024, 6, 1);

void addAccount(SyncPayload& p, const QString& id, Access access, int years)
{
    p.accounts.append({id, QStringLiteral("c1"), QStringLiteral("10000000") + id.right(1), QString(),
                       QStringLiteral("г. Тверь, ул. Советская, д. 1, кв. ") + id.right(1), access});
    const QStringList services{QStringLiteral("Газоснабжение"), QStringLiteral("ТО ВДГО"), QStringLiteral("Пени")};
    for (int s = 0; s < services.size(); ++s) {
        ServiceInfo info;
        info.id = id + QStringLiteral("-S") + QString::number(s);
        info.accountId = id;
        info.name = services.at(s);
        info.balanceKop = s == 0 ? -331952 : 1000 * s;
        p.services.append(info);
    }
    Meter m;
    m.id = id + QStringLiteral("-M1");
    m.accountId = id;
    m.serviceId = id + QStringLiteral("-S0");
    m.name = QStringLiteral("Счетчик газа");
    m.serial = access == Access::Extended ? QStringLiteral("6123437") : QStringLiteral("6****37");
    m.nextVerificationDate = QDate(2027, 3, 1);
    p.meters.append(m);

    const int months = years * 12;
    for (int i = 0; i < months; ++i) {
        const QDate month = kLastMonth.addMonths(-i);
        const QString tag = month.toString(QStringLiteral("yyyyMM"));
        p.readings.append({id + QStringLiteral("-R") + tag, m.id, id, month.addDays(19), qint64(10000 - 15 * i), 15,
                           QStringLiteral("online"), QStringLiteral("accepted")});
        p.payments.append({id + QStringLiteral("-P") + tag, id, month.addDays(9), 250043 + i,
                           QStringLiteral("ПАО Сбербанк"), id + QStringLiteral("-S0"), i % 2 == 0});
        for (int s = 0; s < services.size(); ++s) {
            Settlement st;
            st.id = id + QStringLiteral("-T") + tag + QString::number(s);
            st.accountId = id;
            st.period = month.toString(QStringLiteral("yyyy-MM"));
            st.serviceId = id + QStringLiteral("-S") + QString::number(s);
            st.openingKop = -331952;
            st.chargedKop = 258043;
            st.volumeM3 = 15.5;
            if (i > 0)
                st.closingKop = -331952 - 258043 + st.paidKop;
            p.settlements.append(st);
        }
    }
    Subscriber sub;
    sub.accountId = id;
    sub.number = p.accounts.last().number;
    sub.address = p.accounts.last().address;
    sub.residents = 3;
    sub.heatedAreaM2 = 54.2;
    sub.benefits.append({QStringLiteral("Ветеран труда"), QStringLiteral("Удостоверение"), QDate()});
    sub.equipment.append({QStringLiteral("Плита газовая"), QStringLiteral("Гефест 3200"), 1});
    p.subscribers.append(sub);
    p.contracts.append({id + QStringLiteral("-K1"), id, QStringLiteral("Договор поставки газа"), QStringLiteral("1"),
                        QStringLiteral("Действует"), QDate(2015, 1, 1), QDate(), true});
    p.contracts.append({id + QStringLiteral("-K2"), id, QStringLiteral("Договор на ТО ВДГО"), QStringLiteral("2"),
                        QStringLiteral("Завершен"), QDate(2012, 1, 1), QDate(2014, 12, 31), false});
    for (int a = 0; a < 3; ++a) {
        Act act;
        act.id = id + QStringLiteral("-A") + QString::number(a);
        act.accountId = id;
        act.contractId = id + QStringLiteral("-K1");
        act.number = QString::number(100 + a);
        act.date = QDate(2022 + a, 5, 10);
        act.works.append({QStringLiteral("Техническое обслуживание плиты"), 1, QStringLiteral("шт."), 120000});
        act.works.append({QStringLiteral("Проверка тяги"), 2, QStringLiteral("шт."), 15000});
        act.totalKop = 150000;
        p.acts.append(act);
    }
}

} // namespace

SyncPayload household(int years, const QString& cursor)
{
    SyncPayload p;
    p.cursor = cursor;
    p.full = true;
    addAccount(p, kExtended, Access::Extended, years);
    addAccount(p, kLimited, Access::Limited, years);
    return p;
}

SyncPayload manyReadings(int readings, const QString& cursor)
{
    SyncPayload p;
    p.cursor = cursor;
    p.full = true;
    p.accounts.append(
        {kExtended, QStringLiteral("c1"), QStringLiteral("100000001"), QString(), QString(), Access::Extended});
    constexpr int kMeters = 10;
    for (int i = 0; i < readings; ++i) {
        const QString meter = QStringLiteral("BIG-M%1").arg(i % kMeters);
        p.readings.append({QStringLiteral("BIG-R%1").arg(i, 8, 10, QLatin1Char('0')), meter, kExtended,
                           QDate(1990, 1, 1).addDays(i / kMeters), i, 1, QStringLiteral("abonent"),
                           QStringLiteral("accepted")});
    }
    return p;
}

QString snapshot(const CacheStore& cache)
{
    QJsonArray out{cache.cursor()};
    for (const Account& a : cache.accounts()) {
        out.append(a.toJson());
        for (const ServiceInfo& s : cache.services(a.id))
            out.append(s.toJson());
        for (const Meter& m : cache.meters(a.id)) {
            out.append(m.toJson());
            for (const Reading& r : cache.readings(m.id, {}, {}))
                out.append(r.toJson());
        }
        for (const Payment& p : cache.payments(a.id))
            out.append(p.toJson());
        if (const auto sub = cache.subscriber(a.id))
            out.append(sub->toJson());
        for (const QString& period : cache.settlementPeriods(a.id)) {
            for (const Settlement& s : cache.settlements(a.id, period))
                out.append(s.toJson());
        }
        for (bool archive : {false, true}) {
            for (const Contract& c : cache.contracts(a.id, archive))
                out.append(c.toJson());
        }
        for (const Act& act : cache.acts(a.id))
            out.append(act.toJson());
        for (const ServiceRequest& r : cache.requests(a.id))
            out.append(r.toJson());
    }
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QList<QStringList> parseCsv(const QByteArray& bytes)
{
    QList<QStringList> rows;
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return rows;
    const QString text = QString::fromUtf8(bytes.mid(3));
    QStringList row;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(';')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

} // namespace cachetest
