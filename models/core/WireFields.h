#pragma once

#include "models/core/JsonUtil.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>

// The fields of a wire type, written once per type and read by every codec.
//
// A type lists its fields in a static template,
//
//     template <class Self, class V> static void fields(Self& x, V& v)
//     { v.ref("service_id", x.serviceId); v("name", x.name); … }
//
// and the visitors below turn that one list into its JSON (toJson/fromJson),
// into the column list of the server's table (name and type), and into the
// row of stored values in column order (SQL rows, seeded and imported rows).
// `ref` marks the id of another row of the same account.
namespace mygas::wire {

// How a field is kept: its SQL type and its JSON form follow from it.
enum class FieldType
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

struct Field
{
    const char* name; // the JSON field and the SQL column
    FieldType type;
};

// ---- one member: its type, its JSON and its stored value -------------------

inline FieldType typeOf(const QString*)
{
    return FieldType::Text;
}
inline FieldType typeOf(const qint64*)
{
    return FieldType::Int;
}
inline FieldType typeOf(const int*)
{
    return FieldType::Int;
}
inline FieldType typeOf(const double*)
{
    return FieldType::Real;
}
inline FieldType typeOf(const bool*)
{
    return FieldType::Bool;
}
inline FieldType typeOf(const QDate*)
{
    return FieldType::Date;
}
inline FieldType typeOf(const std::optional<qint64>*)
{
    return FieldType::NullInt;
}
template <class T> FieldType typeOf(const QList<T>*)
{
    return FieldType::Json;
}

inline QJsonValue jsonOf(const QString& x)
{
    return x;
}
inline QJsonValue jsonOf(qint64 x)
{
    return x;
}
inline QJsonValue jsonOf(int x)
{
    return x;
}
inline QJsonValue jsonOf(double x)
{
    return x;
}
inline QJsonValue jsonOf(bool x)
{
    return x;
}
inline QJsonValue jsonOf(const QDate& x)
{
    return json::date(x);
}
inline QJsonValue jsonOf(const std::optional<qint64>& x)
{
    return json::optionalInt(x);
}
template <class T> QJsonValue jsonOf(const QList<T>& list);

inline void readJson(const QJsonValue& j, QString& x)
{
    x = j.toString();
}
inline void readJson(const QJsonValue& j, qint64& x)
{
    x = j.toInteger();
}
inline void readJson(const QJsonValue& j, int& x)
{
    x = int(j.toInteger());
}
inline void readJson(const QJsonValue& j, double& x)
{
    x = j.toDouble();
}
inline void readJson(const QJsonValue& j, bool& x)
{
    x = j.toBool();
}
inline void readJson(const QJsonValue& j, QDate& x)
{
    x = QDate::fromString(j.toString(), Qt::ISODate);
}
inline void readJson(const QJsonValue& j, std::optional<qint64>& x)
{
    x = j.isNull() || j.isUndefined() ? std::nullopt : std::optional<qint64>(j.toInteger());
}
template <class T> void readJson(const QJsonValue& j, QList<T>& list);

// Stored values are what both SQL drivers return: text, 64-bit integers,
// doubles, NULL for no date and no closing balance, lists as JSON text.
inline QVariant storedOf(const QString& x)
{
    return x.isNull() ? QString(QLatin1String("")) : x;
}
inline QVariant storedOf(qint64 x)
{
    return x;
}
inline QVariant storedOf(int x)
{
    return qint64(x);
}
inline QVariant storedOf(double x)
{
    return x;
}
inline QVariant storedOf(bool x)
{
    return qint64(x ? 1 : 0);
}
inline QVariant storedOf(const QDate& x)
{
    return x.isValid() ? QVariant(x.toString(Qt::ISODate)) : QVariant();
}
inline QVariant storedOf(const std::optional<qint64>& x)
{
    return x ? QVariant(*x) : QVariant();
}
template <class T> QVariant storedOf(const QList<T>& list)
{
    return QString::fromUtf8(QJsonDocument(jsonOf(list).toArray()).toJson(QJsonDocument::Compact));
}

inline void readStored(const QVariant& s, QString& x)
{
    x = s.toString();
}
inline void readStored(const QVariant& s, qint64& x)
{
    x = s.toLongLong();
}
inline void readStored(const QVariant& s, int& x)
{
    x = int(s.toLongLong());
}
inline void readStored(const QVariant& s, double& x)
{
    x = s.toDouble();
}
inline void readStored(const QVariant& s, bool& x)
{
    x = s.toLongLong() != 0;
}
inline void readStored(const QVariant& s, QDate& x)
{
    x = s.isNull() ? QDate() : QDate::fromString(s.toString(), Qt::ISODate);
}
inline void readStored(const QVariant& s, std::optional<qint64>& x)
{
    x = s.isNull() ? std::nullopt : std::optional<qint64>(s.toLongLong());
}
// The stored form of a value of the given type, whatever the driver or the
// caller gave: what storedOf() writes for the member it came from.
QVariant normalized(FieldType type, const QVariant& v);

template <class T> void readStored(const QVariant& s, QList<T>& list)
{
    readJson(QJsonDocument::fromJson(s.toString().toUtf8()).array(), list);
}

// ---- visitors of a type's fields -------------------------------------------

struct JsonWriter
{
    QJsonObject object;
    template <class M> void operator()(const char* name, const M& m) { object.insert(QLatin1String(name), jsonOf(m)); }
    void ref(const char* name, const QString& m) { (*this)(name, m); }
};

struct JsonReader
{
    const QJsonObject& object;
    template <class M> void operator()(const char* name, M& m) { readJson(object.value(QLatin1String(name)), m); }
    void ref(const char* name, QString& m) { (*this)(name, m); }
};

struct FieldLister
{
    QList<Field> fields;
    template <class M> void operator()(const char* name, const M& m) { fields.append({name, typeOf(&m)}); }
    void ref(const char* name, const QString&) { fields.append({name, FieldType::Ref}); }
};

struct StoredWriter
{
    QVariantList values;
    template <class M> void operator()(const char*, const M& m) { values.append(storedOf(m)); }
    void ref(const char* name, const QString& m) { (*this)(name, m); }
};

struct StoredReader
{
    const QVariantList& values;
    int next = 0;
    template <class M> void operator()(const char*, M& m) { readStored(values.value(next++), m); }
    void ref(const char* name, QString& m) { (*this)(name, m); }
};

// ---- a whole object ----------------------------------------------------------

template <class T> QJsonObject objectOf(const T& x)
{
    JsonWriter w;
    T::fields(x, w);
    return w.object;
}

template <class T> T fromObject(const QJsonObject& o)
{
    T x;
    JsonReader r{o};
    T::fields(x, r);
    return x;
}

template <class T> QList<Field> fieldsOf()
{
    const T x{};
    FieldLister l;
    T::fields(x, l);
    return l.fields;
}

// The values of T's fields in their order, as the server's table keeps them.
template <class T> QVariantList storedValues(const T& x)
{
    StoredWriter w;
    T::fields(x, w);
    return w.values;
}

template <class T> T fromStored(const QVariantList& values)
{
    T x;
    StoredReader r{values};
    T::fields(x, r);
    return x;
}

template <class T> QJsonValue jsonOf(const QList<T>& list)
{
    QJsonArray a;
    for (const T& x : list)
        a.append(objectOf(x));
    return a;
}

template <class T> void readJson(const QJsonValue& j, QList<T>& list)
{
    list.clear();
    for (const QJsonValue& v : j.toArray())
        list.append(fromObject<T>(v.toObject()));
}

} // namespace mygas::wire
