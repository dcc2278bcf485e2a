#include "server/db/MultiRow.h"

#include "server/app/Logging.h"

#include <QSqlError>

namespace mygas::server {

namespace {
constexpr int kChunk = 64;
const QLatin1String kRowsMark("{ROWS}");

// (VALUES (CAST(? AS T1), …), …) AS v with `rows` rows.
QString valuesTable(const QStringList& types, int rows)
{
    QStringList cells;
    for (const QString& type : types)
        cells.append(QStringLiteral("CAST(? AS %1)").arg(type));
    const QString row = QLatin1Char('(') + cells.join(QLatin1String(", ")) + QLatin1Char(')');
    QStringList all;
    all.reserve(rows);
    for (int i = 0; i < rows; ++i)
        all.append(row);
    return QStringLiteral("(VALUES %1) AS v").arg(all.join(QLatin1String(", ")));
}

// unnest(CAST(? AS T1[]), …) AS v(column1, …): PostgreSQL's table of arrays.
QString arrayTable(const QStringList& types)
{
    QStringList arrays;
    QStringList names;
    for (int i = 0; i < types.size(); ++i) {
        arrays.append(QStringLiteral("CAST(? AS %1[])").arg(types[i]));
        names.append(QStringLiteral("column%1").arg(i + 1));
    }
    return QStringLiteral("unnest(%1) AS v(%2)").arg(arrays.join(QLatin1String(", ")), names.join(QLatin1String(", ")));
}

// A PostgreSQL array literal of column `column`: every element quoted, so
// that the same text serves every element type.
QString arrayLiteral(const QVariantList& values, int columns, int column)
{
    QString out(QLatin1Char('{'));
    for (qsizetype i = column; i < values.size(); i += columns) {
        if (i != column)
            out += QLatin1Char(',');
        const QVariant& v = values.at(i);
        if (v.isNull()) {
            out += QLatin1String("NULL");
            continue;
        }
        QString text = v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'g', 17) : v.toString();
        text.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        out += QLatin1Char('"') + text + QLatin1Char('"');
    }
    out += QLatin1Char('}');
    return out;
}

bool run(QSqlQuery* q, const QString& sql)
{
    if (q && q->exec())
        return true;
    qCWarning(lcDb) << "query failed:" << sql.left(200)
                    << (q ? q->lastError().text() : QStringLiteral("cannot prepare"));
    return false;
}

// Runs SQL over the rows; onRow, when set, gets the result rows.
bool forRows(const Database& db, const QString& sql, const QVariantList& leading, const QStringList& types,
             const QVariantList& values, int* affected, const std::function<void(const QSqlQuery&)>& onRow)
{
    if (affected)
        *affected = 0;
    const int columns = int(types.size());
    const int rows = int(values.size()) / columns;
    const bool arrays = db.kind() == Database::Kind::Postgres;
    int done = 0;
    while (done < rows) {
        int chunk = arrays ? rows : kChunk;
        while (chunk > rows - done)
            chunk /= 2;
        const QString statement =
            QString(sql).replace(kRowsMark, arrays ? arrayTable(types) : valuesTable(types, chunk));
        QSqlQuery* q = db.prepared(statement);
        if (q) {
            int at = 0;
            for (const QVariant& v : leading)
                q->bindValue(at++, v);
            if (arrays) {
                for (int c = 0; c < columns; ++c)
                    q->bindValue(at++, arrayLiteral(values, columns, c));
            } else {
                for (int i = 0; i < chunk * columns; ++i)
                    q->bindValue(at++, values.at(done * columns + i));
            }
        }
        if (!run(q, statement))
            return false;
        if (affected)
            *affected += q->numRowsAffected();
        if (onRow) {
            while (q->next())
                onRow(*q);
        }
        q->finish();
        done += chunk;
    }
    return true;
}
} // namespace

bool execRows(const Database& db, const QString& sql, const QStringList& types, const QVariantList& values,
              int* affected)
{
    return forRows(db, sql, {}, types, values, affected, {});
}

bool selectRows(const Database& db, const QString& sql, const QVariantList& leading, const QStringList& types,
                const QVariantList& values, const std::function<void(const QSqlQuery&)>& onRow)
{
    return forRows(db, sql, leading, types, values, nullptr, onRow);
}

} // namespace mygas::server
