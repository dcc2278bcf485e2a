#pragma once

#include "models/applications/ApplicationForm.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QVBoxLayout;

namespace mygas {

// One step of the wizard built from its definition (models/applications):
// a labelled control a field, a group a section, and for a list
// («Газовое оборудование») an entry of controls each with «Удалить» and a
// button that adds one. Values are texts exactly as typed; a date typed
// ДД.ММ.ГГГГ is kept as YYYY-MM-DD.
class FormStepPage : public QWidget
{
    Q_OBJECT
public:
    FormStepPage(const applications::Step& step, QWidget* parent = nullptr);

    // This step's fields of `form`; other keys are left to other steps.
    QJsonObject values() const;
    void setValues(const QJsonObject& form);
    // The control of a field ("full_name", "equipment.1.model"), or nullptr.
    QWidget* widgetFor(const QString& path) const;
    // Its label as shown ("Газовое оборудование 2: Марка, модель").
    QString labelFor(const QString& path) const;

signals:
    void edited();

private:
    struct Editor
    {
        applications::Field field;
        QWidget* widget = nullptr;
    };
    struct ItemsEditor
    {
        applications::Field field;
        QWidget* box = nullptr; // holds the entries
        QVBoxLayout* list = nullptr;
        QList<QHash<QString, Editor>> entries;
        QList<QWidget*> entryBoxes;
    };
    Editor makeEditor(const applications::Field& field, QWidget* parent);
    void addEntry(ItemsEditor& items, const QJsonObject& values);
    void removeEntry(const QString& key, int n);
    static QString textOf(const Editor& e);
    static void setText(const Editor& e, const QString& text);
    void relabelEntries(ItemsEditor& items);

    applications::Step m_step;
    QHash<QString, Editor> m_fields;
    QHash<QString, ItemsEditor> m_lists;
    bool m_loading = false;
};

} // namespace mygas
