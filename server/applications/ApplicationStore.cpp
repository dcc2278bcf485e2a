#include "server/applications/ApplicationStore.h"

#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "models/core/WireFields.h"
#include "server/app/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace mygas::server {

namespace {
QString jsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString surveyText(const QList<applications::SurveyReply>& survey)
{
    QJsonArray a;
    for (const applications::SurveyReply& r : survey)
        a.append(r.toJson());
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// A column NOT NULL takes an empty text, never a null QString (bound as NULL).
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
} // namespace

bool ApplicationStore::run(const QString& sql, const QVariantList& values, int* affected) const
{
    QSqlQuery* q = m_db.prepared(sql);
    if (!q)
        return false;
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values[i]);
    if (!q->exec()) {
        qCWarning(lcDb) << "query failed:" << sql << q->lastError().text();
        q->finish();
        return false;
    }
    if (affected)
        *affected = q->numRowsAffected();
    q->finish();
    return true;
}

bool ApplicationStore::add(const ContractApplication& a, qint64 userId) const
{
    return run(
        QStringLiteral("INSERT INTO applications (id, user_id, company_id, type, status, form, history, "
                       "created_at, updated_at, submitted_at, version, survey) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?)"),
        {a.id, userId, a.companyId, a.type, a.status, jsonText(a.form), wire::storedOf(a.history), a.createdAt,
         a.updatedAt, notNull(a.submittedAt), a.version, surveyText(a.survey)});
}

Result<QList<StoredApplication>> ApplicationStore::select(const QString& where, const QVariantList& args) const
{
    const QString sql =
        QStringLiteral("SELECT a.id, a.user_id, u.login, a.company_id, a.type, a.status, a.form, "
                       "a.history, a.created_at, a.updated_at, a.submitted_at, a.version, a.survey, a.files "
                       "FROM applications a JOIN users u ON u.id = a.user_id %1")
            .arg(where);
    QSqlQuery* q = m_db.prepared(sql);
    if (!q)
        return makeError(errc::Internal, {}, 500);
    for (int i = 0; i < args.size(); ++i)
        q->bindValue(i, args[i]);
    if (!q->exec()) {
        qCWarning(lcDb) << "query failed:" << sql << q->lastError().text();
        q->finish();
        return makeError(errc::Internal, {}, 500);
    }
    QList<StoredApplication> out;
    while (q->next()) {
        StoredApplication s;
        ContractApplication& a = s.application;
        a.id = q->value(0).toString();
        s.userId = q->value(1).toLongLong();
        s.applicant = q->value(2).toString();
        a.companyId = q->value(3).toString();
        a.type = q->value(4).toString();
        a.status = q->value(5).toString();
        a.form = QJsonDocument::fromJson(q->value(6).toString().toUtf8()).object();
        wire::readStored(q->value(7), a.history);
        a.createdAt = q->value(8).toString();
        a.updatedAt = q->value(9).toString();
        a.submittedAt = q->value(10).toString();
        a.version = q->value(11).toLongLong();
        for (const QJsonValue& v : QJsonDocument::fromJson(q->value(12).toString().toUtf8()).array())
            a.survey.append(applications::SurveyReply::fromJson(v.toObject()));
        wire::readStored(q->value(13), a.files);
        out.append(s);
    }
    q->finish();
    return out;
}

Result<StoredApplication> ApplicationStore::find(const QString& id) const
{
    const Result<QList<StoredApplication>> found = select(QStringLiteral("WHERE a.id = ?"), {id});
    if (!found.ok())
        return found.error();
    if (found.value().isEmpty())
        return makeError(errc::ApplicationNotFound, {}, 404);
    return found.value().first();
}

Result<QList<StoredApplication>> ApplicationStore::ofUser(qint64 userId) const
{
    return select(QStringLiteral("WHERE a.user_id = ? ORDER BY a.created_at DESC, LENGTH(a.id) DESC, a.id DESC"),
                  {userId});
}

Result<QList<StoredApplication>> ApplicationStore::ofCompany(const ApplicationFilter& f) const
{
    // An empty status or type matches all (a null QString is bound as NULL);
    // a draft is the person's alone.
    return select(QStringLiteral("WHERE a.company_id = ? AND a.status <> ? AND (COALESCE(?, '') = '' OR "
                                 "a.status = ?) AND (COALESCE(?, '') = '' OR a.type = ?) "
                                 "ORDER BY a.submitted_at DESC, LENGTH(a.id) DESC, a.id DESC LIMIT ?"),
                  {f.companyId, QLatin1String(applications::kDraft), f.status, f.status, f.type, f.type, f.limit});
}

Result<int> ApplicationStore::countOfUser(qint64 userId) const
{
    QSqlQuery* q = m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM applications WHERE user_id = ?"));
    if (!q)
        return makeError(errc::Internal, {}, 500);
    q->bindValue(0, userId);
    if (!q->exec() || !q->next()) {
        q->finish();
        return makeError(errc::Internal, {}, 500);
    }
    const int n = q->value(0).toInt();
    q->finish();
    return n;
}

bool ApplicationStore::update(const ContractApplication& a, qint64 version, bool* written) const
{
    int affected = 0;
    const bool ok = run(QStringLiteral("UPDATE applications SET status = ?, form = ?, history = ?, updated_at = ?, "
                                       "submitted_at = ?, version = ?, files = ? WHERE id = ? AND version = ?"),
                        {a.status, jsonText(a.form), wire::storedOf(a.history), a.updatedAt, notNull(a.submittedAt),
                         a.version, wire::storedOf(a.files), a.id, version},
                        &affected);
    *written = affected == 1;
    return ok;
}

bool ApplicationStore::remove(const QString& id, qint64 version, bool* removed) const
{
    int affected = 0;
    const bool ok = run(QStringLiteral("DELETE FROM applications WHERE id = ? AND version = ? AND status = ?"),
                        {id, version, QLatin1String(applications::kDraft)}, &affected);
    *removed = affected == 1;
    return ok;
}

} // namespace mygas::server
