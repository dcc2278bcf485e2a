#pragma once

#include <QString>

#include <optional>

namespace mygas::money {

// Money is integer kopecks everywhere; these turn it into text and back.

// «−3 319,52»: a true minus sign, thin groups of thousands, comma decimals.
QString format(qint64 kop);
// «−3 319,52 ₽»
QString formatRub(qint64 kop);
// «-3319,52»: for CSV files opened by Russian Excel / LibreOffice.
QString formatPlain(qint64 kop);
// Accepts «1234», «1 234,5», «1234.50», «-12,3»; nullopt for anything else
// (more than two decimals, letters, empty).
std::optional<qint64> parse(const QString& text);

} // namespace mygas::money
