#pragma once

#include "models/core/Error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The survey before a connection application (manual 4.1.2): the company's
// questions whose answers shape how the application is considered. The
// questions, where each answer leads and what it fills in come from the
// company's data (`connection_survey` of the export), never from code.
namespace mygas::applications {

struct SurveyAnswer
{
    QString text;
    QString next;     // the id of the question that follows; empty: the survey ends
    QJsonObject sets; // fields of the connection form it fills in, key → text
    QString note;     // what the answer means for the application, shown before the form
};

struct SurveyQuestion
{
    QString id;
    QString text;
    QList<SurveyAnswer> answers;
};

// The questions in the company's order; the first is asked first, and an
// answer leads only to a later question, so every walk ends.
struct ConnectionSurvey
{
    QList<SurveyQuestion> questions;
    bool isEmpty() const { return questions.isEmpty(); }
    // The question with that id, or nullptr.
    const SurveyQuestion* question(const QString& id) const;
    QJsonArray toJson() const;
    static ConnectionSurvey fromJson(const QJsonArray& a);
};

// One answer a person gave: the question's id and the answer's index, and
// both texts as the person saw them.
struct SurveyReply
{
    QString question;
    int answer = -1;
    QString questionText;
    QString answerText;
    QJsonObject toJson() const;
    static SurveyReply fromJson(const QJsonObject& o);
};

inline constexpr int kMaxSurveyQuestions = 50;
inline constexpr int kMaxSurveyAnswers = 10;

// What is wrong with a company's survey as exported, each "path: problem"
// with the path under `connection_survey`; empty when it may be imported.
QStringList surveyProblems(const QJsonValue& survey);

// The replies checked against the survey: they start at its first question,
// each answers the question the previous answer led to, and the last one
// ends the survey. With the texts filled in; survey_incomplete otherwise.
Result<QList<SurveyReply>> walkSurvey(const ConnectionSurvey& survey, const QList<SurveyReply>& replies);

// The connection form the answers fill in (a later answer over an earlier).
QJsonObject formOf(const ConnectionSurvey& survey, const QList<SurveyReply>& replies);
// The notes of the answers given, in order.
QStringList notesOf(const ConnectionSurvey& survey, const QList<SurveyReply>& replies);

} // namespace mygas::applications
