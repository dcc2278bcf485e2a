#include "server/sections/SectionStore.h"

#include "server/app/Logging.h"

#include <QSqlError>

namespace mygas::server {

QJsonArray SectionStore::rows(const sections::Section& kind, qint64 accountId, const WireContext& context,
                              const QString& condition, const QVariantList& args, const QString& order) const
{
    QJsonArray out;
    appendRows(&out, kind, accountId, context, condition, args, order);
    return out;
}

bool SectionStore::appendRows(QJsonArray* out, const sections::Section& kind, qint64 accountId,
                              const WireContext& context, const QString& condition, const QVariantList& args,
                              const QString& order) const
{
    QString sql = QStringLiteral("SELECT id, %1 FROM %2 WHERE account_id = ?").arg(kind.columnList(), kind.name);
    if (!condition.isEmpty())
        sql += QStringLiteral(" AND ") + condition;
    sql += QStringLiteral(" ORDER BY ") + (order.isEmpty() ? QStringLiteral("id") : order);
    QSqlQuery* q = m_db.prepared(sql);
    if (!q)
        return false;
    q->bindValue(0, accountId);
    for (int i = 0; i < args.size(); ++i)
        q->bindValue(i + 1, args[i]);
    if (!q->exec()) {
        qCWarning(lcDb) << "query failed:" << sql << q->lastError().text();
        return false;
    }
    const int n = int(kind.columns.size());
    QVariantList values;
    values.reserve(n);
    while (q->next()) {
        values.clear();
        for (int i = 0; i < n; ++i)
            values.append(q->value(i + 1));
        out->append(rowToJson(kind, q->value(0).toString(), accountId, values, context));
    }
    q->finish();
    return true;
}

} // namespace mygas::server
