#pragma once

#include "models/core/WireFields.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>

// The sections of a personal account the server keeps and sends: each is a
// table of rows of one wire type (AccountTypes.h, ExtendedTypes.h,
// RequestTypes.h), and its name is also its sync kind. The columns are the
// type's fields.
namespace mygas::sections {

struct Section
{
    QString name;
    QList<wire::Field> columns; // besides id, account_id and the row's version
    bool extendedOnly = false;  // only the extended version sees it
    // The company's data (imported, seeded, replaced by each import); the
    // others are made through the API (requests) and an import leaves them.
    bool fromCompany = true;
    // The wire JSON of a stored row (values of columns in order), as the
    // type's toJson() writes it; subscribers carry no id.
    QJsonObject (*json)(const QString& id, const QString& accountId, const QVariantList& values) = nullptr;

    int columnIndex(const char* column) const;
    // "name", "balance_kop", … quoted for SQL.
    QString columnList() const;
};

const QList<Section>& all();
// The company's sections only: what an import and a seed write.
const QList<Section>& fromCompany();
const Section* find(const QString& name);

// A row's JSON: its fields, its id and its account.
template <class T> QJsonObject rowJson(const T& x)
{
    QJsonObject o = wire::objectOf(x);
    o.insert(QStringLiteral("id"), x.id);
    o.insert(QStringLiteral("account_id"), x.accountId);
    return o;
}

template <class T> T rowFromJson(const QJsonObject& o)
{
    T x = wire::fromObject<T>(o);
    x.id = o.value(QLatin1String("id")).toString();
    x.accountId = o.value(QLatin1String("account_id")).toString();
    return x;
}

} // namespace mygas::sections
