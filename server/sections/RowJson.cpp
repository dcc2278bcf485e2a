#include "server/sections/RowJson.h"

#include "models/accounts/AccountRules.h"

namespace mygas::server {

QString rowId(qint64 accountId, const QString& localId)
{
    return rules::rowId(QString::number(accountId), localId);
}

QJsonObject rowToJson(const sections::Section& section, const QString& id, qint64 accountId, const QVariantList& values,
                      const WireContext& context)
{
    QJsonObject o = section.json(id, QString::number(accountId), values);
    if (section.name == QLatin1String("subscribers")) {
        o.insert(QStringLiteral("number"), context.accountNumber);
        o.insert(QStringLiteral("address"), context.accountAddress);
    }
    if (context.maskSerials && section.name == QLatin1String("meters"))
        o.insert(QStringLiteral("serial"), rules::maskSerial(o.value(QLatin1String("serial")).toString()));
    return o;
}

} // namespace mygas::server
