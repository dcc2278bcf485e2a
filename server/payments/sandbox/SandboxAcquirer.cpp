#include "server/payments/sandbox/SandboxAcquirer.h"

#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "models/payments/PaymentRules.h"
#include "models/readings/ReadingRules.h"
#include "server/app/Crypto.h"
#include "server/app/Logging.h"
#include "server/http/HtmlPage.h"
#include "server/http/HttpCompat.h"
#include "server/payments/AcquirerNotice.h"
#include "server/payments/sandbox/CardRules.h"
#include "server/payments/sandbox/SandboxPages.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrlQuery>

namespace mygas::server {

namespace {
using Method = QHttpServerRequest::Method;
constexpr const char* kHtml = "text/html; charset=utf-8";

// The test cards of docs/payments.md and what the bank answers for each; any
// other valid card of an accepted system pays.
QString testOutcome(const QString& pan)
{
    static const QHash<QString, const char*> outcomes = {
        {QStringLiteral("4000000000000002"), errc::InsufficientFunds},
        {QStringLiteral("4000000000000010"), errc::CardBlocked},
        {QStringLiteral("4000000000000028"), errc::CardForeign},
    };
    if (!sandbox::isAccepted(sandbox::cardNetwork(pan)))
        return QString::fromLatin1(errc::CardNetworkNotAccepted);
    const auto it = outcomes.constFind(pan);
    return it == outcomes.constEnd() ? QString() : QString::fromLatin1(it.value());
}

QHttpServerResponse html(const QByteArray& body,
                         QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok)
{
    QHttpServerResponse r(kHtml, body, status);
    // The bank's page is not kept by browsers or proxies, nor shown in a frame.
    compat::addHeader(r, "Cache-Control", "no-store");
    compat::addHeader(r, "X-Frame-Options", "DENY");
    return r;
}

QHttpServerResponse redirect(const QUrl& to)
{
    QHttpServerResponse r(QHttpServerResponder::StatusCode::SeeOther);
    compat::addHeader(r, "Location", to.toString(QUrl::FullyEncoded).toUtf8());
    compat::addHeader(r, "Cache-Control", "no-store");
    return r;
}

// A form post: application/x-www-form-urlencoded, '+' for a space.
QUrlQuery formOf(const QHttpServerRequest& request)
{
    QString body = QString::fromUtf8(request.body());
    body.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrlQuery(body);
}

QString formValue(const QUrlQuery& form, const char* name)
{
    return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).trimmed();
}

QString errorText(const char* code)
{
    return errorMessage(QString::fromLatin1(code));
}
} // namespace

struct SandboxAcquirer::Session
{
    QString id;
    QString orderId;
    qint64 amountKop = 0;
    QString binding;
    bool bindOnly = false;
    QUrl returnUrl;
    QString state; // card, code, done
    QString outcome;
    QString masked;
    QString network;
    QString expiry;
    bool saveCard = false;
};

SandboxAcquirer::SandboxAcquirer(const Database& db, QByteArray secret, Deliver deliver)
    : m_db(db), m_secret(std::move(secret)), m_deliver(std::move(deliver))
{
}

Result<QUrl> SandboxAcquirer::start(const Order& order, const QUrl& base)
{
    const QString id = crypto::randomToken(); // the page's address is its only key
    QString state = QStringLiteral("card");
    QString outcome, masked, network, expiry;
    if (!order.binding.isEmpty()) {
        // A bound card: its details are filled in, the code is asked.
        QSqlQuery q = m_db.newQuery();
        if (!m_db.exec(q, QStringLiteral("SELECT masked, network, expiry, outcome FROM sandbox_bindings WHERE id = ?"),
                       {order.binding}))
            return makeError(errc::Internal, {}, 500);
        if (!q.next())
            return makeError(errc::CardNotFound, {}, 404);
        masked = q.value(0).toString();
        network = q.value(1).toString();
        expiry = q.value(2).toString();
        outcome = q.value(3).toString();
        state = QStringLiteral("code");
    }
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("INSERT INTO sandbox_sessions (id, order_id, amount_kop, binding, bind_only, "
                                  "return_url, state, outcome, masked, network, expiry, created_at) "
                                  "VALUES (?, ?, ?, COALESCE(?, ''), ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), "
                                  "COALESCE(?, ''), COALESCE(?, ''), ?)"),
                   {id, order.orderId, order.amountKop, order.binding, order.bindOnly ? 1 : 0,
                    order.returnUrl.toString(QUrl::FullyEncoded), state, outcome, masked, network, expiry,
                    Clock::now().toSecsSinceEpoch()}))
        return makeError(errc::Internal, {}, 500);
    QUrl page = base;
    page.setPath(QStringLiteral("/acquirer/") + id);
    page.setQuery(QString());
    return page;
}

Status SandboxAcquirer::unbind(const QString& binding)
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q, QStringLiteral("DELETE FROM sandbox_bindings WHERE id = ?"), {binding}))
        return makeError(errc::Internal, {}, 500);
    return Done{};
}

