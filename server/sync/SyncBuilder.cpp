#include "server/sync/SyncBuilder.h"

#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "server/db/ChangeLog.h"
#include "server/sync/SyncCursor.h"

#include <QJsonArray>
#include <QSet>

namespace mygas::server {

Result<QJsonObject> SyncBuilder::build(qint64 userId, const QString& cursorText) const
{
    // Every version up to this one is committed; later ones come next time.
    const qint64 upTo = changelog::current(m_db);
    const QList<Account> accounts = m_accounts.linkedTo(userId);
    const std::optional<SyncCursor> cursor = SyncCursor::decode(cursorText);
    bool full = !cursor || cursor->version > upTo;
    if (!full) {
        for (const Account& a : accounts) {
            const auto given = cursor->access.constFind(a.id);
            if (given != cursor->access.constEnd() && given.value() == Access::Extended && a.access != Access::Extended)
                full = true;
        }
    }
    QJsonObject changes;
    for (const sections::Section& kind : sections::all())
        changes.insert(kind.name, QJsonArray());
    QJsonObject removed;
    SyncCursor next;
    next.version = upTo;
    QJsonArray accountList;
    for (const Account& a : accounts) {
        accountList.append(a.toJson());
        next.access.insert(a.id, a.access);
        const bool whole = full || !cursor->access.contains(a.id) || cursor->access.value(a.id) != a.access;
        if (!appendAccount(&changes, &removed, a, whole ? -1 : cursor->version, upTo))
            return makeError(errc::Internal, {}, 500);
    }
    return QJsonObject{{QStringLiteral("cursor"), next.encode()},
                       {QStringLiteral("full"), full},
                       {QStringLiteral("accounts"), accountList},
                       {QStringLiteral("changes"), changes},
                       {QStringLiteral("removed"), removed}};
}

bool SyncBuilder::appendAccount(QJsonObject* changes, QJsonObject* removed, const Account& account, qint64 since,
                                qint64 upTo) const
{
    const qint64 id = account.id.toLongLong();
    const bool extended = account.access == Access::Extended;
    const WireContext context{account.number, account.address, !extended};
    QHash<QString, QSet<QString>> sent;
    for (const sections::Section& kind : sections::all()) {
        if (kind.extendedOnly && !extended)
            continue;
        QJsonArray rows = changes->value(kind.name).toArray();
        const qsizetype before = rows.size();
        if (!m_sections.appendRows(&rows, kind, id, context, QStringLiteral("version > ? AND version <= ?"),
                                   {since, upTo}, QStringLiteral("id")))
            return false;
        QSet<QString>& ids = sent[kind.name];
        for (qsizetype i = before; i < rows.size(); ++i) {
            const QJsonObject o = rows.at(i).toObject();
            ids.insert(
                o.value(kind.name == QLatin1String("subscribers") ? QLatin1String("account_id") : QLatin1String("id"))
                    .toString());
        }
        changes->insert(kind.name, rows);
    }
    if (since < 0)
        return true;
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT kind, row_id FROM tombstones WHERE account_id = ? AND version > ? AND "
                                  "version <= ? ORDER BY id"),
                   {id, since, upTo}))
        return false;
    while (q.next()) {
        const QString kindName = q.value(0).toString();
        const sections::Section* kind = sections::find(kindName);
        const QString rowId = q.value(1).toString();
        if (!kind || (kind->extendedOnly && !extended) || sent.value(kindName).contains(rowId))
            continue;
        QJsonArray ids = removed->value(kindName).toArray();
        ids.append(rowId);
        removed->insert(kindName, ids);
    }
    return true;
}

} // namespace mygas::server
