// The read side of CacheStore: typed getters the item models use.
#include "services/cache/CacheStore.h"

#include "services/core/Logging.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace mygas {

namespace {

bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds)
{
    if (!q.prepare(sql)) {
        qCWarning(lcCache) << "cache query failed:" << q.lastError().text();
        return false;
    }
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        qCWarning(lcCache) << "cache query failed:" << q.lastError().text();
        return false;
    }
    return true;
}

template <typename T> QList<T> rows(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QList<T> out;
    if (!db.isOpen())
        return out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!run(q, sql, binds))
        return out;
    while (q.next())
        out.append(T::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object()));
    return out;
}

template <typename T> std::optional<T> one(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    const QList<T> found = rows<T>(db, sql, binds);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QString metaValue(const QSqlDatabase& db, const QString& key)
{
    if (!db.isOpen())
        return {};
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("SELECT value FROM meta WHERE key=?"), {key}) || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

QString CacheStore::cursor() const
{
    return metaValue(db(), QStringLiteral("cursor"));
}

QDateTime CacheStore::lastSyncAt() const
{
    return QDateTime::fromString(metaValue(db(), QStringLiteral("synced_at")), Qt::ISODateWithMs);
}

QList<Account> CacheStore::accounts() const
{
    return rows<Account>(db(), QStringLiteral("SELECT data FROM accounts ORDER BY position"), {});
}

std::optional<Account> CacheStore::account(const QString& accountId) const
{
    return one<Account>(db(), QStringLiteral("SELECT data FROM accounts WHERE id=?"), {accountId});
}

QList<ServiceInfo> CacheStore::services(const QString& accountId) const
{
    return rows<ServiceInfo>(db(), QStringLiteral("SELECT data FROM services WHERE account_id=? ORDER BY rowid"),
                             {accountId});
}

QList<Meter> CacheStore::meters(const QString& accountId) const
{
    return rows<Meter>(db(), QStringLiteral("SELECT data FROM meters WHERE account_id=? ORDER BY rowid"), {accountId});
}

QList<Reading> CacheStore::readings(const QString& meterId, const QDate& from, const QDate& to) const
{
    // ISO dates sort as text; an invalid bound means no bound.
    const QString lo = from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000");
    const QString hi = to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999");
    return rows<Reading>(db(),
                         QStringLiteral("SELECT data FROM readings WHERE meter_id=? AND date>=? AND date<=? "
                                        "ORDER BY date, id"),
                         {meterId, lo, hi});
}

QList<Payment> CacheStore::payments(const QString& accountId) const
{
    return rows<Payment>(db(),
                         QStringLiteral("SELECT data FROM payments WHERE account_id=? ORDER BY date DESC, rowid DESC"),
                         {accountId});
}

std::optional<Invoice> CacheStore::invoice(const QString& accountId, const QString& period) const
{
    return one<Invoice>(db(), QStringLiteral("SELECT data FROM invoices WHERE account_id=? AND period=?"),
                        {accountId, period});
}

std::optional<Subscriber> CacheStore::subscriber(const QString& accountId) const
{
    return one<Subscriber>(db(), QStringLiteral("SELECT data FROM subscribers WHERE account_id=?"), {accountId});
}

QStringList CacheStore::settlementPeriods(const QString& accountId) const
{
    QStringList out;
    QSqlDatabase d = db();
    if (!d.isOpen())
        return out;
    QSqlQuery q(d);
    if (!run(q, QStringLiteral("SELECT DISTINCT period FROM settlements WHERE account_id=? ORDER BY period DESC"),
             {accountId}))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QList<Settlement> CacheStore::settlements(const QString& accountId, const QString& period) const
{
    // In the order of the account's services.
    return rows<Settlement>(db(),
                            QStringLiteral("SELECT s.data FROM settlements s LEFT JOIN services v "
                                           "ON v.id = s.service_id WHERE s.account_id=? AND s.period=? "
                                           "ORDER BY v.rowid, s.service_id"),
                            {accountId, period});
}

QList<Contract> CacheStore::contracts(const QString& accountId, bool archive) const
{
    return rows<Contract>(db(),
                          QStringLiteral("SELECT data FROM contracts WHERE account_id=? AND active=? "
                                         "ORDER BY date_from DESC, id"),
                          {accountId, archive ? 0 : 1});
}

QList<ServiceRequest> CacheStore::requests(const QString& accountId) const
{
    return rows<ServiceRequest>(
        db(), QStringLiteral("SELECT data FROM requests WHERE account_id=? ORDER BY created_at DESC, id DESC"),
        {accountId});
}

QList<Act> CacheStore::acts(const QString& accountId) const
{
    return rows<Act>(db(), QStringLiteral("SELECT data FROM acts WHERE account_id=? ORDER BY date DESC, id DESC"),
                     {accountId});
}

std::optional<Act> CacheStore::act(const QString& actId) const
{
    return one<Act>(db(), QStringLiteral("SELECT data FROM acts WHERE id=?"), {actId});
}

QList<Company> CacheStore::companies() const
{
    return rows<Company>(db(), QStringLiteral("SELECT data FROM companies ORDER BY position"), {});
}

std::optional<Company> CacheStore::company(const QString& companyId) const
{
    return one<Company>(db(), QStringLiteral("SELECT data FROM companies WHERE id=?"), {companyId});
}

} // namespace mygas
