#include "MultiRow.h"

#include "Logging.h"

#include <QSqlError>

namespace mygas::server {

namespace {
constexpr int kChunk = 64;

QString repeated(const QString& item, int count)
{
    QStringList items;
    items.reserve(count);
    for (int i = 0; i < count; ++i)
        items.append(item);
    return items.join(QLatin1String(", "));
}

bool run(QSqlQuery* q, const QString& sql)
{
    if (q && q->exec())
        return true;
    qCWarning(lcDb) << "query failed:" << sql.left(200)
                    << (q ? q->lastError().text() : QStringLiteral("cannot prepare"));
    return false;
}
} // namespace

bool execRows(const Database& db, const QString& head, const QString& row, const QString& tail, int columns,
              const QVariantList& values, int* affected)
{
    if (affected)
        *affected = 0;
    const int rows = int(values.size()) / columns;
    int done = 0;
    while (done < rows) {
        int chunk = kChunk;
        while (chunk > rows - done)
            chunk /= 2;
        const QString sql = head + repeated(row, chunk) + tail;
        QSqlQuery* q = db.prepared(sql);
        if (q) {
            for (int i = 0; i < chunk * columns; ++i)
                q->bindValue(i, values.at(done * columns + i));
        }
        if (!run(q, sql))
            return false;
        if (affected)
            *affected += q->numRowsAffected();
        q->finish();
        done += chunk;
    }
    return true;
}

bool selectIn(const Database& db, const QString& sql, const QVariantList& leading, const QVariantList& keys,
              const std::function<void(const QSqlQuery&)>& onRow, const QString& tuple)
{
    const int arity = int(tuple.count(QLatin1Char('?')));
    const QString statement = QString(sql).replace(QLatin1String("{IN}"), repeated(tuple, kChunk));
    const qsizetype count = keys.size() / arity;
    for (qsizetype start = 0; start < count; start += kChunk) {
        QSqlQuery* q = db.prepared(statement);
        if (q) {
            int at = 0;
            for (const QVariant& v : leading)
                q->bindValue(at++, v);
            for (int i = 0; i < kChunk; ++i) {
                const qsizetype key = qMin(start + i, count - 1);
                for (int c = 0; c < arity; ++c)
                    q->bindValue(at++, keys.at(key * arity + c));
            }
        }
        if (!run(q, statement))
            return false;
        while (q->next())
            onRow(*q);
        q->finish();
    }
    return true;
}

} // namespace mygas::server
