#include "models/core/WireFields.h"

namespace mygas::wire {

QVariant normalized(FieldType type, const QVariant& v)
{
    switch (type) {
    case FieldType::Int:
    case FieldType::Bool:
        return v.toLongLong();
    case FieldType::Real:
        return v.toDouble();
    case FieldType::NullInt:
        return v.isNull() ? QVariant() : QVariant(v.toLongLong());
    case FieldType::Date:
        return v.isNull() || v.toString().isEmpty() ? QVariant() : QVariant(v.toString());
    default: {
        // Never NULL: the columns are NOT NULL and an empty text is a value.
        const QString text = v.toString();
        return text.isNull() ? QString(QLatin1String("")) : text;
    }
    }
}

} // namespace mygas::wire
