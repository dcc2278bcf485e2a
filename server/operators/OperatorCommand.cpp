#include "server/operators/OperatorCommand.h"

#include "models/applications/ApplicationForm.h"
#include "models/applications/ApplicationTypes.h"
#include "models/auth/AuthRules.h"
#include "models/core/ApiTypes.h"
#include "models/core/Clock.h"
#include "models/requests/RequestsModel.h"
#include "server/app/Crypto.h"
#include "server/auth/UserStore.h"
#include "server/db/Database.h"
#include "server/operators/OperatorClient.h"
#include "server/platform/PasswordPrompt.h"
#include "server/provider/ProviderCommands.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QTimeZone>
#include <QUrlQuery>

#include <cstdio>

namespace mygas::server {

namespace {
const char kUsage[] =
    "usage: mygas-server operator add [--db URL] --company ID --login LOGIN   (password on standard input)\n"
    "       mygas-server operator [--url URL] [--ca PEM] --login LOGIN COMMAND\n"
    "         COMMAND: list [--status in_progress|clarification|rejected|done] [--kind maintenance|recalculation]\n"
    "                  applications [--status accepted|in_progress|clarification|rejected|done]\n"
    "                               [--type connection|supply|maintenance]\n"
    "                  show ID | clarify ID QUESTION | reject ID REASON | complete ID [COMMENT]\n"
    "                  accept ID [COMMENT]   (an application: «Принята»)\n"
    "                  file FILE_ID OUTPUT   (a file of a request, as `show` lists them)\n"
    "         (the password from MYGAS_OPERATOR_PASSWORD or standard input)";

int say(FILE* to, const QString& text, int rc = 0)
{
    std::fprintf(to, "%s\n", text.toUtf8().constData());
    std::fflush(to);
    return rc;
}

QString password()
{
    const QString fromEnvironment = qEnvironmentVariable("MYGAS_OPERATOR_PASSWORD");
    return fromEnvironment.isEmpty() ? platform::readPassword("Password: ") : fromEnvironment;
}

int addOperator(const QString& dbUrl, const QString& companyId, const QString& loginText)
{
    const rules::Login login = rules::normalizeLogin(loginText);
    if (!login.valid() || companyId.isEmpty())
        return say(stderr, QLatin1String(kUsage), 2);
    const QString secret = password();
    if (const QString problem = rules::checkPassword(secret); !problem.isEmpty())
        return say(stderr, QStringLiteral("mygas-server: the password is not accepted (%1)").arg(problem), 1);
    Database db(QStringLiteral("operator"));
    if (!openCommandDatabase(db, dbUrl))
        return 1;
    QSqlQuery q = db.newQuery();
    if (!db.exec(q, QStringLiteral("SELECT 1 FROM companies WHERE id = ?"), {companyId}) || !q.next())
        return say(stderr, QStringLiteral("mygas-server: no company %1").arg(companyId), 1);
    q.finish();
    const UserStore users(db);
    Transaction tx(db);
    const qint64 id = users.create(login.value, crypto::hashPassword(secret), Clock::now().toSecsSinceEpoch());
    if (id == 0 || !users.setOperatorCompany(id, companyId) || !tx.commit())
        return say(stderr, QStringLiteral("mygas-server: the login %1 is taken").arg(login.value), 1);
    return say(stdout, QStringLiteral("operator %1 of %2 added").arg(login.value, companyId));
}

using Zones = QHash<QString, QTimeZone>; // of every company

// Times as the company's people read them: in its zone.
QString timeText(const QString& at, const QTimeZone& zone)
{
    return QDateTime::fromString(at, Qt::ISODate).toTimeZone(zone).toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

QString historyLine(const RequestEvent& e, const QTimeZone& zone)
{
    const QString who =
        e.author == QLatin1String(requests::kOperator) ? QStringLiteral("operator") : QStringLiteral("abonent");
    QString line = QStringLiteral("  %1  %2  %3").arg(timeText(e.at, zone), RequestsModel::statusName(e.status), who);
    if (!e.comment.isEmpty())
        line += QStringLiteral(": ") + e.comment;
    return line;
}

void printFile(const FileInfo& f)
{
    say(stdout, QStringLiteral("    file %1\t%2\t%3 bytes\t%4").arg(f.id, f.name).arg(f.size).arg(f.contentType));
}

int print(const IncomingRequest& item, bool withHistory, const Zones& zones)
{
    const ServiceRequest& r = item.request;
    const QTimeZone zone = zones.value(item.companyId, QTimeZone::utc());
    say(stdout, QStringList{r.id, timeText(r.createdAt, zone), RequestsModel::statusName(r.status), item.accountNumber,
                            RequestsModel::kindName(r.kind), RequestsModel::details(r)}
                    .join(QLatin1Char('\t')));
    if (withHistory) {
        say(stdout, QStringLiteral("  %1").arg(item.accountAddress));
        for (const RequestEvent& e : r.history) {
            say(stdout, historyLine(e, zone));
            for (const FileInfo& f : e.files)
                printFile(f);
        }
    }
    return 0;
}

// The form's fields as labelled in the wizard, a list's entries indented.
void printForm(const QJsonObject& form, const QList<applications::Field>& fields, int indent)
{
    const QString pad(indent, QLatin1Char(' '));
    for (const applications::Field& f : fields) {
        const QJsonValue v = form.value(QLatin1String(f.key));
        const QString label = QCoreApplication::translate("Applications", f.label);
        if (f.kind == applications::FieldKind::Items) {
            const QJsonArray items = v.toArray();
            for (int i = 0; i < items.size(); ++i) {
                say(stdout, QStringLiteral("%1%2 %3:").arg(pad, label).arg(i + 1));
                printForm(items.at(i).toObject(), f.itemFields, indent + 2);
            }
            continue;
        }
        QString text = v.toString();
        for (const applications::Choice& c : f.choices) {
            if (text == QLatin1String(c.value))
                text = QCoreApplication::translate("Applications", c.label);
        }
        if (!text.isEmpty())
            say(stdout, QStringLiteral("%1%2: %3").arg(pad, label, text));
    }
}

int print(const IncomingApplication& item, bool withDetails, const Zones& zones)
{
    const ContractApplication& a = item.application;
    const QTimeZone zone = zones.value(a.companyId, QTimeZone::utc());
    say(stdout, QStringList{a.id, timeText(a.submittedAt, zone), RequestsModel::statusName(a.status), item.applicant,
                            QCoreApplication::translate("Applications", applications::typeLabel(a.type))}
                    .join(QLatin1Char('\t')));
    if (withDetails) {
        // The survey's answers before the form: they shape how it is considered.
        for (const applications::SurveyReply& r : a.survey)
            say(stdout, QStringLiteral("  %1 — %2").arg(r.questionText, r.answerText));
        for (const applications::Step& step : applications::stepsOf(a.type)) {
            for (const applications::Section& section : step.sections)
                printForm(a.form, section.fields, 2);
        }
        for (const FileInfo& f : a.files)
            printFile(f);
        for (const RequestEvent& e : a.history)
            say(stdout, historyLine(e, zone));
    }
    return 0;
}

// A file of one of the company's requests into `output`, part by part;
// prints its size and SHA-256 to compare with `show`.
int downloadFile(OperatorClient& api, const QString& id, const QString& output)
{
    QFile out(output);
    if (!out.open(QIODevice::WriteOnly))
        return say(stderr, QStringLiteral("mygas-server: cannot write %1").arg(output), 1);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    for (int n = 0;; ++n) {
        QString problem;
        QString code;
        const std::optional<QByteArray> part = api.fetch(
            QStringLiteral("/operator/files/%1/parts/%2").arg(QString::fromLatin1(QUrl::toPercentEncoding(id))).arg(n),
            std::nullopt, &problem, &code);
        if (!part && code == QLatin1String("not_found") && n > 0)
            break; // past the last part
        if (!part)
            return say(stderr, QStringLiteral("mygas-server: ") + problem, 1);
        out.write(*part);
        hash.addData(*part);
        size += part->size();
    }
    return say(stdout, QStringLiteral("%1\t%2 bytes\tsha256 %3")
                           .arg(output)
                           .arg(size)
                           .arg(QString::fromLatin1(hash.result().toHex())));
}

// The API command `words` (list, show, clarify, …) as the signed-in operator.
int runApiCommand(OperatorClient& api, const QStringList& words)
{
    const QString command = words.value(0);
    QString problem;
    const std::optional<QJsonDocument> companies = api.call(QStringLiteral("/companies"), std::nullopt, &problem);
    if (!companies)
        return say(stderr, QStringLiteral("mygas-server: ") + problem, 1);
    Zones zones;
    for (const QJsonValue& v : companies->array()) {
        const Company c = Company::fromJson(v.toObject());
        zones.insert(c.id, QTimeZone(c.timeZone.toLatin1()));
    }
    const bool listsApplications = command == QLatin1String("applications");
    if (command == QLatin1String("list") || listsApplications) {
        const QString filter = listsApplications ? QStringLiteral("--type") : QStringLiteral("--kind");
        QUrlQuery query;
        for (int i = 1; i + 1 < words.size(); i += 2) {
            if (words[i] != QLatin1String("--status") && words[i] != filter)
                return say(stderr, QLatin1String(kUsage), 2);
            query.addQueryItem(words[i].mid(2), words[i + 1]);
        }
        if (words.size() % 2 == 0)
            return say(stderr, QLatin1String(kUsage), 2);
        const QString path =
            listsApplications ? QStringLiteral("/operator/applications?") : QStringLiteral("/operator/requests?");
        const auto items = api.call(path + query.toString(QUrl::FullyEncoded), std::nullopt, &problem);
        if (!items)
            return say(stderr, QStringLiteral("mygas-server: ") + problem, 1);
        if (items->array().isEmpty())
            return say(stdout, listsApplications ? QStringLiteral("no applications") : QStringLiteral("no requests"));
        for (const QJsonValue& v : items->array()) {
            if (listsApplications)
                print(IncomingApplication::fromJson(v.toObject()), false, zones);
            else
                print(IncomingRequest::fromJson(v.toObject()), false, zones);
        }
        return 0;
    }
    const QString id = words.value(1);
    const bool application = id.startsWith(QLatin1String(applications::kIdPrefix));
    if (command == QLatin1String("file") && words.size() == 3)
        return downloadFile(api, id, words.value(2));
    const QHash<QString, QString> statusOf{{QStringLiteral("clarify"), QLatin1String(requests::kClarification)},
                                           {QStringLiteral("reject"), QLatin1String(requests::kRejected)},
                                           {QStringLiteral("complete"), QLatin1String(requests::kDone)},
                                           {QStringLiteral("accept"), QLatin1String(applications::kAccepted)}};
    const bool wordsOptional = command == QLatin1String("complete") || command == QLatin1String("accept");
    const QString path =
        (application ? QStringLiteral("/operator/applications/") : QStringLiteral("/operator/requests/")) +
        QString::fromLatin1(QUrl::toPercentEncoding(id));
    std::optional<QJsonDocument> answer;
    if (command == QLatin1String("show") && words.size() == 2) {
        answer = api.call(path, std::nullopt, &problem);
    } else if (statusOf.contains(command) && (application || command != QLatin1String("accept")) &&
               (words.size() == 3 || (words.size() == 2 && wordsOptional))) {
        answer = api.call(path + QStringLiteral("/status"),
                          QJsonObject{{QStringLiteral("status"), statusOf.value(command)},
                                      {QStringLiteral("comment"), words.value(2)}},
                          &problem);
    } else {
        return say(stderr, QLatin1String(kUsage), 2);
    }
    if (!answer)
        return say(stderr, QStringLiteral("mygas-server: ") + problem, 1);
    if (application)
        return print(IncomingApplication::fromJson(answer->object()), true, zones);
    return print(IncomingRequest::fromJson(answer->object()), true, zones);
}
} // namespace

int runOperator(const QStringList& args)
{
    QString dbUrl = defaultDatabaseUrl();
    QString url = QStringLiteral("https://127.0.0.1:8443");
    QString ca;
    QString login;
    QString company;
    QStringList words;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        QString* option = arg == QLatin1String("--db")        ? &dbUrl
                          : arg == QLatin1String("--url")     ? &url
                          : arg == QLatin1String("--ca")      ? &ca
                          : arg == QLatin1String("--login")   ? &login
                          : arg == QLatin1String("--company") ? &company
                                                              : nullptr;
        // The tool's options anywhere; the rest are the command, its own
        // options (list --status …) and its texts.
        if (option && i + 1 < args.size()) {
            *option = args[++i];
            continue;
        }
        words.append(arg);
    }
    if (words.value(0) == QLatin1String("add") && words.size() == 1)
        return addOperator(dbUrl, company, login);
    if (words.isEmpty() || login.isEmpty())
        return say(stderr, QLatin1String(kUsage), 2);
    OperatorClient api(QUrl(url), ca);
    if (!api.caLoaded())
        return say(stderr, QStringLiteral("mygas-server: no certificate in %1").arg(ca), 1);
    QString problem;
    if (!api.signIn(login, password(), &problem))
        return say(stderr, QStringLiteral("mygas-server: ") + problem, 1);
    const int rc = runApiCommand(api, words);
    api.signOut();
    return rc;
}

} // namespace mygas::server
