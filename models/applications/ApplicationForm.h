#pragma once

#include <QList>
#include <QString>

// The wizard «Общий процесс заключения договора» (manual 4.5.2): the steps
// of each type of contract, their sections and fields. The app builds its
// pages from it, the server checks an application against it. Labels are
// English sources translated in the context "Applications".
namespace mygas::applications {

enum class FieldKind
{
    Text,     // one line
    LongText, // several lines
    Date,     // YYYY-MM-DD
    Number,   // a decimal, "," or "." before the fraction
    Count,    // a whole number
    Choice,   // one of `choices`
    Email,
    Phone,
    Items, // a list of objects of `itemFields` («Добавить оборудование»)
};

// Which dates a Date field takes, in the company's calendar.
enum class DateRule
{
    Any,
    NotPast,
    NotFuture
};

struct Choice
{
    const char* value;
    const char* label;
};

struct Field
{
    const char* key;
    const char* label;
    FieldKind kind = FieldKind::Text;
    bool required = true;
    QList<Choice> choices = {};
    QList<Field> itemFields = {}; // Items
    double max = 0;               // Number and Count: the largest value
    DateRule dates = DateRule::Any;
};

struct Section
{
    const char* title; // nullptr: the step's fields without a heading
    QList<Field> fields;
};

struct Step
{
    const char* key;
    const char* title;
    QList<Section> sections;
    bool files = false; // «Прикрепить файл»
};

inline constexpr int kMaxTextLength = 300;
inline constexpr int kMaxLongTextLength = 2000;
inline constexpr int kMaxItems = 20;

// The steps after the choice of company and type, in order; empty for an
// unknown type.
const QList<Step>& stepsOf(const QString& type);
// The field of that type (one of its steps) with that key, or nullptr.
const Field* fieldOf(const QString& type, const QString& key);
// «Договор на поставку газа» and the like; nullptr for an unknown type.
const char* typeLabel(const QString& type);
// The types in the order the manual lists them.
QList<const char*> types();

} // namespace mygas::applications