CardOffer SandboxAcquirer::offer() const
{
    return {QStringLiteral("Публичная оферта Банка о привязке карты"),
            QStringLiteral(
                "1. Настоящая оферта тестового банка определяет условия привязки банковской карты к учетной записи "
                "личного кабинета «Мой газ» и оплаты услуг газовой компании привязанной картой.\n\n"
                "2. При привязке Банк сохраняет у себя данные карты; газовой компании и личному кабинету "
                "передаются только маскированный номер, платежная система и срок действия. Деньги при привязке "
                "не списываются.\n\n"
                "3. Каждая оплата привязанной картой подтверждается кодом 3-D Secure, который Банк направляет "
                "держателю карты.\n\n"
                "4. Держатель может удалить привязанную карту в разделе «Настройки» личного кабинета в любое время; "
                "Банк удаляет ее данные в тот же день.\n\n"
                "5. Нажимая «Зарегистрировать», держатель карты принимает условия настоящей оферты.")};
}

void SandboxAcquirer::registerRoutes(QHttpServer& server)
{
    server.route(QStringLiteral("/acquirer/<arg>"), Method::Get,
                 [this](const QString& id, const QHttpServerRequest&) { return show(id); });
    server.route(QStringLiteral("/acquirer/<arg>/card"), Method::Post,
                 [this](const QString& id, const QHttpServerRequest& r) { return submitCard(id, r); });
    server.route(QStringLiteral("/acquirer/<arg>/code"), Method::Post,
                 [this](const QString& id, const QHttpServerRequest& r) { return submitCode(id, r); });
}

std::optional<SandboxAcquirer::Session> SandboxAcquirer::load(const QString& id) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT order_id, amount_kop, binding, bind_only, return_url, state, outcome, "
                                  "masked, network, expiry, save_card FROM sandbox_sessions WHERE id = ?"),
                   {id}) ||
        !q.next())
        return std::nullopt;
    Session s;
    s.id = id;
    s.orderId = q.value(0).toString();
    s.amountKop = q.value(1).toLongLong();
    s.binding = q.value(2).toString();
    s.bindOnly = q.value(3).toInt() != 0;
    s.returnUrl = QUrl(q.value(4).toString());
    s.state = q.value(5).toString();
    s.outcome = q.value(6).toString();
    s.masked = q.value(7).toString();
    s.network = q.value(8).toString();
    s.expiry = q.value(9).toString();
    s.saveCard = q.value(10).toInt() != 0;
    return s;
}

QHttpServerResponse SandboxAcquirer::show(const QString& id)
{
    const std::optional<Session> s = load(id);
    if (!s)
        return html(http::messagePage(QStringLiteral("Страница не найдена"),
                                         QStringLiteral("Платёж не найден или его срок истёк.")),
                    QHttpServerResponder::StatusCode::NotFound);
    if (s->state == QLatin1String("done"))
        return redirect(s->returnUrl);
    if (s->state == QLatin1String("code")) {
        return html(
            sandbox::codePage({QStringLiteral("/acquirer/%1/code").arg(id), s->amountKop, s->masked, secureCode()}));
    }
    sandbox::CardForm form;
    form.action = QStringLiteral("/acquirer/%1/card").arg(id);
    form.amountKop = s->amountKop;
    form.bindOnly = s->bindOnly;
    return html(sandbox::cardPage(form));
}

QHttpServerResponse SandboxAcquirer::submitCard(const QString& id, const QHttpServerRequest& request)
{
    const std::optional<Session> s = load(id);
    if (!s || s->state != QLatin1String("card"))
        return show(id);
    const QUrlQuery form = formOf(request);
    QString number = formValue(form, "number");
    const QString expiry = formValue(form, "expiry");
    const QString cvc = formValue(form, "cvc");
    const QString holder = formValue(form, "holder");
    static const QRegularExpression cvcPattern(QStringLiteral("^[0-9]{3}$"));
    static const QRegularExpression holderPattern(QStringLiteral("^[A-Za-z][A-Za-z .'-]{1,25}$"));
    QString error;
    const QString numberError = sandbox::checkCardNumber(number);
    // A number of a system the bank does not take is the bank's refusal of
    // the payment, not a typing error.
    if (!numberError.isEmpty() && numberError != QLatin1String(errc::CardNetworkNotAccepted))
        error = errorMessage(numberError);
    else if (!sandbox::cardExpiryValid(expiry, rules::todayIn(QString::fromLatin1(kDefaultTimeZone))))
        error = errorText(errc::CardExpired);
    else if (!cvcPattern.match(cvc).hasMatch())
        error = errorText(errc::CardCvcInvalid);
    else if (!holderPattern.match(holder).hasMatch())
        error = errorText(errc::CardHolderInvalid);
    if (!error.isEmpty()) {
        const sandbox::CardForm again{
            QStringLiteral("/acquirer/%1/card").arg(id), s->amountKop, s->bindOnly, error, QString(), expiry, holder};
        return html(sandbox::cardPage(again), QHttpServerResponder::StatusCode::UnprocessableEntity);
    }
    number = sandbox::cardDigits(number);
    const QString outcome = testOutcome(number);
    const QString masked = sandbox::maskPan(number);
    const QString network = sandbox::networkName(sandbox::cardNetwork(number));
    number.fill(QLatin1Char('0')); // the number goes no further than this function
    const bool save = s->bindOnly || formValue(form, "save") == QLatin1String("1");
    Session next = *s;
    next.outcome = outcome;
    next.masked = masked;
    next.network = network;
    next.expiry = expiry;
    next.saveCard = save;
    if (outcome == QLatin1String(errc::CardNetworkNotAccepted))
        return finish(next, outcome);
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("UPDATE sandbox_sessions SET state = 'code', outcome = COALESCE(?, ''), masked = ?, "
                                  "network = ?, expiry = ?, save_card = ? WHERE id = ? AND state = 'card'"),
                   {outcome, masked, network, expiry, save ? 1 : 0, id}))
        return html(http::messagePage(QStringLiteral("Ошибка банка"), QStringLiteral("Повторите попытку позже.")),
                    QHttpServerResponder::StatusCode::InternalServerError);
    // A path only: the browser stays on the address it came by.
    return redirect(QUrl(QStringLiteral("/acquirer/") + id));
}

