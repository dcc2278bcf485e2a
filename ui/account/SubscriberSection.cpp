#include "ui/account/SubscriberSection.h"

#include "models/core/DisplayFormat.h"
#include "models/core/TextTableModel.h"
#include "services/cache/CacheStore.h"
#include "ui/widgets/Tables.h"

#include <QFormLayout>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace mygas {

namespace {
QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}
} // namespace

SubscriberSection::SubscriberSection(CacheStore* cache, QWidget* parent)
    : AccountSection(cache, parent),
      m_benefits(new TextTableModel({tr("Benefit"), tr("Document"), tr("Valid until")}, this)),
      m_regimes(new TextTableModel({tr("Service"), tr("Consumption regime"), tr("Norm, m³ per month")}, this)),
      m_equipment(new TextTableModel({tr("Equipment"), tr("Model"), tr("Count")}, this))
{
    setObjectName(QStringLiteral("subscriberSection"));
    auto* form = new QFormLayout;
    m_number = addField(form, tr("Personal account number"), QStringLiteral("subscriberNumber"));
    m_address = addField(form, tr("Address"), QStringLiteral("subscriberAddress"));
    m_owner = addField(form, tr("Subscriber"), QStringLiteral("subscriberOwner"));
    m_residents = addField(form, tr("Residents"), QStringLiteral("subscriberResidents"));
    m_areas = addField(form, tr("Heated / total area"), QStringLiteral("subscriberAreas"));
    m_missing = new QLabel(tr("The subscriber's data have not been received yet."), this);
    m_missing->setObjectName(QStringLiteral("subscriberMissing"));
    auto* note = new QLabel(tr("These data are read-only. If something is wrong, contact your gas company."), this);
    note->setObjectName(QStringLiteral("subscriberNote"));
    note->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_missing);
    layout->addLayout(form);
    layout->addWidget(heading(tr("Benefits"), this));
    layout->addWidget(makeTable(QStringLiteral("benefitsTable"), tr("Benefits"), m_benefits, this), 1);
    layout->addWidget(heading(tr("Consumption regimes"), this));
    layout->addWidget(makeTable(QStringLiteral("regimesTable"), tr("Consumption regimes"), m_regimes, this), 1);
    layout->addWidget(heading(tr("Gas equipment"), this));
    layout->addWidget(makeTable(QStringLiteral("equipmentTable"), tr("Gas equipment"), m_equipment, this), 1);
    layout->addWidget(note);
}

QLabel* SubscriberSection::addField(QFormLayout* form, const QString& label, const QString& objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label + QLatin1Char(':'), value);
    return value;
}

QString SubscriberSection::fieldText(const QString& objectName) const
{
    auto* label = findChild<QLabel*>(objectName);
    return label ? label->text() : QString();
}

void SubscriberSection::load(const Account& account)
{
    const std::optional<Subscriber> s = cache()->subscriber(account.id);
    m_missing->setVisible(!s);
    m_number->setText(s ? s->number : account.number);
    m_address->setText(s ? s->address : account.address);
    m_owner->setText(s ? s->ownerName : QString());
    m_residents->setText(s ? QString::number(s->residents) : QString());
    m_areas->setText(s ? tr("%1 / %2 m²").arg(display::number(s->heatedAreaM2), display::number(s->totalAreaM2))
                       : QString());
    QList<QStringList> benefits, regimes, equipment;
    if (s) {
        for (const Benefit& b : s->benefits)
            benefits << QStringList{b.name, b.document,
                                    b.validUntil.isValid() ? display::date(b.validUntil) : tr("without end")};
        for (const ConsumptionRegime& r : s->regimes)
            regimes << QStringList{r.serviceName, r.regime, display::number(r.normM3)};
        for (const Equipment& e : s->equipment)
            equipment << QStringList{e.name, e.model, QString::number(e.count)};
    }
    m_benefits->setRows(benefits);
    m_regimes->setRows(regimes);
    m_equipment->setRows(equipment);
    for (QTableView* t : findChildren<QTableView*>())
        fitColumns(t);
}

} // namespace mygas
