#pragma once

#include "models/accounts/AccountTypes.h"
#include "models/accounts/ExtendedTypes.h"
#include "models/core/ApiTypes.h"
#include "models/core/Error.h"
#include "models/documents/InvoiceTypes.h"
#include "models/requests/RequestTypes.h"
#include "models/sync/SyncTypes.h"
#include "services/storage/SqliteFile.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QSqlDatabase;

namespace mygas {

// The offline copy of the server's data, one SQLite file per server+login.
// Views never read it directly: item models ask these typed getters.
class CacheStore : public QObject
{
    Q_OBJECT
public:
    explicit CacheStore(QObject* parent = nullptr);
    ~CacheStore() override;

    // The file for a server identity and login under the app-data folder (…/cache/<hash>.sqlite).
    static QString defaultFilePath(const QString& serverIdentity, const QString& login);

    // Check::Now runs PRAGMA quick_check on open; Check::Later leaves it to
    // verify(), so a window can paint from the file first.
    enum class Check
    {
        Now,
        Later
    };

    // Opens or creates it; a damaged file is deleted and recreated empty (it
    // is a cache: the next sync refills it) and wasRebuilt() says so. WAL,
    // busy timeout, PRAGMA user_version migrations.
    Status open(const QString& filePath, Check check = Check::Now);
    // PRAGMA quick_check of a file opened with Check::Later; a damaged one is
    // recreated empty like open() does, and changed() is emitted.
    Status verify();
    void close();
    bool isOpen() const;
    bool wasRebuilt() const;
    QString filePath() const { return m_file.path(); }

    // Applies one sync answer in ONE transaction (full=true replaces
    // everything); on failure nothing of it stays.
    Status apply(const SyncPayload& payload, const QDateTime& syncedAt);

    QString cursor() const;
    QDateTime lastSyncAt() const; // invalid before the first successful sync

    QList<Account> accounts() const;
    std::optional<Account> account(const QString& accountId) const;
    QList<ServiceInfo> services(const QString& accountId) const;
    QList<Meter> meters(const QString& accountId) const;
    QList<Reading> readings(const QString& meterId, const QDate& from, const QDate& to) const; // oldest first
    QList<Payment> payments(const QString& accountId) const;                                   // newest first
    std::optional<Subscriber> subscriber(const QString& accountId) const;
    QStringList settlementPeriods(const QString& accountId) const;                        // "YYYY-MM", newest first
    QList<Settlement> settlements(const QString& accountId, const QString& period) const; // one per service
    QList<Contract> contracts(const QString& accountId, bool archive) const;              // archive=false: active ones
    QList<Act> acts(const QString& accountId) const;                                      // newest first
    QList<ServiceRequest> requests(const QString& accountId) const;                       // newest first
    std::optional<Act> act(const QString& actId) const;
    QList<Company> companies() const;
    std::optional<Company> company(const QString& companyId) const;
    Status storeCompanies(const QList<Company>& companies);
    // The receipt data of a month as the server last gave it.
    std::optional<Invoice> invoice(const QString& accountId, const QString& period) const;
    Status storeInvoice(const Invoice& invoice);
    // A request as the server answered it (made, or answered to the
    // operator): shown at once; the next sync brings the same row.
    Status storeRequest(const ServiceRequest& request);

    // Test hook: when set, apply() asks it before each statement it executes
    // (1-based count); returning false makes that statement fail.
    using StatementHook = std::function<bool(int statementNo)>;
    void setStatementHook(StatementHook hook) { m_statementHook = std::move(hook); }

signals:
    void changed(); // after every successful apply()/storeCompanies(), and after verify() recreated the file

private:
    Status recreate(const QString& filePath);
    // INSERT OR REPLACE of one row of a table kept per account, only while
    // the account is linked.
    Status storeForAccount(const QString& table, const QStringList& columns, const QVariantList& values,
                           const QString& accountId);
    QSqlDatabase db() const { return m_file.db(); }

    SqliteFile m_file;
    bool m_rebuilt = false;
    bool m_verified = false;
    StatementHook m_statementHook;
};

} // namespace mygas