QHttpServerResponse SandboxAcquirer::submitCode(const QString& id, const QHttpServerRequest& request)
{
    const std::optional<Session> s = load(id);
    if (!s || s->state != QLatin1String("code"))
        return show(id);
    const QString code = formValue(formOf(request), "code");
    if (code != secureCode())
        return finish(*s, QString::fromLatin1(errc::SecureCodeWrong));
    return finish(*s, s->outcome);
}

QHttpServerResponse SandboxAcquirer::finish(const Session& s, const QString& declineCode)
{
    AcquirerNotice n;
    n.id = crypto::randomId();
    n.orderId = s.orderId;
    n.succeeded = declineCode.isEmpty();
    n.declineCode = declineCode;
    n.amountKop = s.amountKop;
    n.cardMasked = s.masked;
    n.cardNetwork = s.network;
    n.cardExpiry = s.expiry;
    // The retrieval reference number a bank gives every card operation: 12 digits.
    if (n.succeeded && s.amountKop > 0)
        n.operation = crypto::randomDigits(12);
    n.sentAt = Clock::now().toSecsSinceEpoch();
    if (n.succeeded && s.saveCard && s.binding.isEmpty()) {
        n.binding = crypto::randomToken();
        QSqlQuery b = m_db.newQuery();
        if (!m_db.exec(b,
                       QStringLiteral("INSERT INTO sandbox_bindings (id, masked, network, expiry, outcome) "
                                      "VALUES (?, ?, ?, ?, ?)"),
                       {n.binding, s.masked, s.network, s.expiry, s.outcome}))
            n.binding.clear();
    }
    const QByteArray body = QJsonDocument(n.toJson()).toJson(QJsonDocument::Compact);
    // Only one request finishes a session: the one that moves it to done,
    // with the notice it owes the provider until the provider takes it.
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("UPDATE sandbox_sessions SET state = 'done', notice = ?, notice_taken = 0 "
                                  "WHERE id = ? AND state <> 'done'"),
                   {QString::fromUtf8(body), s.id}) ||
        q.numRowsAffected() != 1)
        return redirect(s.returnUrl);
    deliver(s.id, body);
    return redirect(s.returnUrl);
}

bool SandboxAcquirer::deliver(const QString& sessionId, const QByteArray& notice)
{
    AcquirerNotice n = AcquirerNotice::fromJson(QJsonDocument::fromJson(notice).object());
    n.sentAt = Clock::now().toSecsSinceEpoch();
    const QByteArray body = QJsonDocument(n.toJson()).toJson(QJsonDocument::Compact);
    if (!m_deliver(body, signNotice(m_secret, body)))
        return false;
    QSqlQuery q = m_db.newQuery();
    return m_db.exec(q, QStringLiteral("UPDATE sandbox_sessions SET notice_taken = 1 WHERE id = ?"), {sessionId});
}

void SandboxAcquirer::redeliver()
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q, QStringLiteral("SELECT id, notice FROM sandbox_sessions WHERE state = 'done' AND "
                                     "notice_taken = 0 ORDER BY id LIMIT 100")))
        return;
    QList<QPair<QString, QByteArray>> owed;
    while (q.next())
        owed.append({q.value(0).toString(), q.value(1).toString().toUtf8()});
    q.finish();
    for (const auto& [id, notice] : owed) {
        qCInfo(lcServer) << "the sandbox bank sends the notice of session" << id << "again";
        deliver(id, notice);
    }
}

} // namespace mygas::server
