#include "server/demo/DemoData.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mygas::server::demo {

namespace {
Company company(const char* id, const char* name, const char* region, const char* hint, const char* regex, int fromDay,
                int toDay, int maxConsumption, bool zero, bool rollover, bool applications, bool pin, Payee payee)
{
    Company c;
    c.id = QString::fromUtf8(id);
    c.name = QString::fromUtf8(name);
    c.region = QString::fromUtf8(region);
    c.accountNumberHint = QString::fromUtf8(hint);
    c.accountNumberRegex = QString::fromUtf8(regex);
    c.readingFromDay = fromDay;
    c.readingToDay = toDay;
    c.maxConsumption = maxConsumption;
    c.allowZeroReading = zero;
    c.allowRollover = rollover;
    c.applicationsEnabled = applications;
    c.pinOnInvoice = pin;
    c.payee = std::move(payee);
    return c;
}

Payee payee(const char* name, const char* inn, const char* kpp, const char* bank, const char* bic, const char* corr,
            const char* account)
{
    return {QString::fromUtf8(name),  QString::fromLatin1(inn),  QString::fromLatin1(kpp),    QString::fromUtf8(bank),
            QString::fromLatin1(bic), QString::fromLatin1(corr), QString::fromLatin1(account)};
}

// The survey before a connection application, as a company's export gives it.
QJsonArray survey(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).array();
}

const char* kSeverogorskSurvey = R"json([
  {"id": "object", "text": "Какой объект вы планируете подключить к газоснабжению?", "answers": [
    {"text": "Жилой дом", "next": "flow", "sets": {"object_type": "house"}},
    {"text": "Садовый дом", "next": "flow", "sets": {"object_type": "garden_house"}},
    {"text": "Хозяйственная постройка (баня, гараж)", "next": "flow", "sets": {"object_type": "outbuilding"}}]},
  {"id": "flow", "text": "Какой максимальный часовой расход газа вы планируете?", "answers": [
    {"text": "До 7 м³/ч включительно (плита и котел для дома до 300 м²)", "next": "network",
     "note": "Заявитель первой категории: технические условия — в течение 10 рабочих дней, подключение — до 135 дней."},
    {"text": "Более 7 м³/ч", "next": "network", "sets": {"max_flow": "7,1"},
     "note": "Потребуется расчет максимального часового расхода газа, выполненный проектной организацией."}]},
  {"id": "network", "text": "Проходит ли газораспределительная сеть в границах вашего земельного участка?", "answers": [
    {"text": "Да", "next": "ownership",
     "note": "Подключение возможно в рамках догазификации: сеть до границы участка строится без взимания платы."},
    {"text": "Нет или не знаю", "next": "ownership"}]},
  {"id": "ownership", "text": "Кому принадлежит земельный участок?", "answers": [
    {"text": "Мне (заявителю)"},
    {"text": "Другому лицу",
     "note": "Приложите согласие собственника земельного участка на подключение."}]}
])json";

const char* kLesnogorskSurvey = R"json([
  {"id": "object", "text": "Что вы хотите газифицировать?", "answers": [
    {"text": "Жилой дом", "next": "flow", "sets": {"object_type": "house"}},
    {"text": "Другой объект", "sets": {"object_type": "other"},
     "note": "Заявку на газификацию нежилого объекта рассматривает отдел технологического присоединения."}]},
  {"id": "flow", "text": "Сколько газа в час потребуется?", "answers": [
    {"text": "Не более 7 м³/ч"},
    {"text": "Больше 7 м³/ч", "sets": {"max_flow": "7,1"}}]}
])json";

Office office(const char* id, const char* companyId, const char* name, const char* phone, const char* address,
              const char* schedule, double lat, double lon)
{
    return {QString::fromLatin1(id),
            QString::fromLatin1(companyId),
            QString::fromUtf8(name),
            QString::fromUtf8(phone),
            QString::fromUtf8(address),
            QString::fromUtf8(schedule),
            lat,
            lon};
}
} // namespace

