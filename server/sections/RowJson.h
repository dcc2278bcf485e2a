#pragma once

#include "models/accounts/SectionRows.h"

#include <QJsonObject>
#include <QString>
#include <QVariantList>

namespace mygas::server {

// What a row's JSON takes from its account and its reader: subscribers carry
// the account's number and address, and the limited version masks serials.
struct WireContext
{
    QString accountNumber;
    QString accountAddress;
    bool maskSerials = false;
};

// The wire JSON of a stored row (the values of section.columns in order):
// the toJson() of the section's wire type.
QJsonObject rowToJson(const sections::Section& section, const QString& id, qint64 accountId, const QVariantList& values,
                      const WireContext& context);

// Global row id: "<account id>-<the company's own id of the row>".
QString rowId(qint64 accountId, const QString& localId);

} // namespace mygas::server
