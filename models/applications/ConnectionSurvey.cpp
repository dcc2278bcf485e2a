#include "models/applications/ConnectionSurvey.h"

#include "models/applications/ApplicationForm.h"
#include "models/applications/ApplicationRules.h"
#include "models/applications/ApplicationTypes.h"
#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"

#include <QHash>
#include <QRegularExpression>

namespace mygas::applications {

const SurveyQuestion* ConnectionSurvey::question(const QString& id) const
{
    for (const SurveyQuestion& q : questions) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

QJsonArray ConnectionSurvey::toJson() const
{
    QJsonArray out;
    for (const SurveyQuestion& q : questions) {
        QJsonArray answers;
        for (const SurveyAnswer& a : q.answers) {
            QJsonObject o{{QStringLiteral("text"), a.text}};
            if (!a.next.isEmpty())
                o.insert(QStringLiteral("next"), a.next);
            if (!a.sets.isEmpty())
                o.insert(QStringLiteral("sets"), a.sets);
            if (!a.note.isEmpty())
                o.insert(QStringLiteral("note"), a.note);
            answers.append(o);
        }
        out.append(QJsonObject{
            {QStringLiteral("id"), q.id}, {QStringLiteral("text"), q.text}, {QStringLiteral("answers"), answers}});
    }
    return out;
}

ConnectionSurvey ConnectionSurvey::fromJson(const QJsonArray& a)
{
    ConnectionSurvey s;
    for (const QJsonValue& v : a) {
        const QJsonObject o = v.toObject();
        SurveyQuestion q{o.value(QLatin1String("id")).toString(), o.value(QLatin1String("text")).toString(), {}};
        for (const QJsonValue& av : o.value(QLatin1String("answers")).toArray()) {
            const QJsonObject ao = av.toObject();
            q.answers.append({ao.value(QLatin1String("text")).toString(), ao.value(QLatin1String("next")).toString(),
                              ao.value(QLatin1String("sets")).toObject(), ao.value(QLatin1String("note")).toString()});
        }
        s.questions.append(q);
    }
    return s;
}

QJsonObject SurveyReply::toJson() const
{
    return QJsonObject{{QStringLiteral("question"), question},
                       {QStringLiteral("answer"), answer},
                       {QStringLiteral("question_text"), questionText},
                       {QStringLiteral("answer_text"), answerText}};
}

SurveyReply SurveyReply::fromJson(const QJsonObject& o)
{
    const QJsonValue answer = o.value(QLatin1String("answer"));
    // A fractional or quoted index names no answer.
    const bool whole = answer.isDouble() && answer.toDouble() == double(answer.toInt());
    return {o.value(QLatin1String("question")).toString(), whole ? answer.toInt() : -1,
            o.value(QLatin1String("question_text")).toString(), o.value(QLatin1String("answer_text")).toString()};
}

namespace {
bool nonEmptyText(const QJsonValue& v)
{
    return v.isString() && !v.toString().trimmed().isEmpty();
}

// What an answer fills in: fields of the connection form that take a text,
// each well-formed for its field.
void checkSets(const QJsonValue& sets, const QString& path, QStringList* problems)
{
    if (sets.isUndefined())
        return;
    if (!sets.isObject()) {
        problems->append(path + QStringLiteral(": expected an object of form fields"));
        return;
    }
    const QJsonObject o = sets.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const Field* field = fieldOf(QLatin1String(kConnection), it.key());
        const QString at = path + QLatin1Char('.') + it.key();
        if (!field || field->kind == FieldKind::Items) {
            problems->append(at + QStringLiteral(": not a field of the connection application"));
            continue;
        }
        if (!it.value().isString()) {
            problems->append(at + QStringLiteral(": expected a string"));
            continue;
        }
        bool offered = field->kind != FieldKind::Choice;
        for (const Choice& c : field->choices)
            offered = offered || it.value().toString() == QLatin1String(c.value);
        if (!offered)
            problems->append(at + QStringLiteral(": not one of the field's values"));
        else if (rules::checkDraft(QLatin1String(kConnection), QJsonObject{{it.key(), it.value()}}))
            problems->append(at + QStringLiteral(": too long"));
    }
}
} // namespace

QStringList surveyProblems(const QJsonValue& survey)
{
    QStringList problems;
    if (survey.isUndefined() || survey.isNull())
        return problems;
    if (!survey.isArray() || survey.toArray().size() > kMaxSurveyQuestions)
        return {QStringLiteral(": expected an array of at most %1 questions").arg(kMaxSurveyQuestions)};
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_.-]{1,40}$"));
    const QJsonArray questions = survey.toArray();
    QHash<QString, int> order;
    for (int i = 0; i < questions.size(); ++i) {
        const QString id = questions.at(i).toObject().value(QLatin1String("id")).toString();
        const QString at = QStringLiteral("[%1].id").arg(i);
        if (!idPattern.match(id).hasMatch())
            problems.append(at + QStringLiteral(": expected 1–40 Latin letters, digits, '_', '.' or '-'"));
        else if (order.contains(id))
            problems.append(at + QStringLiteral(": the question \"%1\" appears twice").arg(id));
        else
            order.insert(id, i);
    }
    for (int i = 0; i < questions.size(); ++i) {
        const QString at = QStringLiteral("[%1]").arg(i);
        const QJsonObject q = questions.at(i).toObject();
        if (!questions.at(i).isObject()) {
            problems.append(at + QStringLiteral(": expected an object"));
            continue;
        }
        if (!nonEmptyText(q.value(QLatin1String("text"))))
            problems.append(at + QStringLiteral(".text: expected a non-empty string"));
        const QJsonValue answers = q.value(QLatin1String("answers"));
        if (!answers.isArray() || answers.toArray().isEmpty() || answers.toArray().size() > kMaxSurveyAnswers) {
            problems.append(at + QStringLiteral(".answers: expected 1–%1 answers").arg(kMaxSurveyAnswers));
            continue;
        }
        for (int j = 0; j < answers.toArray().size(); ++j) {
            const QString aat = at + QStringLiteral(".answers[%1]").arg(j);
            const QJsonObject a = answers.toArray().at(j).toObject();
            if (!nonEmptyText(a.value(QLatin1String("text"))))
                problems.append(aat + QStringLiteral(".text: expected a non-empty string"));
            const QJsonValue next = a.value(QLatin1String("next"));
            // Only forward: a survey cannot go round in circles.
            if (!next.isUndefined() && !next.isNull() && order.value(next.toString(), -1) <= i)
                problems.append(aat + QStringLiteral(".next: expected the id of a later question"));
            const QJsonValue note = a.value(QLatin1String("note"));
            if (!note.isUndefined() && !note.isString())
                problems.append(aat + QStringLiteral(".note: expected a string"));
            checkSets(a.value(QLatin1String("sets")), aat + QStringLiteral(".sets"), &problems);
        }
    }
    return problems;
}

