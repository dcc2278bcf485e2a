#include "ui/applications/FormStepPage.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

namespace mygas {

using applications::Field;
using applications::FieldKind;

namespace {
QString translated(const char* text)
{
    return QCoreApplication::translate("Applications", text);
}

QString entryTitle(const Field& list, int n)
{
    return QStringLiteral("%1 %2").arg(translated(list.label)).arg(n + 1);
}
} // namespace

FormStepPage::FormStepPage(const applications::Step& step, QWidget* parent) : QWidget(parent), m_step(step)
{
    setObjectName(QStringLiteral("step_%1").arg(QLatin1String(step.key)));
    auto* layout = new QVBoxLayout(this);
    for (const applications::Section& section : step.sections) {
        QWidget* holder = this;
        if (section.title) {
            auto* group = new QGroupBox(translated(section.title), this);
            group->setAccessibleName(group->title());
            layout->addWidget(group);
            holder = group;
        }
        auto* form = new QFormLayout;
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        if (section.title)
            holder->setLayout(form);
        else
            layout->addLayout(form);
        for (const Field& f : section.fields) {
            if (f.kind != FieldKind::Items) {
                Editor e = makeEditor(f, holder);
                form->addRow(translated(f.label), e.widget);
                m_fields.insert(QLatin1String(f.key), e);
                continue;
            }
            ItemsEditor items;
            items.field = f;
            items.box = new QWidget(holder);
            items.list = new QVBoxLayout(items.box);
            items.list->setContentsMargins(0, 0, 0, 0);
            const bool meters = QLatin1String(f.key) == QLatin1String("meters");
            auto* add = new QPushButton(meters ? tr("Add a meter") : tr("Add equipment"), holder);
            add->setObjectName(QStringLiteral("add_%1").arg(QLatin1String(f.key)));
            add->setAccessibleName(add->text());
            form->addRow(items.box);
            form->addRow(add);
            const QString key = QLatin1String(f.key);
            m_lists.insert(key, items);
            connect(add, &QPushButton::clicked, this, [this, key] {
                ItemsEditor& list = m_lists[key];
                addEntry(list, {});
                // The person types into the new entry next (once the layout
                // has placed it: a widget not yet laid out takes no focus).
                QWidget* first = list.entries.last().value(QLatin1String(list.field.itemFields.first().key)).widget;
                QTimer::singleShot(0, first, [first] { first->setFocus(Qt::OtherFocusReason); });
                emit edited();
            });
        }
    }
    layout->addStretch(1);
}

FormStepPage::Editor FormStepPage::makeEditor(const Field& f, QWidget* parent)
{
    Editor e{f, nullptr};
    const QString label = translated(f.label);
    switch (f.kind) {
    case FieldKind::LongText: {
        auto* edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 5);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                emit edited();
        });
        e.widget = edit;
        break;
    }
    case FieldKind::Choice: {
        auto* box = new QComboBox(parent);
        box->addItem(tr("Choose…"), QString());
        for (const applications::Choice& c : f.choices)
            box->addItem(translated(c.label), QLatin1String(c.value));
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                emit edited();
        });
        e.widget = box;
        break;
    }
    default: {
        auto* edit = new QLineEdit(parent);
        edit->setMaxLength(applications::kMaxTextLength);
        if (f.kind == FieldKind::Date)
            edit->setPlaceholderText(tr("DD.MM.YYYY"));
        connect(edit, &QLineEdit::textEdited, this, [this] { emit edited(); });
        e.widget = edit;
        break;
    }
    }
    e.widget->setObjectName(QStringLiteral("field_%1").arg(QLatin1String(f.key)));
    // A combo box speaks its current item and its label (the form's buddy).
    if (f.kind != FieldKind::Choice)
        e.widget->setAccessibleName(label);
    return e;
}

QString FormStepPage::textOf(const Editor& e)
{
    if (auto* box = qobject_cast<QComboBox*>(e.widget))
        return box->currentData().toString();
    if (auto* edit = qobject_cast<QPlainTextEdit*>(e.widget))
        return edit->toPlainText();
    const QString text = static_cast<QLineEdit*>(e.widget)->text();
    if (e.field.kind == FieldKind::Date) {
        static const QRegularExpression re(QStringLiteral("^\\d{2}\\.\\d{2}\\.\\d{4}$"));
        const QDate d = QDate::fromString(text, QStringLiteral("dd.MM.yyyy"));
        if (re.match(text).hasMatch() && d.isValid())
            return d.toString(Qt::ISODate);
    }
    return text;
}

void FormStepPage::setText(const Editor& e, const QString& text)
{
    if (auto* box = qobject_cast<QComboBox*>(e.widget)) {
        box->setCurrentIndex(std::max(0, box->findData(text)));
        return;
    }
    if (auto* edit = qobject_cast<QPlainTextEdit*>(e.widget)) {
        if (edit->toPlainText() != text)
            edit->setPlainText(text);
        return;
    }
    QString shown = text;
    if (e.field.kind == FieldKind::Date) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid() && text.size() == 10)
            shown = d.toString(QStringLiteral("dd.MM.yyyy"));
    }
    static_cast<QLineEdit*>(e.widget)->setText(shown);
}

