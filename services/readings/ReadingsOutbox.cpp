#include "services/readings/ReadingsOutbox.h"

#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "services/core/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace mygas {

namespace {

// Ordered steps; step N brings a file from user_version N-1 to N.
const QList<QStringList>& steps()
{
    static const QList<QStringList> all = {
        // 1: the entries. seq keeps the order of submission; key is the Idempotency-Key.
        {QStringLiteral("CREATE TABLE entries ("
                        "seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                        "key TEXT NOT NULL UNIQUE, "
                        "account_id TEXT NOT NULL, "
                        "created_at TEXT NOT NULL, "
                        "state TEXT NOT NULL CHECK (state IN ('pending', 'rejected')), "
                        "items TEXT NOT NULL, "
                        "results TEXT, "
                        "error TEXT)"),
         QStringLiteral("CREATE INDEX entries_account ON entries(account_id, seq)")},
    };
    return all;
}

Error outboxError(const QString& why)
{
    qCWarning(lcReadings) << why;
    return makeError(errc::CacheFailed);
}

QString stateName(OutboxEntry::State s)
{
    return s == OutboxEntry::State::Rejected ? QStringLiteral("rejected") : QStringLiteral("pending");
}

QByteArray itemsJson(const QList<ReadingItem>& items)
{
    QJsonArray a;
    for (const ReadingItem& i : items)
        a.append(i.toJson());
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QVariant resultsJson(const QList<ReadingResult>& results)
{
    if (results.isEmpty())
        return QVariant(QMetaType::fromType<QByteArray>());
    QJsonArray a;
    for (const ReadingResult& r : results)
        a.append(r.toJson());
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QVariant errorJson(const Error& e)
{
    if (e.code.isEmpty())
        return QVariant(QMetaType::fromType<QByteArray>());
    const QJsonObject o{{QStringLiteral("code"), e.code},
                        {QStringLiteral("message"), e.message},
                        {QStringLiteral("field"), e.field},
                        {QStringLiteral("http_status"), e.httpStatus}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

OutboxEntry entryFromRow(const QSqlQuery& q)
{
    OutboxEntry e;
    e.key = q.value(0).toString();
    e.accountId = q.value(1).toString();
    e.createdAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    e.state =
        q.value(3).toString() == QLatin1String("rejected") ? OutboxEntry::State::Rejected : OutboxEntry::State::Pending;
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(4).toByteArray()).array())
        e.items.append(ReadingItem::fromJson(v.toObject()));
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(5).toByteArray()).array())
        e.results.append(ReadingResult::fromJson(v.toObject()));
    const QJsonObject error = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
    e.error.code = error.value(QLatin1String("code")).toString();
    e.error.message = error.value(QLatin1String("message")).toString();
    e.error.field = error.value(QLatin1String("field")).toString();
    e.error.httpStatus = error.value(QLatin1String("http_status")).toInt();
    return e;
}

const char* kColumns = "key, account_id, created_at, state, items, results, error";

} // namespace

ReadingsOutbox::ReadingsOutbox() : m_file(QStringLiteral("mygas-outbox"), SqliteFile::Sync::Full, steps())
{
    // Sync::Full: every commit is flushed to the disk before it returns, so an
    // entry stored when «Передать» was pressed survives a crash or a power cut.
}

ReadingsOutbox::~ReadingsOutbox() = default;

int ReadingsOutbox::latestVersion()
{
    return int(steps().size());
}

Status ReadingsOutbox::open(const QString& filePath)
{
    close();
    QString why;
    if (m_file.openKeepingDamaged(filePath, &m_setAside, &why) != SqliteFile::Outcome::Ok)
        return outboxError(why);
    return Done{};
}

void ReadingsOutbox::close()
{
    m_file.close();
}

bool ReadingsOutbox::isOpen() const
{
    return m_file.isOpen();
}

Status ReadingsOutbox::insert(const OutboxEntry& entry)
{
    if (!isOpen())
        return outboxError(QStringLiteral("insert() on a closed outbox"));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO entries(key, account_id, created_at, state, items, results, error) "
                             "VALUES(?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.key);
    q.addBindValue(entry.accountId);
    q.addBindValue(entry.createdAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(stateName(entry.state));
    q.addBindValue(itemsJson(entry.items));
    q.addBindValue(resultsJson(entry.results));
    q.addBindValue(errorJson(entry.error));
    if (!q.exec())
        return outboxError(QStringLiteral("outbox entry not stored: ") + q.lastError().text());
    return Done{};
}

QList<OutboxEntry> ReadingsOutbox::entries(const QString& accountId) const
{
    QList<OutboxEntry> out;
    if (!isOpen())
        return out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    const QString select = QStringLiteral("SELECT %1 FROM entries ").arg(QLatin1String(kColumns));
    if (accountId.isEmpty()) {
        q.prepare(select + QStringLiteral("ORDER BY seq"));
    } else {
        q.prepare(select + QStringLiteral("WHERE account_id = ? ORDER BY seq"));
        q.addBindValue(accountId);
    }
    if (!q.exec()) {
        outboxError(QStringLiteral("outbox not readable: ") + q.lastError().text());
        return out;
    }
    while (q.next())
        out.append(entryFromRow(q));
    return out;
}

std::optional<OutboxEntry> ReadingsOutbox::entry(const QString& key) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM entries WHERE key = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return entryFromRow(q);
}

Status ReadingsOutbox::reject(const QString& key, const QList<ReadingItem>& items, const QList<ReadingResult>& results,
                              const Error& error)
{
    if (!isOpen())
        return outboxError(QStringLiteral("reject() on a closed outbox"));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE entries SET state = 'rejected', items = ?, results = ?, error = ? WHERE key = ?"));
    q.addBindValue(itemsJson(items));
    q.addBindValue(resultsJson(results));
    q.addBindValue(errorJson(error));
    q.addBindValue(key);
    if (!q.exec())
        return outboxError(QStringLiteral("outbox entry not updated: ") + q.lastError().text());
    return Done{};
}

Status ReadingsOutbox::remove(const QString& key)
{
    if (!isOpen())
        return outboxError(QStringLiteral("remove() on a closed outbox"));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM entries WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return outboxError(QStringLiteral("outbox entry not removed: ") + q.lastError().text());
    return Done{};
}

} // namespace mygas
