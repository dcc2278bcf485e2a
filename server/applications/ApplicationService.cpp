#include "server/applications/ApplicationService.h"

#include "models/applications/ApplicationRules.h"
#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "server/app/Logging.h"
#include "server/db/ChangeLog.h"
#include "server/directory/CompanyCalendar.h"

#include <QJsonDocument>

namespace mygas::server {

namespace {
QString nowText()
{
    return Clock::now().toString(Qt::ISODate);
}

// The form and the version a save or a submission names.
struct Saving
{
    QJsonObject form;
    qint64 version = 0;
    std::optional<QStringList> files; // the uploads it holds, when named
};
Result<Saving> readSaving(const QJsonObject& body)
{
    std::optional<QStringList> files;
    const QJsonValue named = body.value(QLatin1String("files"));
    if (!named.isUndefined()) {
        if (!named.isArray())
            return makeError(errc::FieldType, QStringLiteral("files"), 400);
        files.emplace();
        for (const QJsonValue& v : named.toArray()) {
            if (!v.isString())
                return makeError(errc::FieldType, QStringLiteral("files"), 400);
            files->append(v.toString());
        }
    }
    const QJsonValue form = body.value(QLatin1String("form"));
    if (!form.isObject())
        return makeError(errc::FieldType, QStringLiteral("form"), 400);
    const QJsonValue version = body.value(QLatin1String("version"));
    if (!version.isDouble())
        return makeError(errc::FieldType, QStringLiteral("version"), 400);
    return Saving{form.toObject(), version.toInteger(), files};
}

IncomingApplication incomingOf(const StoredApplication& s)
{
    return {s.application, s.applicant};
}
} // namespace

ApplicationService::ApplicationService(const Database& db, const CompanyCalendar& calendar)
    : m_db(db), m_calendar(calendar), m_store(db), m_keys(db), m_files(db)
{
}

bool ApplicationService::sameFiles(const ContractApplication& stored, const std::optional<QStringList>& files)
{
    if (!files)
        return true;
    QStringList held;
    for (const FileInfo& f : stored.files)
        held.append(f.id);
    return held == *files;
}

Result<ContractApplication> ApplicationService::withFiles(qint64 userId, ContractApplication changed,
                                                          const std::optional<QStringList>& files) const
{
    if (!files)
        return changed;
    // Inside the write's transaction: the files are taken with the save.
    const Result<QList<FileInfo>> held =
        m_files.replace({userId, 0, changed.companyId}, changed.files, *files, changed.id);
    if (!held.ok())
        return held.error();
    changed.files = held.value();
    return changed;
}

Result<StoredApplication> ApplicationService::own(qint64 userId, const QString& id) const
{
    const Result<StoredApplication> found = m_store.find(id);
    if (found.ok() && found.value().userId != userId)
        return makeError(errc::ApplicationNotFound, {}, 404);
    return found;
}

Result<StoredApplication> ApplicationService::sent(const QString& companyId, const QString& id) const
{
    const Result<StoredApplication> found = m_store.find(id);
    if (found.ok() && (found.value().application.companyId != companyId ||
                       found.value().application.status == QLatin1String(applications::kDraft)))
        return makeError(errc::ApplicationNotFound, {}, 404);
    return found;
}

Result<ContractApplication> ApplicationService::write(const StoredApplication& stored, ContractApplication changed,
                                                      std::optional<Transaction>& tx) const
{
    if (!tx)
        tx.emplace(m_db);
    if (!tx->ok())
        return makeError(errc::Internal, {}, 500);
    changed.version = changelog::bump(m_db);
    if (changed.version == 0)
        return makeError(errc::Internal, {}, 500);
    bool written = false;
    if (!m_store.update(changed, stored.application.version, &written))
        return makeError(errc::Internal, {}, 500);
    if (!written)
        return makeError(errc::ApplicationChanged, {}, 409);
    return changed;
}

Result<StoredAnswer> ApplicationService::answerOnce(const Keyed& r, const Result<ContractApplication>& done,
                                                    std::optional<Transaction>& tx, int status) const
{
    if (!done.ok()) {
        // The same request sent twice at once: the first one took the step.
        tx.reset();
        const Result<std::optional<StoredAnswer>> earlier = m_keys.lookup(r.userId, r.idempotencyKey);
        if (earlier.ok() && earlier.value() && earlier.value()->requestHash == r.requestHash)
            return *earlier.value();
        return done.error();
    }
    const StoredAnswer answer{r.requestHash, status,
                              QJsonDocument(done.value().toJson()).toJson(QJsonDocument::Compact)};
    bool fresh = false;
    const Result<StoredAnswer> result =
        m_keys.commitWith(tx, {r.userId, r.idempotencyKey, answer}, Clock::now().toSecsSinceEpoch(), &fresh);
    if (fresh)
        qCInfo(lcServer) << "application" << done.value().id << done.value().type << "now" << done.value().status;
    return result;
}

Result<StoredAnswer> ApplicationService::create(const Keyed& r) const
{
    const Result<rules::NewApplication> read = rules::readNewApplication(r.body);
    if (!read.ok())
        return read.error();
    const Company company = m_calendar.company(read.value().companyId);
    if (company.id.isEmpty())
        return makeError(errc::CompanyNotFound, QStringLiteral("company_id"), 400);
    if (read.value().type == QLatin1String(applications::kConnection) && !company.applicationsEnabled)
        return makeError(errc::ConnectionNotAccepted, QStringLiteral("company_id"), 409);
    // A connection application follows the company's survey as it is now;
    // other types have none.
    const applications::ConnectionSurvey survey =
        read.value().type == QLatin1String(applications::kConnection)
            ? applications::ConnectionSurvey::fromJson(company.connectionSurvey)
            : applications::ConnectionSurvey{};
    const Result<QList<applications::SurveyReply>> replies = applications::walkSurvey(survey, read.value().survey);
    if (!replies.ok())
        return replies.error();
    const Result<int> count = m_store.countOfUser(r.userId);
    if (!count.ok())
        return count.error();
    if (count.value() >= applications::kMaxPerUser)
        return makeError(errc::ApplicationLimit, {}, 409);

    std::optional<Transaction> tx;
    tx.emplace(m_db);
    if (!tx->ok())
        return makeError(errc::Internal, {}, 500);
    ContractApplication a;
    a.version = changelog::bump(m_db);
    if (a.version == 0)
        return makeError(errc::Internal, {}, 500);
    // One application a writing transaction: the version names it.
    a.id = QLatin1String(applications::kIdPrefix) + QString::number(a.version);
    a.companyId = read.value().companyId;
    a.type = read.value().type;
    a.status = QLatin1String(applications::kDraft);
    a.createdAt = a.updatedAt = nowText();
    a.form = read.value().form;
    a.survey = replies.value();
    if (!m_store.add(a, r.userId))
        return makeError(errc::Internal, {}, 500);
    return answerOnce(r, a, tx, 201);
}

Result<QList<ContractApplication>> ApplicationService::ofUser(qint64 userId) const
{
    const Result<QList<StoredApplication>> found = m_store.ofUser(userId);
    if (!found.ok())
        return found.error();
    QList<ContractApplication> out;
    for (const StoredApplication& s : found.value())
        out.append(s.application);
    return out;
}

Result<ContractApplication> ApplicationService::save(qint64 userId, const QString& id, const QJsonObject& body) const
{
    const Result<Saving> saving = readSaving(body);
    if (!saving.ok())
        return saving.error();
    const Result<StoredApplication> found = own(userId, id);
    if (!found.ok())
        return found.error();
    const ContractApplication& stored = found.value().application;
    if (stored.status != QLatin1String(applications::kDraft))
        return makeError(errc::ApplicationNotDraft, {}, 409);
    if (auto refused = rules::checkDraft(stored.type, saving.value().form))
        return *refused;
    // A save sent again after its answer was lost finds its own form there.
    if (stored.form == saving.value().form && sameFiles(stored, saving.value().files))
        return stored;
    if (stored.version != saving.value().version)
        return makeError(errc::ApplicationChanged, {}, 409);
    ContractApplication changed = stored;
    changed.form = saving.value().form;
    changed.updatedAt = nowText();
    std::optional<Transaction> tx;
    tx.emplace(m_db);
    const Result<ContractApplication> filed = withFiles(userId, changed, saving.value().files);
    if (!filed.ok())
        return filed.error();
    const Result<ContractApplication> done = write(found.value(), filed.value(), tx);
    if (!done.ok())
        return done.error();
    if (!tx->commit())
        return makeError(errc::Internal, {}, 500);
    return done;
}

std::optional<Error> ApplicationService::remove(qint64 userId, const QString& id) const
{
    const Result<StoredApplication> found = own(userId, id);
    if (!found.ok())
        return found.error();
    if (found.value().application.status != QLatin1String(applications::kDraft))
        return makeError(errc::ApplicationNotDraft, {}, 409);
    Transaction tx(m_db);
    bool removed = false;
    if (!tx.ok() || !m_store.remove(id, found.value().application.version, &removed))
        return makeError(errc::Internal, {}, 500);
    if (!removed)
        return makeError(errc::ApplicationChanged, {}, 409);
    // Its files are given back, and go within a day like any file nobody took.
    const ContractApplication& a = found.value().application;
    if (!m_files.replace({userId, 0, a.companyId}, a.files, {}, id).ok() || !tx.commit())
        return makeError(errc::Internal, {}, 500);
    qCInfo(lcServer) << "application" << id << "draft deleted";
    return std::nullopt;
}

Result<StoredAnswer> ApplicationService::submit(const Keyed& r) const
{
    const Result<Saving> saving = readSaving(r.body);
    if (!saving.ok())
        return saving.error();
    const Result<StoredApplication> found = own(r.userId, r.applicationId);
    if (!found.ok())
        return found.error();
    std::optional<Transaction> tx;
    const auto takeStep = [&]() -> Result<ContractApplication> {
        const ContractApplication& stored = found.value().application;
        if (stored.status != QLatin1String(applications::kDraft))
            return makeError(errc::ApplicationNotDraft, {}, 409);
        if (stored.version != saving.value().version &&
            (stored.form != saving.value().form || !sameFiles(stored, saving.value().files)))
            return makeError(errc::ApplicationChanged, {}, 409);
        if (auto refused = rules::checkComplete(stored.type, saving.value().form, m_calendar.today(stored.companyId)))
            return *refused;
        ContractApplication changed = stored;
        changed.form = saving.value().form;
        changed.status = QLatin1String(requests::kInProgress);
        changed.updatedAt = changed.submittedAt = nowText();
        changed.history.append({changed.status, changed.submittedAt, QLatin1String(requests::kAbonent), QString()});
        tx.emplace(m_db);
        const Result<ContractApplication> filed = withFiles(r.userId, changed, saving.value().files);
        if (!filed.ok())
            return filed.error();
        return write(found.value(), filed.value(), tx);
    };
    return answerOnce(r, takeStep(), tx, 200);
}

Result<StoredAnswer> ApplicationService::reply(const Keyed& r) const
{
    const Result<QString> words = rules::readReply(r.body);
    if (!words.ok())
        return words.error();
    const Result<QStringList> fileIds = rules::readFileIds(r.body);
    if (!fileIds.ok())
        return fileIds.error();
    const Result<StoredApplication> found = own(r.userId, r.applicationId);
    if (!found.ok())
        return found.error();
    std::optional<Transaction> tx;
    // The answer's files (the person's, for this company) and its step
    // commit together, or neither does.
    const auto takeStep = [&]() -> Result<ContractApplication> {
        if (found.value().application.status != QLatin1String(requests::kClarification))
            return makeError(errc::ReplyNotExpected, QStringLiteral("comment"), 409);
        ContractApplication changed = found.value().application;
        tx.emplace(m_db);
        const Result<QList<FileInfo>> files =
            m_files.attach({r.userId, 0, changed.companyId}, fileIds.value(), changed.id);
        if (!files.ok())
            return files.error();
        changed.status = QLatin1String(requests::kInProgress);
        changed.updatedAt = nowText();
        changed.history.append(
            {changed.status, changed.updatedAt, QLatin1String(requests::kAbonent), words.value(), files.value()});
        return write(found.value(), changed, tx);
    };
    return answerOnce(r, takeStep(), tx, 200);
}

Result<QList<IncomingApplication>> ApplicationService::incoming(const ApplicationFilter& filter) const
{
    const Result<QList<StoredApplication>> found = m_store.ofCompany(filter);
    if (!found.ok())
        return found.error();
    QList<IncomingApplication> out;
    for (const StoredApplication& s : found.value())
        out.append(incomingOf(s));
    return out;
}

Result<IncomingApplication> ApplicationService::incomingOne(const QString& companyId, const QString& id) const
{
    const Result<StoredApplication> found = sent(companyId, id);
    if (!found.ok())
        return found.error();
    return incomingOf(found.value());
}

Result<IncomingApplication> ApplicationService::changeStatus(const QString& companyId, const QString& id,
                                                             const QJsonObject& body) const
{
    const Result<rules::StatusChange> change = rules::readStatusChange(body);
    if (!change.ok())
        return change.error();
    const Result<StoredApplication> found = sent(companyId, id);
    if (!found.ok())
        return found.error();
    if (auto refused = rules::checkApplicationStatusChange(found.value().application.status, change.value()))
        return *refused;
    ContractApplication changed = found.value().application;
    changed.status = change.value().status;
    changed.updatedAt = nowText();
    changed.history.append(
        {changed.status, changed.updatedAt, QLatin1String(requests::kOperator), change.value().comment});
    std::optional<Transaction> tx;
    const Result<ContractApplication> done = write(found.value(), changed, tx);
    if (!done.ok())
        return done.error();
    if (!tx->commit())
        return makeError(errc::Internal, {}, 500);
    qCInfo(lcServer) << "application" << id << "now" << changed.status << "by operator";
    return IncomingApplication{done.value(), found.value().applicant};
}

} // namespace mygas::server