QList<Company> companies()
{
    QList<Company> list{
        company("severogorsk", "АО «Северогорскгаз»", "Северогорская область", "10 цифр, например 0412345678",
                "^[0-9]{10}$", 15, 25, 500, false, true, true, true,
                payee("АО «Северогорскгаз»", "1001234567", "100101001", "Северогорское отделение ПАО «Банк Полярный»",
                      "048602673", "30101810600000000673", "40702810425000001234")),
        company("zarechye", "ООО «Газовая компания «Заречье»»", "Зареченский край", "12 цифр, например 630100012345",
                "^[0-9]{12}$", 20, 26, 300, true, false, false, false,
                payee("ООО «Газовая компания «Заречье»»", "6312345678", "631201001",
                      "Филиал «Приволжский» АО «Заречный коммерческий банк»", "043601607", "30101810200000000607",
                      "40702810554400012345")),
        company("lesnogorsk", "АО «Лесногорская газовая служба»", "Лесногорская область", "8 цифр, например 66012345",
                "^[0-9]{8}$", 1, 31, 1000, true, true, true, false,
                payee("АО «Лесногорская газовая служба»", "6670123456", "667001001",
                      "Уральский филиал АО «Лесногорский банк развития»", "046577964", "30101810500000000964",
                      "40702810116540004567")),
    };
    // «Заявка на ТО»: what each company's crews do, and how far ahead it plans.
    const QStringList works{QStringLiteral("Техническое обслуживание ВДГО"), QStringLiteral("Замена газовой плиты"),
                            QStringLiteral("Замена прибора учета газа"),
                            QStringLiteral("Проверка дымоходов и вентиляционных каналов"),
                            QStringLiteral("Устранение утечки газа (неаварийной)")};
    const int horizons[] = {30, 60, 90};
    for (int i = 0; i < list.size(); ++i) {
        list[i].maintenanceWorks = works;
        list[i].requestHorizonDays = horizons[i % 3];
    }
    list[0].connectionSurvey = survey(kSeverogorskSurvey);
    list[2].connectionSurvey = survey(kLesnogorskSurvey);
    return list;
}

QList<Office> offices()
{
    const char* weekdays = "Пн–Чт 8:00–17:00, Пт 8:00–16:00, обед 12:00–12:45; Сб, Вс — выходной";
    return {
        office("sev-central", "severogorsk", "Центральный абонентский отдел", "+7 (8142) 71-20-00",
               "г. Северогорск, пр. Ленина, д. 12", weekdays, 61.7849, 34.3469),
        office("sev-north", "severogorsk", "Абонентский пункт «Северный»", "+7 (8142) 71-20-15",
               "г. Северогорск, ул. Онежская, д. 40, корп. 2", "Пн–Пт 9:00–18:00, без обеда", 61.8152, 34.3011),
        office("sev-kondopoga", "severogorsk", "Участок в пос. Кедровый", "+7 (81451) 2-33-10",
               "пос. Кедровый, ул. Заводская, д. 3", "Вт, Чт 9:00–16:00", 62.2053, 34.2671),
        office("zar-main", "zarechye", "Абонентская служба на Садовой", "+7 (846) 200-40-40",
               "г. Зареченск, ул. Садовая, д. 150", "Пн–Пт 8:00–19:00, Сб 9:00–14:00", 53.2001, 50.1500),
        office("zar-left", "zarechye", "Абонентский пункт «Левобережный»", "+7 (846) 200-40-41",
               "г. Зареченск, ул. Волжская, д. 7", weekdays, 53.2398, 50.2711),
        office("les-center", "lesnogorsk", "Клиентский центр на Малышева", "+7 (343) 310-00-10",
               "г. Лесногорск, ул. Малышева, д. 51", "Пн–Пт 8:30–17:30, Сб 10:00–15:00", 56.8358, 60.6147),
        office("les-uralmash", "lesnogorsk", "Абонентский пункт «Машиностроителей»", "+7 (343) 310-00-22",
               "г. Лесногорск, пр. Космонавтов, д. 26", weekdays, 56.8906, 60.6110),
        office("les-berezovka", "lesnogorsk", "Участок в г. Берёзовка", "+7 (34369) 4-12-80",
               "г. Берёзовка, ул. Театральная, д. 9", "Пн, Ср, Пт 9:00–17:00", 56.9096, 60.8063),
    };
}

} // namespace mygas::server::demo
