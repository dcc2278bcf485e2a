#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// How dates, instants and volumes read on screen, the Russian way
// (DD.MM.YYYY, comma decimals), independent of the system locale.
namespace mygas {
struct Company;
}

namespace mygas::display {

QString date(const QDate& d);                   // «05.03.2024»; «—» when invalid
QString dateTime(const QDateTime& t);           // «05.03.2024 14:07» in local time
QString period(const QString& yyyyMm);          // «2024-03» → «03.2024»
QString number(double value, int decimals = 2); // «12,5»: trailing zeros dropped
// A sentence continued after a colon: «На карте…» → «на карте…»; an
// abbreviation («РФ», «ПИН») keeps its capitals.
QString afterColon(const QString& sentence);
// A document's title as a file's name: characters a file name cannot hold on
// Windows or Linux, and dots that would read as a suffix, become «-»
// («Квитанция от 02.12.2026, л/с 66012345» → «… от 02-12-2026, л-с 66012345»).
QString fileName(const QString& title);
// A company in a list to choose from: «АО «Северогорскгаз» — Северогорская область».
QString companyTitle(const Company& c);
inline constexpr int ToneRole = 0x0101; // Qt::UserRole + 1: see Tone
inline constexpr int IdRole = 0x0102;   // the row's record id
inline constexpr int ToneNone = 0, ToneDebt = 1, ToneCredit = 2;
// The tone of a balance: a debt (< 0) or an overpayment/zero.
inline int toneOf(qint64 kop)
{
    return kop < 0 ? ToneDebt : ToneCredit;
}

} // namespace mygas::display
