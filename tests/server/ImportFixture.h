#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>

// A small company export in the format of docs/import-format.md, and a way
// to feed it to the real `mygas-server import`.
namespace importfixture {

inline QJsonObject account(const QString& number)
{
    const QJsonArray services{QJsonObject{{"id", "gas"},
                                          {"name", "Газоснабжение"},
                                          {"balance_kop", -331952},
                                          {"regime", "Приготовление пищи"},
                                          {"tariff_kop", 712},
                                          {"unit", "м³"},
                                          {"norm_m3", 10.6}}};
    const QJsonArray meters{QJsonObject{{"id", "M1"},
                                        {"service_id", "gas"},
                                        {"name", "Счетчик газа"},
                                        {"model", "BK-G4"},
                                        {"serial", "61234537"},
                                        {"capacity_digits", 5},
                                        {"install_place", "Кухня"},
                                        {"next_verification_date", "2031-05-01"},
                                        {"state", "working"}}};
    QJsonArray readings;
    for (int m = 1; m <= 3; ++m)
        readings.append(QJsonObject{{"id", QStringLiteral("R%1").arg(m)},
                                    {"meter_id", "M1"},
                                    {"date", QStringLiteral("2025-0%1-20").arg(m)},
                                    {"value", 1000 + m * 15},
                                    {"consumption", 15},
                                    {"source", "abonent"},
                                    {"state", "accepted"}});
    const QJsonArray settlements{QJsonObject{{"id", "S1"},
                                             {"period", "2025-02"},
                                             {"service_id", "gas"},
                                             {"opening_kop", -331952},
                                             {"charged_kop", 258043},
                                             {"volume_m3", 15},
                                             {"paid_kop", 0},
                                             {"benefits_kop", 0},
                                             {"recalculation_kop", 0},
                                             {"closing_kop", QJsonValue()}}};
    const QJsonArray payments{QJsonObject{{"id", "P1"},
                                          {"date", "2025-01-10"},
                                          {"amount_kop", 150000},
                                          {"place", "ПАО Сбербанк"},
                                          {"service_id", "gas"},
                                          {"online", false}}};
    const QJsonObject subscriber{
        {"owner_name", "Петров Петр Петрович"},
        {"residents", 3},
        {"heated_area_m2", 0},
        {"total_area_m2", 54.5},
        {"benefits", QJsonArray()},
        {"regimes", QJsonArray{QJsonObject{
                        {"service_name", "Газоснабжение"}, {"regime", "Приготовление пищи"}, {"norm_m3", 10.6}}}},
        {"equipment", QJsonArray{QJsonObject{{"name", "Плита газовая"}, {"model", "Гефест"}, {"count", 1}}}}};
    const QJsonArray contracts{QJsonObject{{"id", "C1"},
                                           {"kind", "Договор поставки газа"},
                                           {"number", "ПГ-1"},
                                           {"status", "Действует"},
                                           {"date_from", "2019-01-01"},
                                           {"date_to", QJsonValue()},
                                           {"active", true}}};
    const QJsonArray acts{QJsonObject{
        {"id", "A1"},
        {"contract_id", "C1"},
        {"number", "17/2024"},
        {"date", "2024-04-15"},
        {"total_kop", 150000},
        {"works",
         QJsonArray{QJsonObject{{"name", "ТО плиты"}, {"quantity", 1}, {"unit", "шт."}, {"cost_kop", 100000}},
                    QJsonObject{
                        {"name", "Проверка герметичности"}, {"quantity", 1}, {"unit", "усл."}, {"cost_kop", 50000}}}}}};
    return {{"company_id", "severogorsk"},
            {"number", number},
            {"address", "г. Северогорск, ул. Озерная, д. 5"},
            {"pin", "4321"},
            {"services", services},
            {"meters", meters},
            {"readings", readings},
            {"settlements", settlements},
            {"payments", payments},
            {"subscriber", subscriber},
            {"contracts", contracts},
            {"acts", acts}};
}

inline QJsonObject document(const QJsonArray& accounts)
{
    return {{"format", "mygas-export/1"}, {"accounts", accounts}};
}

struct Run
{
    int exitCode = -1;
    QString output;
};

inline Run import(const QString& binary, const QString& databaseUrl, const QString& path, const QJsonObject& doc,
                  const QStringList& extraArgs = {})
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(QJsonDocument(doc).toJson());
    f.close();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(binary,
            QStringList{QStringLiteral("import"), QStringLiteral("--db"), databaseUrl} + extraArgs + QStringList{path});
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

} // namespace importfixture
