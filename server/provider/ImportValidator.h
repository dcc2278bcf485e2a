#pragma once

#include "server/provider/ProviderData.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace mygas::server {

// Checks a company's export (docs/import-format.md) completely before
// anything is written and turns it into ProviderData. Every problem is
// reported with the path of the bad record, e.g.
// "accounts[12].settlements[3].charged_kop: expected an integer number of kopecks".
class ImportValidator
{
public:
    // Companies already in the database: accounts may refer to them.
    explicit ImportValidator(QHash<QString, Company> knownCompanies) : m_companies(std::move(knownCompanies)) {}

    ProviderData validate(const QJsonObject& document);
    const QStringList& errors() const { return m_errors; }

private:
    void company(const QJsonValue& v, const QString& path, ProviderData* out);
    void account(const QJsonValue& v, const QString& path, ProviderData* out);
    void section(const QString& kindName, const QJsonArray& rows, const QString& path, AccountData* out);
    QVariant cell(const QString& kind, const char* column, int type, const QJsonValue& v, const QString& path);
    QVariant smallList(const char* column, const QJsonValue& v, const QString& path);
    void references(const AccountData& a, const QString& path);
    void crossChecks(const AccountData& a, const QString& path);
    void fail(const QString& path, const QString& problem);

    QHash<QString, Company> m_companies;
    QStringList m_errors;
};

} // namespace mygas::server
