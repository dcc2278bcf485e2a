#include "models/accounts/SectionRows.h"

#include "models/accounts/AccountTypes.h"
#include "models/accounts/ExtendedTypes.h"
#include "models/requests/RequestTypes.h"

#include <QStringList>

namespace mygas::sections {

namespace {
template <class T> void identify(T& x, const QString& id, const QString& accountId)
{
    x.id = id;
    x.accountId = accountId;
}

void identify(Subscriber& x, const QString&, const QString& accountId)
{
    x.accountId = accountId;
}

template <class T> QJsonObject storedJson(const QString& id, const QString& accountId, const QVariantList& values)
{
    T x = wire::fromStored<T>(values);
    identify(x, id, accountId);
    return x.toJson();
}

template <class T> Section section(const char* name, bool extendedOnly, bool fromCompany = true)
{
    return {QLatin1String(name), wire::fieldsOf<T>(), extendedOnly, fromCompany, &storedJson<T>};
}
} // namespace

int Section::columnIndex(const char* column) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (qstrcmp(columns[i].name, column) == 0)
            return i;
    }
    return -1;
}

QString Section::columnList() const
{
    QStringList names;
    for (const wire::Field& c : columns)
        names.append(QLatin1Char('"') + QLatin1String(c.name) + QLatin1Char('"'));
    return names.join(QLatin1String(", "));
}

const QList<Section>& all()
{
    static const QList<Section> list = {
        section<ServiceInfo>("services", false),
        section<Meter>("meters", false),
        section<Reading>("readings", false),
        section<Payment>("payments", false),
        section<Subscriber>("subscribers", true),
        section<Settlement>("settlements", true),
        section<Contract>("contracts", true),
        section<Act>("acts", true),
        section<ServiceRequest>("requests", true, false),
    };
    return list;
}

const QList<Section>& fromCompany()
{
    static const QList<Section> list = [] {
        QList<Section> out;
        for (const Section& s : all()) {
            if (s.fromCompany)
                out.append(s);
        }
        return out;
    }();
    return list;
}

const Section* find(const QString& name)
{
    for (const Section& s : all()) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

} // namespace mygas::sections