Result<QList<SurveyReply>> walkSurvey(const ConnectionSurvey& survey, const QList<SurveyReply>& replies)
{
    QList<SurveyReply> out;
    QString expected = survey.isEmpty() ? QString() : survey.questions.first().id;
    for (const SurveyReply& r : replies) {
        const SurveyQuestion* q = survey.question(r.question);
        if (expected.isEmpty() || r.question != expected || !q || r.answer < 0 || r.answer >= q->answers.size())
            return makeError(errc::SurveyIncomplete, QStringLiteral("survey"), 400);
        const SurveyAnswer& a = q->answers.at(r.answer);
        out.append({q->id, r.answer, q->text, a.text});
        expected = a.next;
    }
    if (!expected.isEmpty())
        return makeError(errc::SurveyIncomplete, QStringLiteral("survey"), 400);
    return out;
}

QJsonObject formOf(const ConnectionSurvey& survey, const QList<SurveyReply>& replies)
{
    QJsonObject form;
    for (const SurveyReply& r : replies) {
        const SurveyQuestion* q = survey.question(r.question);
        if (!q || r.answer < 0 || r.answer >= q->answers.size())
            continue;
        const QJsonObject sets = q->answers.at(r.answer).sets;
        for (auto it = sets.begin(); it != sets.end(); ++it)
            form.insert(it.key(), it.value());
    }
    return form;
}

QStringList notesOf(const ConnectionSurvey& survey, const QList<SurveyReply>& replies)
{
    QStringList notes;
    for (const SurveyReply& r : replies) {
        const SurveyQuestion* q = survey.question(r.question);
        if (q && r.answer >= 0 && r.answer < q->answers.size() && !q->answers.at(r.answer).note.isEmpty())
            notes.append(q->answers.at(r.answer).note);
    }
    return notes;
}

} // namespace mygas::applications
