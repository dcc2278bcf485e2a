#include "server/provider/SeedGenerator.h"

#include "models/accounts/AccountTypes.h"
#include "models/accounts/ExtendedTypes.h"
#include "models/core/WireFields.h"

#include <QRegularExpression>

#include <array>

namespace mygas::server {

namespace {
const char* const kStreets[] = {"ул. Ленина", "ул. Садовая",    "ул. Школьная", "ул. Молодежная", "пр. Мира",
                                "ул. Лесная", "ул. Набережная", "ул. Гагарина", "ул. Заводская",  "пер. Почтовый"};
const char* const kSurnames[] = {"Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков"};
const char* const kNames[] = {"Александр", "Сергей", "Андрей", "Дмитрий", "Николай", "Михаил", "Павел", "Олег"};
const char* const kPatronymics[] = {"Иванович", "Петрович", "Сергеевич", "Андреевич", "Викторович", "Юрьевич"};
const char* const kModels[] = {"СГМН-1 G6", "BK-G4", "Гранд-4", "СГК-4", "NPM-G4", "Бетар СГБМ-1,6"};
const char* const kPlaces[] = {"ЛК «Мой газ»", "ПАО Сбербанк", "Почта России", "Касса РГК", "ВТБ Онлайн"};
const bool kPlaceOnline[] = {true, true, false, false, true};
// Share of the heated area's gas used in each month, January first.
const double kHeating[] = {0.9, 0.8, 0.6, 0.35, 0.1, 0, 0, 0, 0.1, 0.35, 0.6, 0.85};

template <size_t N> QString pick(QRandomGenerator& rng, const char* const (&list)[N])
{
    return QString::fromUtf8(list[rng.bounded(int(N))]);
}

QString cityOf(const Company& c)
{
    if (c.id == QLatin1String("severogorsk"))
        return QStringLiteral("г. Северогорск");
    if (c.id == QLatin1String("zarechye"))
        return QStringLiteral("г. Зареченск");
    if (c.id == QLatin1String("lesnogorsk"))
        return QStringLiteral("г. Лесногорск");
    return c.region;
}

// A row as a company exports it: its own id and the wire type's fields.
template <class T> LocalRow row(const QString& localId, const T& x)
{
    return {localId, wire::storedValues(x)};
}

struct ServiceState
{
    QString id;
    qint64 balance = 0;
};
} // namespace

SeedGenerator::SeedGenerator(quint64 seed, int years, const QDate& openMonth)
    : m_seed(seed), m_years(years), m_openMonth(openMonth.year(), openMonth.month(), 1)
{
}

QString SeedGenerator::accountNumber(const Company& company, qint64 index)
{
    static const QRegularExpression digits(QStringLiteral("\\{([0-9]+)\\}"));
    const auto m = digits.match(company.accountNumberRegex);
    const int width = m.hasMatch() ? m.captured(1).toInt() : 10;
    qint64 base = 1;
    for (int i = 1; i < width; ++i)
        base *= 10;
    return QString::number(base + index).rightJustified(width, QLatin1Char('0'));
}

AccountData SeedGenerator::account(const Company& company, qint64 index) const
{
    return account(company, index, Fixed());
}

AccountData SeedGenerator::account(const Company& company, qint64 index, const Fixed& fixed) const
{
    const std::array<quint32, 4> key{quint32(m_seed), quint32(m_seed >> 32), quint32(index), quint32(index >> 32)};
    QRandomGenerator rng(key.data(), qsizetype(key.size()));
    AccountData a;
    a.companyId = company.id;
    a.number = fixed.number.isEmpty() ? accountNumber(company, index) : fixed.number;
    a.address = QStringLiteral("%1, %2, д. %3, кв. %4")
                    .arg(cityOf(company), pick(rng, kStreets))
                    .arg(1 + rng.bounded(120))
                    .arg(1 + rng.bounded(200));
    a.pin = QString::number(100000 + rng.bounded(900000));
    if (!fixed.pin.isEmpty())
        a.pin = fixed.pin;

    const bool heating = rng.bounded(100) < 55;
    const double totalArea = 30 + rng.bounded(120);
    const double heatedArea = heating ? totalArea : 0;
    const qint64 kitchen = 6 + rng.bounded(10);
    const qint64 baseTariff = 600 + rng.bounded(250); // kopecks per m³ in the first year
    // A month; a fixed last charge takes a quarter of it (and no draw, so the
    // rest of a fixed account is what it always was).
    const qint64 vdgoFee = fixed.lastChargeKop > 0 ? fixed.lastChargeKop / 400 * 100 : 2000 + rng.bounded(8000);
    const int reliability = 70 + rng.bounded(29); // % of months paid in full
    const bool benefit = rng.bounded(100) < 20;
    const QString regime = heating ? QStringLiteral("Отопление, приготовление пищи и подогрев воды")
                                   : QStringLiteral("Приготовление пищи и подогрев воды");
    const double norm = heating ? 22.6 : 10.6;

    const int months = qMax(1, m_years * 12 + 1);
    const QDate first = m_openMonth.addMonths(-(months - 1));
    ServiceState gas{QStringLiteral("gas"), -qint64(rng.bounded(300000))};
    ServiceState vdgo{QStringLiteral("vdgo"), 0};
    ServiceState penalty{QStringLiteral("penalty"), 0};
    qint64 meterValue = 100 + rng.bounded(4000);
    qint64 tariff = baseTariff;
    QList<LocalRow>& readings = a.sections[QStringLiteral("readings")];
    QList<LocalRow>& settlements = a.sections[QStringLiteral("settlements")];
    QList<LocalRow>& payments = a.sections[QStringLiteral("payments")];
    for (int k = 0; k < months; ++k) {
        const QDate month = first.addMonths(k);
        const bool open = k == months - 1;
        const QString period = month.toString(QStringLiteral("yyyy-MM"));
        if (month.month() == 7 && k > 0)
            tariff = tariff * 104 / 100;
        qint64 volume = kitchen + qint64(heatedArea * kHeating[month.month() - 1]) + rng.bounded(5) - 2;
        const bool fixedMonth = fixed.lastChargeKop > 0 && k == months - 2;
        const qint64 fixedGas = fixed.lastChargeKop - vdgoFee;
        if (fixedMonth)
            volume = qMax<qint64>(1, qRound64(double(fixedGas) / (tariff * (benefit ? 0.7 : 1.0))));
        if (!open) {
            meterValue += volume;
            Reading r;
            r.meterId = QStringLiteral("m1");
            r.date = month.addDays(19 + rng.bounded(6));
            r.value = meterValue;
            r.consumption = volume;
            r.source = k % 3 == 0 ? QStringLiteral("online") : QStringLiteral("abonent");
            r.state = QStringLiteral("accepted");
            readings.append(row(QStringLiteral("r") + period, r));
        }
        const bool paysFully = rng.bounded(100) < reliability;
        const int placeIndex = rng.bounded(5);
        const QDate payDay = month.addDays(4 + rng.bounded(14));
        auto settle = [&](ServiceState& s, qint64 charged, double vol, qint64 benefits) {
            const qint64 opening = s.balance;
            qint64 paid = 0;
            if (!open && k > 0 && opening < 0 && paysFully) {
                paid = -opening + (rng.bounded(100) < 5 ? 10000 : 0);
                Payment p;
                p.date = payDay;
                p.amountKop = paid;
                p.place = QString::fromUtf8(kPlaces[placeIndex]);
                p.serviceId = s.id;
                p.online = kPlaceOnline[placeIndex];
                payments.append(row(QStringLiteral("p") + period + s.id, p));
            }
            const qint64 recalculation = !open && rng.bounded(100) < 2 ? charged / 20 : 0;
            const qint64 closing = opening - charged + paid + recalculation;
            s.balance = open ? opening - charged + paid : closing;
            if (charged == 0 && opening == 0 && paid == 0 && s.id == QLatin1String("penalty"))
                return;
            Settlement x;
            x.period = period;
            x.serviceId = s.id;
            x.openingKop = opening;
            x.chargedKop = charged;
            x.volumeM3 = vol;
            x.paidKop = paid;
            x.benefitsKop = benefits;
            x.recalculationKop = recalculation;
            if (!open)
                x.closingKop = closing;
            settlements.append(row(period + s.id, x));
        };
        const qint64 gross = volume * tariff;
        const qint64 discount = benefit ? gross * 30 / 100 : 0;
        const qint64 penaltyCharge = gas.balance < -3 * gross && gross > 0 && !fixedMonth ? -gas.balance / 300 : 0;
        settle(gas, fixedMonth ? fixedGas : gross - discount, double(volume), discount);
        settle(vdgo, vdgoFee, 0, 0);
        settle(penalty, penaltyCharge, 0, 0);
    }
    auto service = [](const QString& name, qint64 balance, const QString& regime, qint64 tariff, const QString& unit,
                      double norm) {
        ServiceInfo x;
        x.name = name;
        x.balanceKop = balance;
        x.regime = regime;
        x.tariffKop = tariff;
        x.unit = unit;
        x.normM3 = norm;
        return x;
    };
    a.sections[QStringLiteral("services")] = {
        row(gas.id, service(QStringLiteral("Газоснабжение"), gas.balance, regime, tariff, QStringLiteral("м³"), norm)),
        row(vdgo.id, service(QStringLiteral("Техническое обслуживание ВДГО"), vdgo.balance, QString(), vdgoFee,
                             QStringLiteral("₽"), 0)),
        row(penalty.id, service(QStringLiteral("Пени"), penalty.balance, QString(), 0, QStringLiteral("₽"), 0)),
    };
    const QDate installed = m_openMonth.addYears(-1 - rng.bounded(9)).addDays(rng.bounded(28));
    QString serial = QString::number(1 + rng.bounded(9));
    for (int i = 0; i < 7; ++i)
        serial += QString::number(rng.bounded(10));
    if (!fixed.serial.isEmpty())
        serial = fixed.serial;
    Meter meter;
    meter.serviceId = QStringLiteral("gas");
    meter.name = QStringLiteral("Счетчик газа");
    meter.model = pick(rng, kModels);
    meter.serial = serial;
    meter.capacityDigits = 5;
    meter.installPlace = QStringLiteral("Кухня");
    meter.nextVerificationDate = installed.addYears(10);
    meter.state = QStringLiteral("working");
    meter.submissionOpen = true;
    a.sections[QStringLiteral("meters")] = {row(QStringLiteral("m1"), meter)};
    // As of the open month's end, so that a seed gives the same data any day.
    deriveMeterFields(a, m_openMonth.addMonths(1).addDays(-1));

    Subscriber subscriber;
    if (benefit)
        subscriber.benefits.append({QStringLiteral("Ветеран труда"),
                                    QStringLiteral("Удостоверение № %1").arg(100000 + rng.bounded(900000)), QDate()});
    subscriber.equipment = {
        {QStringLiteral("Плита газовая"), QStringLiteral("Гефест 3200"), 1},
        {heating ? QStringLiteral("Котел отопительный") : QStringLiteral("Колонка газовая"),
         heating ? QStringLiteral("Baxi ECO-4s") : QStringLiteral("Нева 4510"), 1},
    };
    subscriber.regimes = {{QStringLiteral("Газоснабжение"), regime, norm}};
    const QString owner =
        pick(rng, kSurnames) + QLatin1Char(' ') + pick(rng, kNames) + QLatin1Char(' ') + pick(rng, kPatronymics);
    subscriber.ownerName = owner;
    subscriber.residents = 1 + rng.bounded(5);
    subscriber.heatedAreaM2 = heatedArea;
    subscriber.totalAreaM2 = totalArea;
    a.sections[QStringLiteral("subscribers")] = {row(QString(), subscriber)};

    // Supply since the history starts; ТО ВДГО under an archived contract, then a current one.
    const QDate oldFrom = first.addYears(-3);
    const QDate oldTo = qMin(first.addYears(1), m_openMonth).addDays(-1);
    const auto contract = [](const QString& kind, const QString& number, const QString& status, const QDate& from,
                             const QDate& to, bool active) {
        Contract x;
        x.kind = kind;
        x.number = number;
        x.status = status;
        x.dateFrom = from;
        x.dateTo = to;
        x.active = active;
        return x;
    };
    a.sections[QStringLiteral("contracts")] = {
        row(QStringLiteral("c1"), contract(QStringLiteral("Договор поставки газа"), QStringLiteral("ПГ-") + a.number,
                                           QStringLiteral("Действует"), first.addYears(-3), QDate(), true)),
        row(QStringLiteral("c2"),
            contract(QStringLiteral("Договор на ТО ВДГО"), QStringLiteral("ТО-%1-1").arg(a.number),
                     QStringLiteral("Завершен"), oldFrom, oldTo, false)),
        row(QStringLiteral("c3"),
            contract(QStringLiteral("Договор на ТО ВДГО"), QStringLiteral("ТО-%1-2").arg(a.number),
                     QStringLiteral("Действует"), oldTo.addDays(1), QDate(), true)),
    };
    QList<LocalRow>& acts = a.sections[QStringLiteral("acts")];
    for (int y = first.year(); y <= m_openMonth.year(); ++y) {
        const QDate date(y, 4, 10 + rng.bounded(15));
        if (date < first || date >= m_openMonth)
            continue;
        const qint64 plate = 90000 + rng.bounded(40000);
        const qint64 tightness = 30000 + rng.bounded(20000);
        Act act;
        act.contractId = date <= oldTo ? QStringLiteral("c2") : QStringLiteral("c3");
        act.number = QStringLiteral("%1/%2").arg(y).arg(index % 100000);
        act.date = date;
        act.totalKop = plate + tightness;
        act.works = {{QStringLiteral("Техническое обслуживание плиты газовой"), 1, QStringLiteral("шт."), plate},
                     {QStringLiteral("Проверка герметичности соединений"), 1, QStringLiteral("усл."), tightness}};
        acts.append(row(QStringLiteral("a%1").arg(y), act));
    }
    return a;
}

} // namespace mygas::server
