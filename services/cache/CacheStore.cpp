#include "services/cache/CacheStore.h"

#include "models/core/ErrorCatalog.h"
#include "services/cache/CacheSchema.h"
#include "services/cache/CacheWriter.h"
#include "services/core/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace mygas {

namespace {

Error cacheError(const QString& why)
{
    qCWarning(lcCache) << why;
    Error e;
    e.code = QString::fromLatin1(errc::CacheFailed);
    e.message = errorMessage(e.code);
    return e;
}

} // namespace

CacheStore::CacheStore(QObject* parent)
    : QObject(parent), m_file(QStringLiteral("mygas-cache"), SqliteFile::Sync::Normal, cacheschema::steps())
{
}

CacheStore::~CacheStore() = default;

QString CacheStore::defaultFilePath(const QString& serverIdentity, const QString& login)
{
    const QByteArray key = serverIdentity.toUtf8() + '\n' + login.trimmed().toLower().toUtf8();
    const QString name =
        QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32));
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("cache/") + name + QStringLiteral(".sqlite"));
}

Status CacheStore::open(const QString& filePath, Check check)
{
    close();
    m_rebuilt = false;
    m_verified = check == Check::Now;
    if (!QDir().mkpath(QFileInfo(filePath).absolutePath()))
        return cacheError(QStringLiteral("cannot create the folder of ") + filePath);
    QString why;
    const SqliteFile::Check when = check == Check::Now ? SqliteFile::Check::Now : SqliteFile::Check::Later;
    if (m_file.open(filePath, when, &why) == SqliteFile::Outcome::Ok)
        return Done{};
    cacheError(why);
    return recreate(filePath);
}

// PRAGMA quick_check reads every page: about 2 ms for a cache of three 20-year accounts.
Status CacheStore::verify()
{
    if (m_verified || !isOpen())
        return Done{};
    m_verified = true;
    QString why;
    if (m_file.quickCheck(&why) == SqliteFile::Outcome::Ok)
        return Done{};
    cacheError(why);
    Status s = recreate(m_file.path());
    emit changed();
    return s;
}

Status CacheStore::recreate(const QString& filePath)
{
    // A cache holds nothing that the server cannot send again.
    qCWarning(lcCache) << "cache file" << filePath << "is unusable; recreating it empty";
    close();
    SqliteFile::remove(filePath);
    m_rebuilt = true;
    m_verified = true;
    QString why;
    if (m_file.open(filePath, SqliteFile::Check::Now, &why) == SqliteFile::Outcome::Ok)
        return Done{};
    close();
    return cacheError(why);
}

void CacheStore::close()
{
    m_file.close();
}

bool CacheStore::isOpen() const
{
    return m_file.isOpen();
}

bool CacheStore::wasRebuilt() const
{
    return m_rebuilt;
}

Status CacheStore::apply(const SyncPayload& payload, const QDateTime& syncedAt)
{
    if (!isOpen())
        return cacheError(QStringLiteral("apply() on a closed cache"));
    CacheWriter writer(db(), m_statementHook);
    Status s = writer.write(payload, syncedAt);
    if (s.ok())
        emit changed();
    return s;
}

Status CacheStore::storeCompanies(const QList<Company>& companies)
{
    if (!isOpen())
        return cacheError(QStringLiteral("storeCompanies() on a closed cache"));
    QSqlDatabase d = db();
    if (!d.transaction())
        return cacheError(d.lastError().text());
    QSqlQuery q(d);
    bool ok = q.exec(QStringLiteral("DELETE FROM companies")) &&
              q.prepare(QStringLiteral("INSERT INTO companies(id, position, data) VALUES(?, ?, ?)"));
    for (int i = 0; ok && i < companies.size(); ++i) {
        q.bindValue(0, companies.at(i).id);
        q.bindValue(1, i);
        q.bindValue(2, QJsonDocument(companies.at(i).toJson()).toJson(QJsonDocument::Compact));
        ok = q.exec();
    }
    if (!ok || !d.commit()) {
        const QString why = q.lastError().text() + d.lastError().text();
        d.rollback();
        return cacheError(QStringLiteral("companies not stored: ") + why);
    }
    emit changed();
    return Done{};
}

Status CacheStore::storeForAccount(const QString& table, const QStringList& columns, const QVariantList& values,
                                   const QString& accountId)
{
    if (!isOpen())
        return cacheError(QStringLiteral("a row of %1 stored on a closed cache").arg(table));
    QSqlQuery q(db());
    // Only for an account still linked: an answer that arrives after an unlink is dropped.
    bool ok = q.prepare(QStringLiteral("INSERT OR REPLACE INTO %1(%2) SELECT %3 WHERE EXISTS (SELECT 1 FROM accounts "
                                       "WHERE id = ?)")
                            .arg(table, columns.join(QLatin1String(", ")),
                                 QStringLiteral("?, ").repeated(int(columns.size()) - 1) + QLatin1Char('?')));
    if (ok) {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        q.bindValue(int(values.size()), accountId);
        ok = q.exec();
    }
    if (!ok)
        return cacheError(QStringLiteral("%1 not stored: %2").arg(table, q.lastError().text()));
    return Done{};
}

Status CacheStore::storeInvoice(const Invoice& invoice)
{
    return storeForAccount(
        QStringLiteral("invoices"), {QStringLiteral("account_id"), QStringLiteral("period"), QStringLiteral("data")},
        {invoice.accountId, invoice.period, QJsonDocument(invoice.toJson()).toJson(QJsonDocument::Compact)},
        invoice.accountId);
}

Status CacheStore::storeRequest(const ServiceRequest& request)
{
    const Status stored = storeForAccount(
        QStringLiteral("requests"),
        {QStringLiteral("id"), QStringLiteral("account_id"), QStringLiteral("created_at"), QStringLiteral("data")},
        {request.id, request.accountId, request.createdAt,
         QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact)},
        request.accountId);
    if (stored.ok())
        emit changed();
    return stored;
}

} // namespace mygas
