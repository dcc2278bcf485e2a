#include "server/requests/RequestStore.h"

#include "models/accounts/SectionRows.h"
#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "models/core/WireFields.h"
#include "server/app/Logging.h"

#include <QSqlError>

namespace mygas::server {

namespace {
const sections::Section& requestSection()
{
    return *sections::find(QStringLiteral("requests"));
}

bool run(QSqlQuery* q, const QString& sql, const QVariantList& values)
{
    if (!q)
        return false;
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values[i]);
    if (q->exec())
        return true;
    qCWarning(lcDb) << "query failed:" << sql << q->lastError().text();
    q->finish();
    return false;
}
} // namespace

bool RequestStore::add(const ServiceRequest& request, qint64 accountId, qint64 version) const
{
    const sections::Section& section = requestSection();
    const QString marks = QStringLiteral(", ?").repeated(int(section.columns.size()));
    const QString sql = QStringLiteral("INSERT INTO requests (id, account_id, %1, version) VALUES (?, ?%2, ?)")
                            .arg(section.columnList(), marks);
    QSqlQuery* q = m_db.prepared(sql);
    const QVariantList values =
        QVariantList{request.id, accountId} + wire::storedValues(request) + QVariantList{version};
    const bool ok = run(q, sql, values);
    if (ok)
        q->finish();
    return ok;
}

Result<QList<StoredRequest>> RequestStore::select(const QString& where, const QVariantList& args) const
{
    const sections::Section& section = requestSection();
    QStringList columns;
    for (const wire::Field& c : section.columns)
        columns.append(QStringLiteral("r.\"%1\"").arg(QLatin1String(c.name)));
    const QString sql = QStringLiteral("SELECT r.id, r.account_id, r.version, a.company_id, a.number, a.address, %1 "
                                       "FROM requests r JOIN accounts a ON a.id = r.account_id %2")
                            .arg(columns.join(QLatin1String(", ")), where);
    QSqlQuery* q = m_db.prepared(sql);
    if (!run(q, sql, args))
        return makeError(errc::Internal, {}, 500);
    QList<StoredRequest> out;
    while (q->next()) {
        QVariantList values;
        for (int i = 0; i < section.columns.size(); ++i)
            values.append(q->value(6 + i));
        StoredRequest s;
        s.request = wire::fromStored<ServiceRequest>(values);
        s.request.id = q->value(0).toString();
        s.request.accountId = q->value(1).toString();
        s.version = q->value(2).toLongLong();
        s.companyId = q->value(3).toString();
        s.accountNumber = q->value(4).toString();
        s.accountAddress = q->value(5).toString();
        out.append(s);
    }
    q->finish();
    return out;
}

Result<StoredRequest> RequestStore::find(const QString& id) const
{
    const Result<QList<StoredRequest>> found = select(QStringLiteral("WHERE r.id = ?"), {id});
    if (!found.ok())
        return found.error();
    if (found.value().isEmpty())
        return makeError(errc::RequestNotFound, {}, 404);
    return found.value().first();
}

Result<QList<StoredRequest>> RequestStore::list(const RequestFilter& filter) const
{
    // One statement for every filter: an empty status or kind matches all
    // (a null QString is bound as NULL).
    return select(QStringLiteral(
                      "WHERE a.company_id = ? AND (COALESCE(?, '') = '' OR r.\"status\" = ?) "
                      "AND (COALESCE(?, '') = '' OR r.\"kind\" = ?) ORDER BY r.\"created_at\" DESC, r.id DESC LIMIT ?"),
                  {filter.companyId, filter.status, filter.status, filter.kind, filter.kind, filter.limit});
}

bool RequestStore::update(const ServiceRequest& request, qint64 version, qint64 newVersion, bool* written) const
{
    const QString sql =
        QStringLiteral("UPDATE requests SET \"status\" = ?, \"history\" = ?, version = ? WHERE id = ? AND version = ?");
    const QVariantList values{request.status, wire::storedOf(request.history), newVersion, request.id, version};
    QSqlQuery* q = m_db.prepared(sql);
    if (!run(q, sql, values))
        return false;
    *written = q->numRowsAffected() == 1;
    q->finish();
    return true;
}

} // namespace mygas::server
