#include "server/directory/DirectoryStore.h"

#include "models/core/ErrorCatalog.h"

#include <QJsonDocument>

namespace mygas::server {

namespace {
QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

template <typename T> QList<T> loadAll(const Database& db, const QString& table)
{
    QList<T> out;
    QSqlQuery q = db.newQuery();
    if (!db.exec(q, QStringLiteral("SELECT data FROM %1 ORDER BY sort_order, id").arg(table)))
        return out;
    while (q.next())
        out.append(T::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()));
    return out;
}
} // namespace

Status DirectoryStore::upsert(const Directory& d) const
{
    Transaction tx(m_db);
    QSqlQuery q = m_db.newQuery();
    for (int i = 0; i < d.companies.size(); ++i) {
        if (!m_db.exec(q,
                       QStringLiteral("INSERT INTO companies (id, sort_order, data) VALUES (?, ?, ?) ON CONFLICT (id) "
                                      "DO UPDATE SET sort_order = excluded.sort_order, data = excluded.data"),
                       {d.companies[i].id, i, compact(d.companies[i].toJson())}))
            return makeError(errc::Internal, {}, 500);
    }
    for (int i = 0; i < d.offices.size(); ++i) {
        if (!m_db.exec(q,
                       QStringLiteral("INSERT INTO offices (id, company_id, sort_order, data) VALUES (?, ?, ?, ?) "
                                      "ON CONFLICT (id) DO UPDATE SET company_id = excluded.company_id, "
                                      "sort_order = excluded.sort_order, data = excluded.data"),
                       {d.offices[i].id, d.offices[i].companyId, i, compact(d.offices[i].toJson())}))
            return makeError(errc::Internal, {}, 500);
    }
    for (int i = 0; i < d.faq.size(); ++i) {
        if (!m_db.exec(q,
                       QStringLiteral("INSERT INTO faq_topics (id, sort_order, data) VALUES (?, ?, ?) ON CONFLICT (id) "
                                      "DO UPDATE SET sort_order = excluded.sort_order, data = excluded.data"),
                       {d.faq[i].id, i, compact(d.faq[i].toJson())}))
            return makeError(errc::Internal, {}, 500);
    }
    if (!tx.commit())
        return makeError(errc::Internal, {}, 500);
    return Done{};
}

Directory DirectoryStore::load() const
{
    return {loadAll<Company>(m_db, QStringLiteral("companies")), loadAll<Office>(m_db, QStringLiteral("offices")),
            loadAll<FaqTopic>(m_db, QStringLiteral("faq_topics"))};
}

} // namespace mygas::server
