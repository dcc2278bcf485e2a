#include "ReadingStore.h"

#include "AccountTypes.h"
#include "Clock.h"
#include "ErrorCatalog.h"
#include "Logging.h"
#include "ReadingRules.h"
#include "ReadingTypes.h"
#include "SectionKinds.h"

#include <QJsonDocument>
#include <QSqlError>

#include <optional>

namespace mygas::server {

namespace {
constexpr int kMaxCachedCompanies = 64;

// Taking the next version first also takes the counter's row lock (the
// database's write lock on SQLite): the meters read next are the latest
// committed ones, and two submissions for one meter are judged one after the other.
const QString kBump = QStringLiteral("UPDATE change_counter SET value = value + 1 WHERE id = 1 RETURNING value");
// The company's rules and every meter of the account in one read.
const QString kMeters = QStringLiteral(
    "SELECT c.data, m.id, m.capacity_digits, m.last_reading, m.last_reading_date, m.next_verification_date, m.state "
    "FROM accounts a JOIN companies c ON c.id = a.company_id LEFT JOIN meters m ON m.account_id = a.id "
    "WHERE a.id = ?");
const QString kInsertReading = QStringLiteral(
    "INSERT INTO readings (id, account_id, meter_id, \"date\", \"value\", consumption, source, state, version) "
    "VALUES (?, ?, ?, ?, ?, ?, 'online', 'accepted', ?)");
// The year the average is taken over (readings_meter index).
const QString kRecentReadings = QStringLiteral(
    "SELECT \"date\", consumption, state FROM readings WHERE meter_id = ? AND \"date\" > ? AND \"date\" <= ?");
const QString kUpdateMeter = QStringLiteral("UPDATE meters SET last_reading = ?, last_reading_date = ?, "
                                            "avg_monthly_m3 = ?, version = ? WHERE id = ?");

bool run(QSqlQuery* q, const QString& sql)
{
    if (q && q->exec())
        return true;
    qCWarning(lcDb) << "query failed:" << sql << (q ? q->lastError().text() : QStringLiteral("cannot prepare"));
    return false;
}

QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
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

bool ReadingStore::addReading(qint64 accountId, const QString& meterId, const QString& readingId, const QDate& today,
                              qint64 value, qint64 consumption, qint64 version) const
{
    QSqlQuery* insert = m_db.prepared(kInsertReading);
    if (insert) {
        const QVariantList args{readingId, accountId, meterId, isoDate(today), value, consumption, version};
        for (int i = 0; i < args.size(); ++i)
            insert->bindValue(i, args[i]);
    }
    if (!run(insert, kInsertReading))
        return false;
    insert->finish();

    // The average over the year up to today, the new reading included.
    QSqlQuery* recent = m_db.prepared(kRecentReadings);
    if (recent) {
        recent->bindValue(0, meterId);
        recent->bindValue(1, isoDate(today.addYears(-1)));
        recent->bindValue(2, isoDate(today));
    }
    if (!run(recent, kRecentReadings))
        return false;
    QList<Reading> readings;
    while (recent->next()) {
        Reading r;
        r.date = dateOf(recent->value(0));
        r.consumption = recent->value(1).toLongLong();
        r.state = recent->value(2).toString();
        readings.append(r);
    }
    recent->finish();
    const double average = rules::averageMonthlyConsumption(readings, today);

    QSqlQuery* update = m_db.prepared(kUpdateMeter);
    if (update) {
        const QVariantList args{value, isoDate(today), average, version, meterId};
        for (int i = 0; i < args.size(); ++i)
            update->bindValue(i, args[i]);
    }
    if (!run(update, kUpdateMeter))
        return false;
    update->finish();
    return true;
}

ReadingStore::Outcome ReadingStore::submit(const ReadingSubmission& s, QByteArray* answer) const
{
    std::optional<Transaction> tx;
    tx.emplace(m_db);
    if (!tx->ok())
        return Outcome::Failed;
    QSqlQuery* bump = m_db.prepared(kBump);
    if (!run(bump, kBump) || !bump->next())
        return Outcome::Failed;
    const qint64 version = bump->value(0).toLongLong();
    bump->finish();

    QSqlQuery* read = m_db.prepared(kMeters);
    if (read)
        read->bindValue(0, s.accountId);
    if (!run(read, kMeters))
        return Outcome::Failed;
    QString companyData;
    QHash<QString, Meter> meters;
    while (read->next()) {
        companyData = read->value(0).toString();
        if (read->value(1).isNull())
            continue; // an account without meters
        Meter m;
        m.id = read->value(1).toString();
        m.capacityDigits = read->value(2).toInt();
        m.lastReading = read->value(3).toLongLong();
        m.lastReadingDate = dateOf(read->value(4));
        m.nextVerificationDate = dateOf(read->value(5));
        m.state = read->value(6).toString();
        meters.insert(m.id, m);
    }
    read->finish();
    if (companyData.isEmpty())
        return Outcome::Failed; // the gate saw the account a moment ago
    const Company& gasCompany = company(companyData);

    const QDate today = rules::providerToday();
    ReadingAnswer out;
    int accepted = 0;
    for (int i = 0; i < s.items.size(); ++i) {
        const SubmittedItem& item = s.items[i];
        ReadingResult r;
        r.meterId = item.meterId;
        const auto meter = meters.constFind(item.meterId);
        if (meter == meters.constEnd()) {
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
        r.readingId = rowId(s.accountId, QStringLiteral("online-%1-%2").arg(version).arg(i + 1));
        if (!addReading(s.accountId, meter->id, r.readingId, today, item.value, check.consumption, version))
            return Outcome::Failed;
        ++accepted;
        out.results.append(r);
    }
    *answer = QJsonDocument(out.toJson()).toJson(QJsonDocument::Compact);

    if (accepted == 0) {
        // Nothing changed: store only the answer, without a new version.
        tx.reset();
        tx.emplace(m_db);
        if (!tx->ok())
            return Outcome::Failed;
    }
    const StoredAnswer stored{s.requestHash, 200, *answer};
    switch (m_keys.save(s.userId, s.idempotencyKey, stored, Clock::now().toSecsSinceEpoch())) {
    case IdempotencyStore::Saved::Done:
        break;
    case IdempotencyStore::Saved::Taken:
        return Outcome::KeyTaken;
    case IdempotencyStore::Saved::Failed:
        return Outcome::Failed;
    }
    return tx->commit() ? Outcome::Answered : Outcome::Failed;
}

} // namespace mygas::server
