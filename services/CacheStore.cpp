#include "CacheStore.h"

#include "CacheSchema.h"
#include "CacheWriter.h"
#include "ErrorCatalog.h"
#include "Logging.h"

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

bool execPragma(QSqlQuery& q, const QString& sql, QString* firstValue = nullptr)
{
    if (!q.exec(sql))
        return false;
    if (firstValue)
        *firstValue = q.next() ? q.value(0).toString() : QString();
    return true;
}

// PRAGMA quick_check reads every page: about 2 ms for a cache of three 20-year accounts.
bool quickCheckPasses(QSqlQuery& q, QString* why)
{
    QString verdict;
    if (execPragma(q, QStringLiteral("PRAGMA quick_check"), &verdict) && verdict == QLatin1String("ok"))
        return true;
    *why = QStringLiteral("cache quick_check failed: ") + verdict + q.lastError().text();
    return false;
}

} // namespace

CacheStore::CacheStore(QObject* parent) : QObject(parent)
{
    static int counter = 0;
    m_connectionName = QStringLiteral("mygas-cache-%1").arg(++counter);
}

CacheStore::~CacheStore()
{
    close();
}

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
    m_filePath = filePath;
    m_rebuilt = false;
    m_verified = check == Check::Now;
    if (!QDir().mkpath(QFileInfo(filePath).absolutePath()))
        return cacheError(QStringLiteral("cannot create the folder of ") + filePath);
    Status s = openFile(check);
    return s.ok() ? s : recreate();
}

Status CacheStore::verify()
{
    if (m_verified || !isOpen())
        return Done{};
    m_verified = true;
    QString why;
    {
        QSqlQuery q(db());
        if (quickCheckPasses(q, &why))
            return Done{};
    }
    cacheError(why);
    Status s = recreate();
    emit changed();
    return s;
}

Status CacheStore::recreate()
{
    // A cache holds nothing that the server cannot send again.
    qCWarning(lcCache) << "cache file" << m_filePath << "is unusable; recreating it empty";
    const QString filePath = m_filePath;
    close();
    m_filePath = filePath;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(filePath + QLatin1String(suffix));
    m_rebuilt = true;
    m_verified = true;
    Status s = openFile(Check::Now);
    if (!s.ok())
        close();
    return s;
}

Status CacheStore::openFile(Check check)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return cacheError(QStringLiteral("cannot open the cache: ") + db.lastError().text());
    }
    QSqlDatabase db = this->db();
    QSqlQuery q(db);
    if (QString why; check == Check::Now && !quickCheckPasses(q, &why))
        return cacheError(why);
    QString mode;
    if (!execPragma(q, QStringLiteral("PRAGMA journal_mode=WAL"), &mode) || mode != QLatin1String("wal"))
        return cacheError(QStringLiteral("cache WAL mode refused: ") + mode + q.lastError().text());
    if (!execPragma(q, QStringLiteral("PRAGMA synchronous=NORMAL")))
        return cacheError(q.lastError().text());
    q.finish();
    if (Status m = cacheschema::migrate(db); !m.ok())
        return cacheError(m.error().message);
    return Done{};
}

void CacheStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool CacheStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && db().isOpen();
}

bool CacheStore::wasRebuilt() const
{
    return m_rebuilt;
}

QSqlDatabase CacheStore::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
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

} // namespace mygas
