#include "server/readings/ReadingStore.h"

#include "models/accounts/AccountRules.h"
#include "models/accounts/AccountTypes.h"
#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "models/core/WireFields.h"
#include "models/readings/ReadingRules.h"
#include "models/readings/ReadingTypes.h"
#include "server/app/Logging.h"
#include "server/db/MultiRow.h"
#include "server/sections/RowJson.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>

#include <algorithm>
#include <optional>

namespace mygas::server {

namespace {
constexpr int kMaxCachedCompanies = 64;

// Taking the next version first also takes the counter's row lock (the
// database's write lock on SQLite): the meters read next are the latest
// committed ones, and two submissions for one meter are judged one after the other.
const QString kBump = QStringLiteral("UPDATE change_counter SET value = value + 1 WHERE id = 1 RETURNING value");
// The companies' rules and every meter of the accounts in one read.
const QString kMeters = QStringLiteral(
    "SELECT a.id, c.data, m.id, m.capacity_digits, m.last_reading, m.last_reading_date, m.next_verification_date, "
    "m.state FROM accounts a JOIN companies c ON c.id = a.company_id LEFT JOIN meters m ON m.account_id = a.id "
    "WHERE a.id IN (SELECT column1 FROM {ROWS})");
const QString kInsert = QStringLiteral(
    "INSERT INTO readings (id, account_id, meter_id, \"date\", \"value\", consumption, source, state, version) "
    "SELECT column1, column2, column3, column4, column5, column6, 'online', 'accepted', column7 FROM {ROWS}");
const QStringList kInsertTypes = {QStringLiteral("TEXT"),  QStringLiteral("BIGINT"), QStringLiteral("TEXT"),
                                  QStringLiteral("TEXT"),  QStringLiteral("BIGINT"), QStringLiteral("BIGINT"),
                                  QStringLiteral("BIGINT")};
constexpr int kInsertColumns = 7;
const QStringList kIdTypes = {QStringLiteral("BIGINT")};
// The year the averages are taken over, for the accounts of the meters
// (readings_account index; an account has a few meters).
const QString kRecentReadings =
    QStringLiteral("SELECT meter_id, \"date\", consumption, state FROM readings WHERE \"date\" > ? AND \"date\" <= ? "
                   "AND account_id IN (SELECT column1 FROM {ROWS})");
// Several meters in one statement.
const QString kUpdate = QStringLiteral("UPDATE meters SET last_reading = v.column2, last_reading_date = v.column3, "
                                       "avg_monthly_m3 = v.column4, version = v.column5 FROM {ROWS} "
                                       "WHERE meters.id = v.column1");
const QStringList kUpdateTypes = {QStringLiteral("TEXT"), QStringLiteral("BIGINT"), QStringLiteral("TEXT"),
                                  QStringLiteral("DOUBLE PRECISION"), QStringLiteral("BIGINT")};

bool run(QSqlQuery* q, const QString& sql)
{
    if (q && q->exec())
        return true;
    qCWarning(lcDb) << "query failed:" << sql << (q ? q->lastError().text() : QStringLiteral("cannot prepare"));
    return false;
}

QString isoDate(const QDate& d)
{
    return d.toString(Qt::ISODate);
}
} // namespace

const Company& ReadingStore::company(const QString& data) const
{
    auto it = m_companies.constFind(data);
    if (it != m_companies.constEnd())
        return it.value();
    if (m_companies.size() >= kMaxCachedCompanies)
        m_companies.clear();
    return m_companies.insert(data, Company::fromJson(QJsonDocument::fromJson(data.toUtf8()).object())).value();
}

bool ReadingStore::loadMeters(const QList<const KeyedSubmission*>& batch, QHash<qint64, AccountMeters>* out) const
{
    QVariantList ids;
    QSet<qint64> seen;
    for (const KeyedSubmission* s : batch) {
        if (!seen.contains(s->accountId)) {
            seen.insert(s->accountId);
            ids.append(s->accountId);
        }
    }
    return selectRows(m_db, kMeters, {}, kIdTypes, ids, [out](const QSqlQuery& q) {
        AccountMeters& account = (*out)[q.value(0).toLongLong()];
        account.companyData = q.value(1).toString();
        if (q.value(2).isNull())
            return; // an account without meters
        // The columns the rules need, in the stored form of the wire type.
        Meter m;
        m.id = q.value(2).toString();
        wire::readStored(q.value(3), m.capacityDigits);
        wire::readStored(q.value(4), m.lastReading);
        wire::readStored(q.value(5), m.lastReadingDate);
        wire::readStored(q.value(6), m.nextVerificationDate);
        wire::readStored(q.value(7), m.state);
        account.meters.insert(m.id, m);
    });
}

bool ReadingStore::record(const QVariantList& readingRows, const QHash<QString, MeterMove>& moves, qint64 version) const
{
    QDate earliest, latest;
    for (const MeterMove& m : moves) {
        earliest = earliest.isValid() ? std::min(earliest, m.today) : m.today;
        latest = latest.isValid() ? std::max(latest, m.today) : m.today;
    }
    if (!execRows(m_db, kInsert, kInsertTypes, readingRows))
        return false;

    // The averages over the year up to today, the new readings included.
    QHash<QString, QList<Reading>> recent;
    QSet<qint64> accounts;
    for (qsizetype i = 1; i < readingRows.size(); i += kInsertColumns)
        accounts.insert(readingRows[i].toLongLong());
    const QVariantList accountIds(accounts.constBegin(), accounts.constEnd());
    const bool read = selectRows(m_db, kRecentReadings, {isoDate(earliest.addYears(-1)), isoDate(latest)}, kIdTypes,
                                 accountIds, [&recent](const QSqlQuery& q) {
                                     Reading r;
                                     wire::readStored(q.value(1), r.date);
                                     wire::readStored(q.value(2), r.consumption);
                                     wire::readStored(q.value(3), r.state);
                                     recent[q.value(0).toString()].append(r);
                                 });
    if (!read)
        return false;
    QVariantList updates;
    for (auto it = moves.constBegin(); it != moves.constEnd(); ++it) {
        QList<Reading>& readings = recent[it.key()];
        std::sort(readings.begin(), readings.end(), [](const Reading& a, const Reading& b) { return a.date < b.date; });
        const QDate today = it->today;
        updates << it.key() << it->value << isoDate(today) << rules::averageMonthlyConsumption(readings, today)
                << version;
    }
    return execRows(m_db, kUpdate, kUpdateTypes, updates);
}

bool ReadingStore::saveAnswers(const QList<const KeyedSubmission*>& batch, const QList<QByteArray>& answers,
                               bool* allSaved) const
{
    QList<IdempotencyStore::Entry> entries;
    entries.reserve(batch.size());
    for (int i = 0; i < batch.size(); ++i)
        entries.append({batch[i]->userId, batch[i]->idempotencyKey, {batch[i]->requestHash, 200, answers[i]}});
    const IdempotencyStore::Saved saved = m_keys.save(entries, Clock::now().toSecsSinceEpoch());
    *allSaved = saved == IdempotencyStore::Saved::Done;
    return saved != IdempotencyStore::Saved::Failed;
}

ReadingStore::Outcome ReadingStore::submit(const KeyedSubmission& s, QByteArray* answer) const
{
    QList<QByteArray> answers;
    const Outcome outcome = submit(QList<const KeyedSubmission*>{&s}, &answers);
    if (outcome == Outcome::Answered)
        *answer = answers.value(0);
    return outcome;
}

ReadingStore::Outcome ReadingStore::submit(const QList<const KeyedSubmission*>& batch, QList<QByteArray>* answers) const
{
    answers->clear();
    std::optional<Transaction> tx;
    tx.emplace(m_db);
    if (!tx->ok())
        return Outcome::Failed;
    QSqlQuery* bump = m_db.prepared(kBump);
    if (!run(bump, kBump) || !bump->next())
        return Outcome::Failed;
    const qint64 version = bump->value(0).toLongLong();
    bump->finish();

    QHash<qint64, AccountMeters> accounts;
    if (!loadMeters(batch, &accounts))
        return Outcome::Failed;

    QVariantList readingRows;
    QHash<QString, MeterMove> moves; // by meter, the last value accepted in this batch
    int sequence = 0;
    for (const KeyedSubmission* s : batch) {
        const auto account = accounts.find(s->accountId);
        if (account == accounts.end() || account->companyData.isEmpty())
            return Outcome::Failed; // the gate saw the account a moment ago
        const Company& gasCompany = company(account->companyData);
        const QDate today = rules::providerToday(gasCompany);
        ReadingAnswer out;
        for (const ReadingItem& item : s->items) {
            ReadingResult r;
            r.meterId = item.meterId;
            const auto meter = account->meters.find(item.meterId);
            if (meter == account->meters.end()) {
                r.error = rules::readingError(QString::fromLatin1(errc::MeterNotFound), Meter{}, gasCompany, today);
                out.results.append(r);
                continue;
            }
            // A fraction or a negative number is judged as -1: the rules refuse it
            // as reading_not_integer after the checks that come before the value.
            const rules::ReadingCheck check =
                rules::checkReading(*meter, gasCompany, item.integral ? item.value : -1, today);
            if (!check.ok()) {
                r.error = rules::readingError(check.code, *meter, gasCompany, today);
                out.results.append(r);
                continue;
            }
            r.accepted = true;
            r.consumption = check.consumption;
            // The version is the server's, so the id is unique; zero-padded, an
            // account's online readings sort in the order they came.
            r.readingId =
                rules::onlineRowId(QString::number(s->accountId),
                                   QStringLiteral("%1-%2").arg(version, 12, 10, QLatin1Char('0')).arg(++sequence));
            readingRows << r.readingId << s->accountId << meter->id << isoDate(today) << item.value << check.consumption
                        << version;
            // The next submission in this batch is judged against this reading.
            meter->lastReading = item.value;
            meter->lastReadingDate = today;
            moves.insert(meter->id, MeterMove{item.value, today});
            out.results.append(r);
        }
        answers->append(QJsonDocument(out.toJson()).toJson(QJsonDocument::Compact));
    }

    if (readingRows.isEmpty()) {
        // Nothing changed: store only the answers, without a new version.
        tx.reset();
        tx.emplace(m_db);
        if (!tx->ok())
            return Outcome::Failed;
    } else if (!record(readingRows, moves, version)) {
        return Outcome::Failed;
    }
    bool allSaved = false;
    if (!saveAnswers(batch, *answers, &allSaved))
        return Outcome::Failed;
    if (!allSaved)
        return Outcome::KeyTaken;
    return tx->commit() ? Outcome::Answered : Outcome::Failed;
}

} // namespace mygas::server
