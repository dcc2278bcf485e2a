#include "server/sections/SectionKinds.h"

#include "models/accounts/AccountRules.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mygas::server {

namespace {
using T = ColumnType;
} // namespace

int SectionKind::columnIndex(const char* column) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (qstrcmp(columns[i].name, column) == 0)
            return i;
    }
    return -1;
}

QString SectionKind::columnList() const
{
    QStringList names;
    for (const Column& c : columns)
        names.append(QLatin1Char('"') + QLatin1String(c.name) + QLatin1Char('"'));
    return names.join(QLatin1String(", "));
}

const QList<SectionKind>& sectionKinds()
{
    static const QList<SectionKind> kinds = {
        {QStringLiteral("services"),
         {{"name", T::Text},
          {"balance_kop", T::Int},
          {"regime", T::Text},
          {"tariff_kop", T::Int},
          {"unit", T::Text},
          {"norm_m3", T::Real}},
         false},
        {QStringLiteral("meters"),
         {{"service_id", T::Ref},
          {"name", T::Text},
          {"model", T::Text},
          {"serial", T::Text},
          {"capacity_digits", T::Int},
          {"install_place", T::Text},
          {"last_reading", T::Int},
          {"last_reading_date", T::Date},
          {"next_verification_date", T::Date},
          {"state", T::Text},
          {"avg_monthly_m3", T::Real},
          {"submission_open", T::Bool}},
         false},
        {QStringLiteral("readings"),
         {{"meter_id", T::Ref},
          {"date", T::Date},
          {"value", T::Int},
          {"consumption", T::Int},
          {"source", T::Text},
          {"state", T::Text}},
         false},
        {QStringLiteral("payments"),
         {{"date", T::Date}, {"amount_kop", T::Int}, {"place", T::Text}, {"service_id", T::Ref}, {"online", T::Bool}},
         false},
        {QStringLiteral("subscribers"),
         {{"owner_name", T::Text},
          {"residents", T::Int},
          {"heated_area_m2", T::Real},
          {"total_area_m2", T::Real},
          {"benefits", T::Json},
          {"regimes", T::Json},
          {"equipment", T::Json}},
         true},
        {QStringLiteral("settlements"),
         {{"period", T::Text},
          {"service_id", T::Ref},
          {"opening_kop", T::Int},
          {"charged_kop", T::Int},
          {"volume_m3", T::Real},
          {"paid_kop", T::Int},
          {"benefits_kop", T::Int},
          {"recalculation_kop", T::Int},
          {"closing_kop", T::NullInt}},
         true},
        {QStringLiteral("contracts"),
         {{"kind", T::Text},
          {"number", T::Text},
          {"status", T::Text},
          {"date_from", T::Date},
          {"date_to", T::Date},
          {"active", T::Bool}},
         true},
        {QStringLiteral("acts"),
         {{"contract_id", T::Ref}, {"number", T::Text}, {"date", T::Date}, {"total_kop", T::Int}, {"works", T::Json}},
         true},
    };
    return kinds;
}

const SectionKind* findKind(const QString& name)
{
    for (const SectionKind& k : sectionKinds()) {
        if (k.name == name)
            return &k;
    }
    return nullptr;
}

QString rowId(qint64 accountId, const QString& localId)
{
    return rules::rowId(QString::number(accountId), localId);
}

QVariant normalized(ColumnType type, const QVariant& v)
{
    switch (type) {
    case T::Int:
    case T::Bool:
        return v.toLongLong();
    case T::Real:
        return v.toDouble();
    case T::NullInt:
        return v.isNull() ? QVariant() : QVariant(v.toLongLong());
    case T::Date:
        return v.isNull() || v.toString().isEmpty() ? QVariant() : QVariant(v.toString());
    default: {
        // Never NULL: the columns are NOT NULL and an empty text is a value.
        const QString text = v.toString();
        return text.isNull() ? QString(QLatin1String("")) : text;
    }
    }
}

QJsonObject rowToJson(const SectionKind& kind, const QString& id, qint64 accountId, const QVariantList& values,
                      const WireContext& context)
{
    QJsonObject o;
    if (kind.name == QLatin1String("subscribers")) {
        o.insert(QStringLiteral("number"), context.accountNumber);
        o.insert(QStringLiteral("address"), context.accountAddress);
    } else {
        o.insert(QStringLiteral("id"), id);
    }
    o.insert(QStringLiteral("account_id"), QString::number(accountId));
    for (int i = 0; i < kind.columns.size(); ++i) {
        const Column& c = kind.columns[i];
        const QVariant& v = values.value(i);
        QJsonValue j;
        switch (c.type) {
        case T::Int:
            j = v.toLongLong();
            break;
        case T::Real:
            j = v.toDouble();
            break;
        case T::Bool:
            j = v.toLongLong() != 0;
            break;
        case T::NullInt:
            j = v.isNull() ? QJsonValue() : QJsonValue(v.toLongLong());
            break;
        case T::Date:
            j = v.isNull() || v.toString().isEmpty() ? QJsonValue() : QJsonValue(v.toString());
            break;
        case T::Json:
            j = QJsonDocument::fromJson(v.toString().toUtf8()).array();
            break;
        default:
            j = v.toString();
        }
        o.insert(QLatin1String(c.name), j);
    }
    if (context.maskSerials && kind.name == QLatin1String("meters"))
        o.insert(QStringLiteral("serial"), rules::maskSerial(o.value(QLatin1String("serial")).toString()));
    return o;
}

} // namespace mygas::server
