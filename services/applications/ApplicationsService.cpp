#include "services/applications/ApplicationsService.h"

#include "models/applications/ApplicationRules.h"
#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "models/files/FileRules.h"
#include "models/readings/ReadingRules.h"
#include "services/cache/CacheStore.h"
#include "services/core/Logging.h"
#include "services/net/ApiClient.h"
#include "services/sync/SyncEngine.h"

#include <QJsonArray>
#include <QUrl>
#include <QUuid>

namespace mygas {

namespace {
using Pending = LocalApplication::Pending;

// Not judged (no network, the server down or busy): the same step goes out
// again later. Anything else the server said is final.
QStringList idsOf(const QList<FileInfo>& files)
{
    QStringList ids;
    for (const FileInfo& f : files)
        ids.append(f.id);
    return ids;
}

bool staysPending(const Error& e)
{
    const int s = e.httpStatus;
    return s == 0 || s >= 500 || s == 401 || s == 408 || s == 429;
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString pathOf(const QString& id, const char* tail = "")
{
    return QStringLiteral("/applications/") + QString::fromLatin1(QUrl::toPercentEncoding(id)) + QLatin1String(tail);
}

// The company's answers since what was known: the operator's entries.
int operatorEntries(const ContractApplication& a)
{
    return int(std::count_if(a.history.cbegin(), a.history.cend(),
                             [](const RequestEvent& e) { return e.author == QLatin1String(requests::kOperator); }));
}
} // namespace

ApplicationsService::ApplicationsService(ApiClient* api, CacheStore* cache, SyncEngine* sync, QObject* parent)
    : QObject(parent), m_api(api), m_cache(cache)
{
    if (sync)
        connect(sync, &SyncEngine::synced, this, &ApplicationsService::refresh);
}

QString ApplicationsService::storePathFor(const QString& cacheFilePath)
{
    return SqliteFile::besidePath(cacheFilePath, QStringLiteral(".applications.sqlite"));
}

Status ApplicationsService::open(const QString& filePath)
{
    m_primed = false;
    m_unseen.clear();
    const Status s = m_store.open(filePath);
    emit changed();
    if (s.ok())
        refresh(); // and then carries what waits
    return s;
}

void ApplicationsService::close()
{
    m_store.close();
    m_busy = false;
}

QDate ApplicationsService::todayOf(const QString& companyId) const
{
    const std::optional<Company> company = m_cache ? m_cache->company(companyId) : std::nullopt;
    return company ? rules::providerToday(*company) : rules::todayIn(QString::fromLatin1(kDefaultTimeZone));
}

QList<LocalApplication> ApplicationsService::items() const
{
    QList<LocalApplication> shown = m_store.all();
    shown.removeIf([](const LocalApplication& a) { return a.pending == Pending::Delete; });
    return shown;
}

Result<qint64> ApplicationsService::startDraft(const QString& companyId, const QString& type, const QJsonObject& form,
                                               const QList<applications::SurveyReply>& survey)
{
    LocalApplication a;
    a.application.companyId = companyId;
    a.application.type = type;
    a.application.form = form;
    a.application.survey = survey;
    a.application.status = QLatin1String(applications::kDraft);
    a.application.createdAt = a.application.updatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    a.pending = Pending::Save;
    a.createKey = newKey();
    qint64 id = 0;
    const Status stored = m_store.write(a, &id);
    if (!stored.ok())
        return stored.error();
    emit changed();
    push();
    return id;
}

Status ApplicationsService::saveDraft(qint64 localId, const QJsonObject& form)
{
    std::optional<LocalApplication> a = m_store.find(localId);
    if (!a || a->application.status != QLatin1String(applications::kDraft) || a->pending == Pending::Submit ||
        a->pending == Pending::Delete)
        return makeError(errc::ApplicationNotDraft);
    if (a->application.form == form)
        return Done{};
    a->application.form = form;
    a->application.updatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (a->pending == Pending::None)
        a->pending = Pending::Save;
    return keep(*a);
}

std::optional<Error> ApplicationsService::checkStep(qint64 localId, int step, const QJsonObject& form) const
{
    const std::optional<LocalApplication> a = m_store.find(localId);
    if (!a)
        return makeError(errc::ApplicationNotFound);
    if (auto refused = rules::checkDraft(a->application.type, form))
        return refused;
    return rules::checkStep(a->application.type, step, form, todayOf(a->application.companyId));
}

Status ApplicationsService::submit(qint64 localId, const QJsonObject& form)
{
    std::optional<LocalApplication> a = m_store.find(localId);
    if (!a || a->application.status != QLatin1String(applications::kDraft) || a->pending == Pending::Submit)
        return makeError(errc::ApplicationNotDraft);
    if (auto refused = rules::checkComplete(a->application.type, form, todayOf(a->application.companyId)))
        return *refused;
    a->application.form = form;
    a->pending = Pending::Submit;
    a->stepKey = newKey();
    a->error = Error{};
    return keep(*a);
}

Status ApplicationsService::reply(qint64 localId, const QString& text, const QList<Attachment>& files)
{
    std::optional<LocalApplication> a = m_store.find(localId);
    if (!a || a->application.status != QLatin1String(requests::kClarification) || a->pending != Pending::None)
        return makeError(errc::ReplyNotExpected);
    const Result<QString> words = rules::readReply({{QStringLiteral("comment"), text}});
    if (!words.ok())
        return words.error();
    QList<qint64> sizes;
    for (const Attachment& f : files) {
        std::optional<Error> refused = files::checkAttachment(f.name, f.data);
        if (!refused)
            refused = files::checkAttachmentCount(sizes, f.data.size());
        if (refused)
            return *refused;
        sizes.append(f.data.size());
    }
    a->replyFiles.clear();
    for (const Attachment& f : files) {
        const Result<QString> id = m_store.addFile(localId, f.data);
        if (!id.ok())
            return id.error();
        a->replyFiles.append(FileInfo{id.value(), f.name, files::typeOfContent(f.data), f.data.size(), QString()});
    }
    a->pending = Pending::Reply;
    a->replyText = text;
    a->stepKey = newKey();
    a->error = Error{};
    return keep(*a);
}

Status ApplicationsService::remove(qint64 localId)
{
    std::optional<LocalApplication> a = m_store.find(localId);
    if (!a || a->application.status != QLatin1String(applications::kDraft) || a->pending == Pending::Submit)
        return makeError(errc::ApplicationNotDraft);
    // Deleted on the server; a draft whose making was never answered is made
    // first (its key finds it if it was made), so none is left behind there.
    a->pending = Pending::Delete;
    return keep(*a);
}

Status ApplicationsService::keep(const LocalApplication& item)
{
    const Status stored = m_store.write(item);
    if (stored.ok()) {
        emit changed();
        push();
    }
    return stored;
}

void ApplicationsService::push()
{
    if (m_busy || !isOpen() || !m_api)
        return;
    const QList<LocalApplication> all = m_store.all();
    for (auto it = all.crbegin(); it != all.crend(); ++it) { // oldest first
        if (it->pending != Pending::None) {
            m_busy = true;
            send(*it);
            return;
        }
    }
}

void ApplicationsService::send(const LocalApplication& a)
{
    const qint64 id = a.localId;
    const QJsonObject form = a.application.form;
    // A draft's files go first, each whole on the server before the save
    // or the submission that names it.
    if (!a.application.id.isEmpty() && a.pending != Pending::Delete && a.pending != Pending::None) {
        for (const FileInfo& f : a.pending == Pending::Reply ? a.replyFiles : a.application.files) {
            if (f.id.startsWith(QLatin1String(kLocalFile)))
                return uploadFile(a, f);
        }
    }
    // A new draft is made without its files; the save after it names them.
    const QStringList files = a.application.id.isEmpty() ? QStringList() : idsOf(a.application.files);
    const auto answer = [this, id, form, files](Pending step) {
        return [this, id, form, files, step](const Result<QJsonDocument>& r) { onAnswer(id, step, form, files, r); };
    };
    if (a.application.id.isEmpty()) {
        // Made on the server with the form as typed; the same key again
        // after a lost answer finds the same draft.
        QJsonArray survey;
        for (const applications::SurveyReply& r : a.application.survey)
            survey.append(r.toJson());
        const QJsonObject body{{QStringLiteral("company_id"), a.application.companyId},
                               {QStringLiteral("type"), a.application.type},
                               {QStringLiteral("form"), form},
                               {QStringLiteral("survey"), survey}};
        m_api->postIdempotent(QStringLiteral("/applications"), body, a.createKey, this, answer(Pending::None));
        return;
    }
    const QJsonObject saving{{QStringLiteral("form"), form},
                             {QStringLiteral("version"), a.application.version},
                             {QStringLiteral("files"), QJsonArray::fromStringList(files)}};
    switch (a.pending) {
    case Pending::Save:
        m_api->put(pathOf(a.application.id), saving, this, answer(Pending::Save));
        break;
    case Pending::Submit:
        m_api->postIdempotent(pathOf(a.application.id, "/submit"), saving, a.stepKey, this, answer(Pending::Submit));
        break;
    case Pending::Reply:
        m_api->postIdempotent(pathOf(a.application.id, "/replies"),
                              {{QStringLiteral("comment"), a.replyText},
                               {QStringLiteral("files"), QJsonArray::fromStringList(idsOf(a.replyFiles))}},
                              a.stepKey, this, answer(Pending::Reply));
        break;
    case Pending::Delete:
        m_api->remove(pathOf(a.application.id), this, answer(Pending::Delete));
        break;
    case Pending::None:
        m_busy = false;
        break;
    }
}

void ApplicationsService::uploadFile(const LocalApplication& a, const FileInfo& f)
{
    const qint64 id = a.localId;
    const QString fileId = f.id;
    const QString upload = m_store.uploadOf(fileId);
    const auto onState = [this, id, fileId](const Result<QJsonDocument>& r) { uploaded(id, fileId, r); };
    if (upload.isEmpty())
        m_api->post(QStringLiteral("/uploads"),
                    {{QStringLiteral("name"), f.name},
                     {QStringLiteral("size"), double(f.size)},
                     {QStringLiteral("company_id"), a.application.companyId}},
                    this, onState);
    else // where the server is, after an interruption
        m_api->get(QStringLiteral("/uploads/") + upload, this, onState);
}

void ApplicationsService::uploaded(qint64 localId, const QString& fileId, const Result<QJsonDocument>& reply)
{
    if (!reply.ok()) {
        const Error& e = reply.error();
        m_busy = false;
        if (staysPending(e))
            return; // the next sync round goes on
        if (e.code == QLatin1String(errc::UploadNotFound)) {
            // Gone from the server (begun more than a day ago): begun again.
            m_store.setUpload(fileId, {});
            return push();
        }
        if (e.code == QLatin1String(errc::UploadOffsetMismatch))
            return push(); // a part sent before and answered then: ask where the server is
        return refuse(localId, e);
    }
    const UploadState state = UploadState::fromJson(reply.value().object());
    if (m_store.uploadOf(fileId).isEmpty() && !m_store.setUpload(fileId, state.id).ok())
        return refuse(localId, makeError(errc::CacheFailed));
    if (!state.complete) {
        // One part in memory at a time, read from the file beside the cache.
        const QByteArray part = m_store.fileData(fileId).mid(state.received, files::kPartBytes);
        m_api->putBytes(QStringLiteral("/uploads/%1?offset=%2").arg(state.id).arg(state.received), part, this,
                        [this, localId, fileId](const Result<QJsonDocument>& r) { uploaded(localId, fileId, r); });
        return;
    }
    // Whole on the server: the entry takes the server's id (unless the
    // person took the file off meanwhile).
    m_busy = false;
    std::optional<LocalApplication> a = m_store.find(localId);
    // The entry in the draft's files or in the waiting answer's.
    FileInfo* entry = nullptr;
    if (a) {
        for (QList<FileInfo>* list : {&a->application.files, &a->replyFiles}) {
            for (FileInfo& f : *list) {
                if (f.id == fileId)
                    entry = &f;
            }
        }
    }
    if (!entry) {
        m_store.removeFile(fileId);
        return push();
    }
    *entry = FileInfo{state.id, state.name, state.contentType, state.size, state.sha256};
    if (!m_store.renameFile(fileId, state.id).ok() || !m_store.write(*a).ok())
        return refuse(localId, makeError(errc::CacheFailed));
    push();
}

void ApplicationsService::refuse(qint64 localId, const Error& e)
{
    std::optional<LocalApplication> a = m_store.find(localId);
    if (a) {
        // The form stays here as typed, with the reason; the next edit or
        // step tries again.
        qCInfo(lcApplications) << "application step refused:" << e.code << e.field;
        a->pending = Pending::None;
        a->error = e;
        m_store.write(*a);
        emit refused(localId, e);
        if (e.code == QLatin1String(errc::ApplicationNotDraft))
            refresh();
    }
    emit changed();
    push();
}

Status ApplicationsService::addFile(qint64 localId, const QString& name, const QByteArray& data)
{
    std::optional<LocalApplication> a = m_store.find(localId);
    if (!a || a->application.status != QLatin1String(applications::kDraft) || a->pending == Pending::Submit ||
        a->pending == Pending::Delete)
        return makeError(errc::ApplicationNotDraft);
    QList<qint64> sizes;
    for (const FileInfo& f : a->application.files)
        sizes.append(f.size);
    std::optional<Error> refused = files::checkAttachment(name, data);
    if (!refused)
        refused = files::checkAttachmentCount(sizes, data.size());
    if (refused)
        return *refused;
    const Result<QString> id = m_store.addFile(localId, data);
    if (!id.ok())
        return id.error();
    a->application.files.append(FileInfo{id.value(), name, files::typeOfContent(data), data.size(), QString()});
    a->application.updatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (a->pending == Pending::None)
        a->pending = Pending::Save;
    return keep(*a);
}

Status ApplicationsService::removeFile(qint64 localId, const QString& fileId)
{
    std::optional<LocalApplication> a = m_store.find(localId);
    if (!a || a->application.status != QLatin1String(applications::kDraft) || a->pending == Pending::Submit ||
        a->pending == Pending::Delete)
        return makeError(errc::ApplicationNotDraft);
    a->application.files.removeIf([&fileId](const FileInfo& f) { return f.id == fileId; });
    m_store.removeFile(fileId);
    if (a->pending == Pending::None)
        a->pending = Pending::Save;
    return keep(*a);
}

void ApplicationsService::markSeen()
{
    if (m_unseen.isEmpty())
        return;
    m_unseen.clear();
    emit unseenChanged(0);
}

QByteArray ApplicationsService::fileData(const QString& fileId) const
{
    return m_store.fileData(fileId);
}

void ApplicationsService::onAnswer(qint64 localId, Pending step, const QJsonObject& sentForm,
                                   const QStringList& sentFiles, const Result<QJsonDocument>& reply)
{
    m_busy = false;
    std::optional<LocalApplication> a = m_store.find(localId);
    if (!a)
        return push();
    if (!reply.ok()) {
        const Error& e = reply.error();
        if (staysPending(e))
            return; // the next sync round carries it again
        if (step == Pending::Delete && e.httpStatus == 404) {
            m_store.remove(localId);
        } else if (e.code == QLatin1String(errc::ApplicationChanged)) {
            // Saved on another PC meanwhile: this PC's typing is the latest;
            // it goes over the server's version once the list is read.
            refresh();
            return;
        } else {
            return refuse(localId, e);
        }
        emit changed();
        return push();
    }
    if (step == Pending::Delete) {
        m_store.remove(localId);
        emit changed();
        return push();
    }
    const ContractApplication server = ContractApplication::fromJson(reply.value().object());
    const bool made = a->application.id.isEmpty();
    const QJsonObject typedNow = a->application.form;
    const QList<FileInfo> filesNow = a->application.files;
    a->application = server;
    a->error = Error{};
    if (made || step == Pending::Save) {
        // What was typed (and attached) while the step was on its way goes
        // next. A submission or a deletion asked for meanwhile stays asked for.
        a->application.form = typedNow;
        a->application.files = filesNow;
        for (FileInfo& f : a->application.files) {
            for (const FileInfo& held : server.files) {
                if (held.id == f.id)
                    f = held; // with the server's SHA-256
            }
        }
        const bool same = typedNow == sentForm && idsOf(filesNow) == sentFiles;
        if (a->pending == Pending::Save && same)
            a->pending = Pending::None;
        else if (a->pending == Pending::None && !same)
            a->pending = Pending::Save;
    } else {
        a->pending = Pending::None;
        a->stepKey.clear();
        a->replyText.clear();
        // The answer's files are the server's now; their bytes go.
        for (const FileInfo& f : std::exchange(a->replyFiles, {}))
            m_store.removeFile(f.id);
    }
    m_store.write(*a);
    emit changed();
    push();
}

void ApplicationsService::refresh()
{
    if (!isOpen() || !m_api)
        return;
    m_api->get(QStringLiteral("/applications"), this, [this](const Result<QJsonDocument>& r) {
        if (!r.ok())
            return;
        QList<ContractApplication> list;
        for (const QJsonValue& v : r.value().array())
            list.append(ContractApplication::fromJson(v.toObject()));
        merge(list);
        push();
    });
}

void ApplicationsService::merge(const QList<ContractApplication>& fromServer)
{
    QSet<QString> present;
    bool any = false;
    for (const ContractApplication& s : fromServer) {
        present.insert(s.id);
        std::optional<LocalApplication> local = m_store.findByServerId(s.id);
        if (!local) {
            LocalApplication a;
            a.application = s;
            m_store.write(a);
            any = true;
            continue;
        }
        if (local->application.version == s.version)
            continue;
        if (local->pending == Pending::Save) {
            // This PC's typing goes over the server's newer version.
            local->application.version = s.version;
        } else if (local->pending == Pending::None) {
            if (m_primed && operatorEntries(s) > operatorEntries(local->application)) {
                m_unseen.insert(s.id);
                emit statusChanged(s);
                emit unseenChanged(int(m_unseen.size()));
            }
            local->application = s;
        } else {
            continue; // a step on its way: its answer brings the news
        }
        m_store.write(*local);
        any = true;
    }
    // Deleted on another PC.
    for (const LocalApplication& a : m_store.all()) {
        if (!a.application.id.isEmpty() && !present.contains(a.application.id) && a.pending == Pending::None) {
            m_store.remove(a.localId);
            any = true;
        }
    }
    m_primed = true;
    if (any)
        emit changed();
}

} // namespace mygas
