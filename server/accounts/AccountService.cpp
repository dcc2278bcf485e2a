#include "server/accounts/AccountService.h"

#include "models/accounts/AccountRules.h"
#include "models/auth/AuthRules.h"
#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "server/accounts/PinIssuer.h"
#include "server/accounts/PinRequestStore.h"
#include "server/app/Logging.h"
#include "server/auth/RateWindow.h"
#include "server/notifications/NotificationOutbox.h"

#include <QJsonDocument>

namespace mygas::server {

namespace {
constexpr qint64 kAttemptWindowSec = 24 * 3600;

qint64 nowSec()
{
    return Clock::now().toSecsSinceEpoch();
}

Error err(const char* code, const QString& field, int status)
{
    return makeError(code, field, status);
}
} // namespace

AccountService::AccountService(const Database& db, NotificationOutbox& outbox, const CompanyCalendar& calendar)
    : m_db(db), m_outbox(outbox), m_store(db), m_view(db, calendar)
{
}

std::optional<Company> AccountService::company(const QString& id) const
{
    QSqlQuery q = m_db.newQuery();
    if (id.isEmpty() || !m_db.exec(q, QStringLiteral("SELECT data FROM companies WHERE id = ?"), {id}) || !q.next())
        return std::nullopt;
    return Company::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

Result<Account> AccountService::link(qint64 userId, const QString& companyId, const QString& number)
{
    const std::optional<Company> c = company(companyId);
    if (!c)
        return err(errc::CompanyNotFound, QStringLiteral("company_id"), 400);
    const QString problem = rules::checkAccountNumber(number, c->accountNumberRegex);
    if (!problem.isEmpty())
        return makeError(problem.toLatin1().constData(), QStringLiteral("number"), 400);
    const QString trimmed = number.trimmed();
    Transaction tx(m_db);
    const qint64 id = m_store.findId(c->id, trimmed);
    if (id == 0)
        return err(errc::AccountNumberUnknown, QStringLiteral("number"), 404);
    if (m_store.linked(userId, QString::number(id)))
        return err(errc::AccountAlreadyLinked, QStringLiteral("number"), 409);
    if (m_store.linkCount(userId) >= rules::kMaxAccounts)
        return err(errc::AccountLimit, {}, 409);
    if (!m_store.link(userId, id, nowSec()) || !tx.commit())
        return err(errc::Internal, {}, 500);
    qCInfo(lcServer) << "account" << id << "linked to user" << userId;
    const std::optional<Account> a = m_store.linked(userId, QString::number(id));
    if (!a)
        return err(errc::Internal, {}, 500);
    return *a;
}

Status AccountService::unlink(qint64 userId, const Account& account)
{
    Transaction tx(m_db);
    if (!m_store.unlink(userId, account.id.toLongLong()) || !tx.commit())
        return err(errc::Internal, {}, 500);
    return Done{};
}

Result<Account> AccountService::rename(qint64 userId, const Account& account, const QString& alias)
{
    const QString problem = rules::checkAlias(alias);
    if (!problem.isEmpty())
        return makeError(problem.toLatin1().constData(), QStringLiteral("alias"), 400);
    Transaction tx(m_db);
    if (!m_store.setAlias(userId, account.id.toLongLong(), alias.trimmed()) || !tx.commit())
        return err(errc::Internal, {}, 500);
    Account renamed = account;
    renamed.alias = alias.trimmed();
    return renamed;
}

Result<Access> AccountService::unlock(qint64 userId, const Account& account, const QString& method,
                                      const QString& answer)
{
    static const QStringList methods{QStringLiteral("meter_serial"), QStringLiteral("last_charge"),
                                     QStringLiteral("pin")};
    if (!methods.contains(method))
        return err(errc::ExtendedMethodInvalid, QStringLiteral("method"), 400);
    if (account.access == Access::Extended)
        return Access::Extended;
    const qint64 id = account.id.toLongLong();
    const qint64 now = nowSec();
    // Counted per user and per account: the account's budget is shared by
    // every login that tries it.
    const QList<qint64> mine = m_store.attemptsSince(userId, id, now - kAttemptWindowSec);
    const QList<qint64> all = m_store.accountAttemptsSince(id, now - kAttemptWindowSec);
    const qint64 until = qMax(windowFreesAt(mine, rules::kMaxExtendedAttemptsPerDay, kAttemptWindowSec),
                              windowFreesAt(all, rules::kMaxExtendedAttemptsPerAccountPerDay, kAttemptWindowSec));
    if (until > 0) {
        Error e = err(errc::ExtendedAttemptsExceeded, {}, 429);
        e.retryAfterSec = int(qMax<qint64>(1, until - now));
        e.message = rules::attemptsExceededMessage(e.retryAfterSec);
        return e;
    }
    const Result<bool> checked = check(account, method, answer);
    if (!checked.ok())
        return checked.error();
    const bool right = checked.value();
    Transaction tx(m_db);
    if (!right) {
        if (!m_store.recordAttempt(userId, id, now) || !tx.commit())
            return err(errc::Internal, {}, 500);
        qCInfo(lcServer) << "wrong control answer for account" << id << "by user" << userId;
        return err(errc::ExtendedAnswerWrong, QStringLiteral("answer"), 400);
    }
    if (!m_store.setAccess(userId, id, Access::Extended) || !tx.commit())
        return err(errc::Internal, {}, 500);
    qCInfo(lcServer) << "extended version of account" << id << "for user" << userId;
    return Access::Extended;
}

Result<bool> AccountService::check(const Account& account, const QString& method, const QString& answer) const
{
    const qint64 id = account.id.toLongLong();
    // A question the account cannot answer is refused whatever was typed,
    // so the refusal tells nothing of the secret and costs no attempt. Only
    // the company's data decides it: what a caller can put into the limited
    // version (an alias, a payment) must not change an answer's fate except
    // as that very answer, or a caller could ask the server whether a guess
    // is right without spending an attempt.
    auto unavailable = [&] {
        Error e = err(errc::ExtendedMethodUnavailable, QStringLiteral("method"), 400);
        e.message = rules::methodUnavailableMessage(method);
        return e;
    };
    QSet<QString> shown;
    if (!m_view.tokens(account, &shown))
        return err(errc::Internal, {}, 500);
    QString token = rules::answerToken(answer);
    if (method == QLatin1String("meter_serial")) {
        QStringList serials;
        if (!m_store.answerSerials(id, &serials))
            return err(errc::Internal, {}, 500);
        if (serials.isEmpty())
            return unavailable();
        if (shown.contains(token))
            return err(errc::ExtendedAnswerVisible, QStringLiteral("answer"), 400);
        return serials.contains(token);
    }
    if (method == QLatin1String("last_charge")) {
        qint64 total = 0;
        if (!m_store.lastCharge(id, &total))
            return err(errc::Internal, {}, 500);
        if (total <= 0)
            return unavailable();
        bool ok = false;
        const qint64 kop = token.toLongLong(&ok);
        if (ok)
            token = QString::number(kop); // «031472» is 31472
        if (shown.contains(token))
            return err(errc::ExtendedAnswerVisible, QStringLiteral("answer"), 400);
        return ok && kop == total;
    }
    bool hasPin = false;
    if (!m_store.hasPin(id, &hasPin))
        return err(errc::Internal, {}, 500);
    if (!hasPin)
        return unavailable();
    if (shown.contains(token))
        return err(errc::ExtendedAnswerVisible, QStringLiteral("answer"), 400);
    return m_store.pinMatches(id, answer);
}

Status AccountService::requestPin(qint64 userId, const Account& account, const QString& fullName, const QString& email,
                                  const QString& phone)
{
    if (fullName.trimmed().isEmpty())
        return err(errc::PinRequestInvalid, QStringLiteral("full_name"), 400);
    for (const auto& [field, text] : {std::pair{"full_name", fullName}, {"email", email}, {"phone", phone}}) {
        if (rules::hasControlCharacters(text))
            return err(errc::ControlCharacters, QString::fromLatin1(field), 400);
    }
    const rules::Login mail = rules::normalizeLogin(email);
    if (mail.kind != rules::LoginKind::Email)
        return err(errc::PinRequestInvalid, QStringLiteral("email"), 400);
    if (!phone.trimmed().isEmpty() && rules::normalizeLogin(phone).kind != rules::LoginKind::Phone)
        return err(errc::PinRequestInvalid, QStringLiteral("phone"), 400);
    const PinRequestStore requests(m_db);
    const qint64 accountId = account.id.toLongLong();
    const qint64 now = nowSec();
    qint64 id = 0;
    {
        Transaction tx(m_db);
        if (const int wait = requests.retryAfter(userId, accountId, now); wait > 0) {
            Error e = err(errc::TooManyAttempts, {}, 429);
            e.retryAfterSec = wait;
            return e;
        }
        PinRequest r;
        r.accountId = accountId;
        r.userId = userId;
        r.fullName = fullName.trimmed();
        r.email = mail.value;
        r.phone = phone.trimmed();
        if (r.phone.isNull())
            r.phone = QLatin1String(""); // the phone is optional; the column is NOT NULL
        r.createdAt = now;
        id = requests.add(r);
        if (id == 0 || !tx.commit())
            return err(errc::Internal, {}, 500);
    }
    qCInfo(lcServer) << "PIN request" << id << "recorded for account" << accountId;
    if (m_approvePinRequests) {
        if (const QString problem = approvePinRequest(m_db, m_outbox, id, now); !problem.isEmpty()) {
            qCWarning(lcServer) << problem;
            return err(errc::Internal, {}, 500);
        }
    }
    return Done{};
}

} // namespace mygas::server
