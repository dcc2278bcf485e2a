#include "server/requests/RequestStore.h"

#include "models/accounts/SectionRows.h"
#include "models/core/WireFields.h"
#include "server/app/Logging.h"

#include <QSqlError>

namespace mygas::server {

bool RequestStore::add(const ServiceRequest& request, qint64 accountId, qint64 version) const
{
    const sections::Section& section = *sections::find(QStringLiteral("requests"));
    const QString marks = QStringLiteral(", ?").repeated(int(section.columns.size()));
    const QString sql = QStringLiteral("INSERT INTO requests (id, account_id, %1, version) VALUES (?, ?%2, ?)")
                            .arg(section.columnList(), marks);
    QSqlQuery* q = m_db.prepared(sql);
    if (!q)
        return false;
    const QVariantList values =
        QVariantList{request.id, accountId} + wire::storedValues(request) + QVariantList{version};
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values[i]);
    const bool ok = q->exec();
    if (!ok)
        qCWarning(lcDb) << "query failed:" << sql << q->lastError().text();
    q->finish();
    return ok;
}

} // namespace mygas::server
