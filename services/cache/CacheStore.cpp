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

Status CacheStore::storeInvoice(const Invoice& invoice)
{
    if (!isOpen())
        return cacheError(QStringLiteral("storeInvoice() on a closed cache"));
    QSqlQuery q(db());
    // Only for an account still linked: an answer that arrives after an unlink is dropped.
    bool ok = q.prepare(QStringLiteral("INSERT OR REPLACE INTO invoices(account_id, period, data) "
                                       "SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM accounts WHERE id = ?)"));
    if (ok) {
        q.bindValue(0, invoice.accountId);
        q.bindValue(1, invoice.period);
        q.bindValue(2, QJsonDocument(invoice.toJson()).toJson(QJsonDocument::Compact));
        q.bindValue(3, invoice.accountId);
        ok = q.exec();
    }
    if (!ok)
        return cacheError(QStringLiteral("invoice not stored: ") + q.lastError().text());
    return Done{};
}

Status CacheStore::storeRequest(const ServiceRequest& request)
{
    if (!isOpen())
        return cacheError(QStringLiteral("storeRequest() on a closed cache"));
    QSqlQuery q(db());
    // Only for an account still linked: an answer that arrives after an unlink is dropped.
    bool ok = q.prepare(QStringLiteral("INSERT OR REPLACE INTO requests(id, account_id, created_at, data) "
                                       "SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM accounts WHERE id = ?)"));
    if (ok) {
        q.bindValue(0, request.id);
        q.bindValue(1, request.accountId);
        q.bindValue(2, request.createdAt);
        q.bindValue(3, QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
        q.bindValue(4, request.accountId);
        ok = q.exec();
    }
    if (!ok)
        return cacheError(QStringLiteral("request not stored: ") + q.lastError().text());
    emit changed();
    return Done{};
}

} // namespace mygas