void FormStepPage::addEntry(ItemsEditor& items, const QJsonObject& values)
{
    const int n = int(items.entries.size());
    auto* group = new QGroupBox(entryTitle(items.field, n), items.box);
    group->setAccessibleName(group->title());
    auto* form = new QFormLayout(group);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    QHash<QString, Editor> entry;
    for (const Field& f : items.field.itemFields) {
        Editor e = makeEditor(f, group);
        m_loading = true;
        setText(e, values.value(QLatin1String(f.key)).toString());
        m_loading = false;
        form->addRow(translated(f.label), e.widget);
        entry.insert(QLatin1String(f.key), e);
    }
    auto* remove = new QPushButton(tr("Remove"), group);
    remove->setObjectName(QStringLiteral("remove_%1").arg(QLatin1String(items.field.key)));
    remove->setAccessibleName(tr("Remove %1").arg(group->title()));
    form->addRow(remove);
    const QString key = QLatin1String(items.field.key);
    connect(remove, &QPushButton::clicked, this, [this, key, group] {
        const int at = int(m_lists[key].entryBoxes.indexOf(group));
        if (at >= 0)
            removeEntry(key, at);
    });
    items.entries.append(entry);
    items.entryBoxes.append(group);
    items.list->addWidget(group);
    // Shown now, not when the layout gets to it: the focus goes to it next.
    group->show();
}

void FormStepPage::removeEntry(const QString& key, int n)
{
    ItemsEditor& items = m_lists[key];
    QWidget* box = items.entryBoxes.takeAt(n);
    items.entries.removeAt(n);
    box->deleteLater();
    relabelEntries(items);
    emit edited();
}

void FormStepPage::relabelEntries(ItemsEditor& items)
{
    for (int i = 0; i < items.entryBoxes.size(); ++i) {
        auto* group = static_cast<QGroupBox*>(items.entryBoxes.at(i));
        group->setTitle(entryTitle(items.field, i));
        group->setAccessibleName(group->title());
    }
}

QJsonObject FormStepPage::values() const
{
    QJsonObject out;
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        const QString text = textOf(it.value());
        if (!text.isEmpty())
            out.insert(it.key(), text);
    }
    for (auto it = m_lists.constBegin(); it != m_lists.constEnd(); ++it) {
        QJsonArray entries;
        for (const QHash<QString, Editor>& entry : it.value().entries) {
            QJsonObject o;
            for (auto f = entry.constBegin(); f != entry.constEnd(); ++f) {
                const QString text = textOf(f.value());
                if (!text.isEmpty())
                    o.insert(f.key(), text);
            }
            entries.append(o);
        }
        if (!entries.isEmpty())
            out.insert(it.key(), entries);
    }
    return out;
}

void FormStepPage::setValues(const QJsonObject& form)
{
    m_loading = true;
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it)
        setText(it.value(), form.value(it.key()).toString());
    for (auto it = m_lists.begin(); it != m_lists.end(); ++it) {
        for (QWidget* box : std::as_const(it.value().entryBoxes))
            delete box;
        it.value().entryBoxes.clear();
        it.value().entries.clear();
        for (const QJsonValue& v : form.value(it.key()).toArray())
            addEntry(it.value(), v.toObject());
    }
    m_loading = false;
}

QWidget* FormStepPage::widgetFor(const QString& path) const
{
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() == 1) {
        if (m_fields.contains(path))
            return m_fields.value(path).widget;
        // An empty list: its add button.
        return m_lists.contains(path) ? findChild<QPushButton*>(QStringLiteral("add_%1").arg(path)) : nullptr;
    }
    const auto list = m_lists.constFind(parts.value(0));
    const int n = parts.value(1).toInt();
    if (list == m_lists.constEnd() || parts.size() != 3 || n < 0 || n >= list->entries.size())
        return nullptr;
    return list->entries.at(n).value(parts.value(2)).widget;
}

QString FormStepPage::labelFor(const QString& path) const
{
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() == 1) {
        if (m_fields.contains(path))
            return translated(m_fields.value(path).field.label);
        return m_lists.contains(path) ? translated(m_lists.value(path).field.label) : path;
    }
    const auto list = m_lists.constFind(parts.value(0));
    const int n = parts.value(1).toInt();
    if (list == m_lists.constEnd() || parts.size() != 3 || n < 0 || n >= list->entries.size())
        return path;
    return QStringLiteral("%1: %2").arg(entryTitle(list->field, n),
                                        translated(list->entries.at(n).value(parts.value(2)).field.label));
}

} // namespace mygas
