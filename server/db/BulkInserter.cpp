#include "server/db/BulkInserter.h"

#include "server/app/Logging.h"

#include <QSqlError>

namespace mygas::server {

namespace {
// SQLite allows 32 766 parameters per statement, PostgreSQL 65 535.
constexpr int kMaxParameters = 30000;
constexpr int kMaxRows = 500;
} // namespace

BulkInserter::BulkInserter(const Database& db, const QString& table, const QStringList& columns)
    : m_db(db), m_table(table), m_columns(columns), m_full(db.handle())
{
    m_rowsPerStatement = qBound(1, kMaxParameters / int(qMax<qsizetype>(1, columns.size())), kMaxRows);
}

QString BulkInserter::statement(int rows) const
{
    const QString one =
        QLatin1Char('(') + QStringLiteral("?, ").repeated(int(m_columns.size()) - 1) + QStringLiteral("?)");
    QStringList quoted;
    for (const QString& c : m_columns)
        quoted.append(QLatin1Char('"') + c + QLatin1Char('"'));
    QStringList values;
    values.reserve(rows);
    for (int i = 0; i < rows; ++i)
        values.append(one);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, quoted.join(QLatin1String(", ")), values.join(QLatin1String(", ")));
}

bool BulkInserter::run(QSqlQuery& query, int rows)
{
    for (int i = 0; i < rows * int(m_columns.size()); ++i)
        query.bindValue(i, m_buffer.at(i));
    if (!query.exec()) {
        qCWarning(lcDb) << "bulk insert into" << m_table << "failed:" << query.lastError().text();
        return false;
    }
    m_buffer.clear();
    m_buffered = 0;
    return true;
}

bool BulkInserter::add(const QVariantList& row)
{
    m_buffer.append(row);
    if (++m_buffered < m_rowsPerStatement)
        return true;
    if (!m_prepared) {
        if (!m_full.prepare(statement(m_rowsPerStatement))) {
            qCWarning(lcDb) << "cannot prepare a bulk insert into" << m_table << m_full.lastError().text();
            return false;
        }
        m_prepared = true;
    }
    return run(m_full, m_rowsPerStatement);
}

bool BulkInserter::flush()
{
    if (m_buffered == 0)
        return true;
    QSqlQuery rest(m_db.handle());
    if (!rest.prepare(statement(m_buffered))) {
        qCWarning(lcDb) << "cannot prepare a bulk insert into" << m_table << rest.lastError().text();
        return false;
    }
    return run(rest, m_buffered);
}

} // namespace mygas::server
