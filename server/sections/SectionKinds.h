#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>

namespace mygas::server {

// How one column of a section table travels: its SQL type and its JSON form.
enum class ColumnType
{
    Text,
    Int,     // integer (kopecks, m³, counts)
    Real,    // m³, m², norms
    Bool,    // stored as INTEGER 0/1 on both databases
    Date,    // YYYY-MM-DD text, NULL for none
    NullInt, // integer or NULL (closing_kop of the open month)
    Json,    // a small JSON array kept as text (benefits, works…)
    Ref      // the id of another row of the same account (service_id, meter_id…)
};

struct Column
{
    const char* name; // the SQL column and the JSON field of the wire type
    ColumnType type;
};

// A section of provider data kept per account: its table, which is also
// its sync kind, its data columns (besides id, account_id and version) and
// whether only the extended version sees it.
struct SectionKind
{
    QString name;
    QList<Column> columns;
    bool extendedOnly = false;

    int columnIndex(const char* column) const;
    // "name", "balance_kop", … quoted for SQL.
    QString columnList() const;
};

const QList<SectionKind>& sectionKinds();
const SectionKind* findKind(const QString& name);

// The wire JSON of a stored row, exactly as the models' toJson() writes it.
// subscribers carry no id but the account's number and address.
struct WireContext
{
    QString accountNumber;
    QString accountAddress;
    bool maskSerials = false;
};
QJsonObject rowToJson(const SectionKind& kind, const QString& id, qint64 accountId, const QVariantList& values,
                      const WireContext& context);

// Stored form of a value read from SQL (both drivers return the same thing).
QVariant normalized(ColumnType type, const QVariant& v);

// Global row id: "<account id>-<the company's own id of the row>".
QString rowId(qint64 accountId, const QString& localId);

} // namespace mygas::server
