#pragma once

#include "models/accounts/AccountTypes.h"
#include "models/accounts/ExtendedTypes.h"
#include "models/core/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Files that open right in Russian Excel and LibreOffice: UTF-8 with BOM,
// ';' between fields, comma decimals, dates DD.MM.YYYY, CRLF line ends.
namespace mygas::csv {

QByteArray payments(const QList<Payment>& rows, const QList<ServiceInfo>& services);
QByteArray settlements(const QList<Settlement>& rows, const QList<ServiceInfo>& services);
QByteArray readings(const QList<Reading>& rows, const Meter& meter);
Status writeFile(const QString& path, const QByteArray& bytes); // atomic (QSaveFile)

} // namespace mygas::csv
