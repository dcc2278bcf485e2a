#include "models/applications/ApplicationForm.h"

#include "models/applications/ApplicationTypes.h"

#include <QtGlobal>

namespace mygas::applications {

namespace {
// The customer (every type, manual 4.5.2.1 item 4): ФИО, place of
// residence, identity document.
Step personalStep()
{
    return {"personal",
            QT_TRANSLATE_NOOP("Applications", "Personal data"),
            {{QT_TRANSLATE_NOOP("Applications", "Customer"),
              {{"full_name", QT_TRANSLATE_NOOP("Applications", "Full name")},
               {"residence_address", QT_TRANSLATE_NOOP("Applications", "Place of residence")},
               {"id_document",
                QT_TRANSLATE_NOOP("Applications", "Identity document"),
                FieldKind::Choice,
                true,
                {{"passport", QT_TRANSLATE_NOOP("Applications", "Passport of a citizen of the Russian Federation")},
                 {"other", QT_TRANSLATE_NOOP("Applications", "Another document")}}},
               {"id_number", QT_TRANSLATE_NOOP("Applications", "Document series and number")},
               {"id_issued", QT_TRANSLATE_NOOP("Applications", "Issued by and on")}}}}};
}

Field objectType()
{
    return {"object_type",
            QT_TRANSLATE_NOOP("Applications", "Type of the object"),
            FieldKind::Choice,
            true,
            {{"house", QT_TRANSLATE_NOOP("Applications", "Residential house")},
             {"apartment", QT_TRANSLATE_NOOP("Applications", "Apartment")},
             {"garden_house", QT_TRANSLATE_NOOP("Applications", "Garden house")},
             {"outbuilding", QT_TRANSLATE_NOOP("Applications", "Outbuilding")},
             {"other", QT_TRANSLATE_NOOP("Applications", "Another object")}}};
}

Field equipment()
{
    return {"equipment",
            QT_TRANSLATE_NOOP("Applications", "Gas equipment"),
            FieldKind::Items,
            true,
            {},
            {{"kind",
              QT_TRANSLATE_NOOP("Applications", "Equipment"),
              FieldKind::Choice,
              true,
              {{"stove", QT_TRANSLATE_NOOP("Applications", "Gas stove")},
               {"boiler", QT_TRANSLATE_NOOP("Applications", "Gas boiler")},
               {"water_heater", QT_TRANSLATE_NOOP("Applications", "Instantaneous water heater")},
               {"other", QT_TRANSLATE_NOOP("Applications", "Other equipment")}}},
             {"model", QT_TRANSLATE_NOOP("Applications", "Make and model")},
             {"count", QT_TRANSLATE_NOOP("Applications", "Quantity"), FieldKind::Count, true, {}, {}, 20}}};
}

Step documentsStep()
{
    return {"documents", QT_TRANSLATE_NOOP("Applications", "Documents"), {}, true};
}

// Contacts and a comment (manual 4.5.2.1 item 7).
Step sendingStep()
{
    return {"sending",
            QT_TRANSLATE_NOOP("Applications", "Sending the application"),
            {{nullptr,
              {{"email", QT_TRANSLATE_NOOP("Applications", "E-mail"), FieldKind::Email},
               {"phone", QT_TRANSLATE_NOOP("Applications", "Phone"), FieldKind::Phone},
               {"comment", QT_TRANSLATE_NOOP("Applications", "Comment"), FieldKind::LongText, false}}}}};
}

QList<Step> connectionSteps()
{
    return {personalStep(),
            {"object",
             QT_TRANSLATE_NOOP("Applications", "Object of gasification"),
             {{nullptr,
               {objectType(),
                {"object_address", QT_TRANSLATE_NOOP("Applications", "Address of the object")},
                {"max_flow",
                 QT_TRANSLATE_NOOP("Applications", "Planned maximum hourly gas flow, m³/h"),
                 FieldKind::Number,
                 true,
                 {},
                 {},
                 500},
                {"commissioning_date",
                 QT_TRANSLATE_NOOP("Applications", "Planned commissioning date"),
                 FieldKind::Date,
                 true,
                 {},
                 {},
                 0,
                 DateRule::NotPast}}}}},
            documentsStep(),
            sendingStep()};
}

// The object with its ownership document (manual 4.5.2.2 item 6.1).
Section objectSection()
{
    return {nullptr,
            {objectType(),
             {"object_address", QT_TRANSLATE_NOOP("Applications", "Address of the object")},
             {"ownership", QT_TRANSLATE_NOOP("Applications", "Ownership document")}}};
}

QList<Step> supplySteps()
{
    return {
        personalStep(),
        {"object",
         QT_TRANSLATE_NOOP("Applications", "Object of gasification"),
         {objectSection(),
          {QT_TRANSLATE_NOOP("Applications", "Gas equipment"), {equipment()}},
          {QT_TRANSLATE_NOOP("Applications", "Gas meters"),
           {{"meters",
             QT_TRANSLATE_NOOP("Applications", "Gas meters"),
             FieldKind::Items,
             false,
             {},
             {{"meter_type", QT_TRANSLATE_NOOP("Applications", "Type of the meter")},
              {"meter_place", QT_TRANSLATE_NOOP("Applications", "Place of installation")},
              {"last_verification",
               QT_TRANSLATE_NOOP("Applications", "Date of the last verification"),
               FieldKind::Date,
               true,
               {},
               {},
               0,
               DateRule::NotFuture}}}}},
          {QT_TRANSLATE_NOOP("Applications", "Gas consumption"),
           {{"residents", QT_TRANSLATE_NOOP("Applications", "Number of residents"), FieldKind::Count, true, {}, {}, 99},
            {"living_area",
             QT_TRANSLATE_NOOP("Applications", "Heated living area, m²"),
             FieldKind::Number,
             true,
             {},
             {},
             10000},
            {"nonliving_area",
             QT_TRANSLATE_NOOP("Applications", "Heated non-living area, m²"),
             FieldKind::Number,
             false,
             {},
             {},
             10000}}},
          {QT_TRANSLATE_NOOP("Applications", "Farm animals and poultry"),
           {{"animals", QT_TRANSLATE_NOOP("Applications", "Farm animals and poultry: kinds and numbers"),
             FieldKind::LongText, false}}},
          {QT_TRANSLATE_NOOP("Applications", "Benefits"),
           {{"benefits", QT_TRANSLATE_NOOP("Applications", "Benefits you are entitled to"), FieldKind::LongText,
             false}}}}},
        documentsStep(),
        sendingStep()};
}

QList<Step> maintenanceSteps()
{
    return {personalStep(),
            {"object",
             QT_TRANSLATE_NOOP("Applications", "Object of gasification"),
             {objectSection(),
              {QT_TRANSLATE_NOOP("Applications", "Gas equipment"), {equipment()}},
              {QT_TRANSLATE_NOOP("Applications", "Payment form"),
               {{"payment_form",
                 QT_TRANSLATE_NOOP("Applications", "Payment for the maintenance"),
                 FieldKind::Choice,
                 true,
                 {{"after_work", QT_TRANSLATE_NOOP("Applications", "Once, after the work is done")},
                  {"monthly", QT_TRANSLATE_NOOP("Applications", "Monthly, with the payment for gas")}}}}}}},
            documentsStep(),
            sendingStep()};
}

const Field* findIn(const QList<Field>& fields, const QString& key)
{
    for (const Field& f : fields) {
        if (key == QLatin1String(f.key))
            return &f;
    }
    return nullptr;
}
} // namespace

const QList<Step>& stepsOf(const QString& type)
{
    static const QList<Step> connection = connectionSteps();
    static const QList<Step> supply = supplySteps();
    static const QList<Step> maintenance = maintenanceSteps();
    static const QList<Step> none;
    if (type == QLatin1String(kConnection))
        return connection;
    if (type == QLatin1String(kSupply))
        return supply;
    if (type == QLatin1String(kMaintenance))
        return maintenance;
    return none;
}

const Field* fieldOf(const QString& type, const QString& key)
{
    for (const Step& step : stepsOf(type)) {
        for (const Section& section : step.sections) {
            if (const Field* f = findIn(section.fields, key))
                return f;
        }
    }
    return nullptr;
}

const char* typeLabel(const QString& type)
{
    if (type == QLatin1String(kConnection))
        return QT_TRANSLATE_NOOP("Applications", "Contract for technical connection");
    if (type == QLatin1String(kSupply))
        return QT_TRANSLATE_NOOP("Applications", "Contract for gas supply");
    if (type == QLatin1String(kMaintenance))
        return QT_TRANSLATE_NOOP("Applications", "Contract for maintenance of in-house gas equipment");
    return nullptr;
}

QList<const char*> types()
{
    return {kConnection, kSupply, kMaintenance};
}

} // namespace mygas::applications
