#include "ui/requests/RequestDialog.h"

#include "models/readings/ReadingRules.h"
#include "models/requests/RequestRules.h"
#include "models/requests/RequestsModel.h"
#include "services/requests/RequestsService.h"
#include "ui/files/AttachmentsBox.h"
#include "ui/widgets/DialogButtons.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mygas {

namespace {
QDateEdit* dateEdit(const QString& name, const QString& accessible, const QDate& date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    return edit;
}

// The label and its field in a form, the label naming the field for a screen reader.
QLabel* addRow(QFormLayout* form, const QString& text, QWidget* field)
{
    auto* label = new QLabel(text, field->parentWidget());
    label->setBuddy(field);
    if (field->accessibleName().isEmpty())
        field->setAccessibleName(withoutMnemonic(text));
    form->addRow(label, field);
    return label;
}
} // namespace

RequestDialog::RequestDialog(RequestsService* requests, const Account& account, const Company& company,
                             const QString& kind, QWidget* parent)
    : QDialog(parent), m_requests(requests), m_account(account), m_kind(kind), m_error(new QLabel(this))
{
    const bool maintenance = kind == QLatin1String(requests::kMaintenance);
    setObjectName(maintenance ? QStringLiteral("maintenanceRequestDialog") : QStringLiteral("recalculationDialog"));
    setWindowTitle(RequestsModel::kindName(kind));
    const QDate today = rules::providerToday(company);
    const QDate horizon = today.addDays(company.requestHorizonDays);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    if (maintenance) {
        m_workKind = new QComboBox(this);
        m_workKind->setObjectName(QStringLiteral("workKind"));
        m_workKind->addItems(company.maintenanceWorks);
        addRow(form, tr("&Kind of work"), m_workKind);
        m_description = new QPlainTextEdit(this);
        m_description->setObjectName(QStringLiteral("description"));
        m_description->setTabChangesFocus(true);
        m_description->setPlaceholderText(tr("At most %1 characters").arg(rules::kMaxDescriptionLength));
        addRow(form, tr("Short &description"), m_description);
        m_desiredDate = dateEdit(QStringLiteral("desiredDate"), tr("Desired date"), today.addDays(1), this);
        m_desiredDate->setDateRange(today, horizon);
        addRow(form, tr("Desired d&ate (up to %1)").arg(horizon.toString(QStringLiteral("dd.MM.yyyy"))), m_desiredDate);
    } else {
        m_reason = new QComboBox(this);
        m_reason->setObjectName(QStringLiteral("reason"));
        for (const char* r : {requests::kResidents, requests::kAbsence, requests::kHeatedArea})
            m_reason->addItem(RequestsModel::reasonName(QLatin1String(r)), QLatin1String(r));
        addRow(form, tr("&Reason"), m_reason);
        m_fromDate = dateEdit(QStringLiteral("fromDate"), tr("Recalculate from"), today, this);
        m_fromDate->setMaximumDate(horizon);
        addRow(form, tr("Recalculate &from"), m_fromDate);
        m_toDate = dateEdit(QStringLiteral("toDate"), tr("Last day of the absence"),
                            today.addDays(rules::kMinAbsenceDays - 1), this);
        m_toDateLabel = addRow(form, tr("&Last day of the absence"), m_toDate);
        m_residents = new QSpinBox(this);
        m_residents->setObjectName(QStringLiteral("residents"));
        m_residents->setRange(0, int(rules::kMaxResidents));
        m_residents->setValue(1);
        m_residentsLabel = addRow(form, tr("New number of r&esidents"), m_residents);
        m_area = new QDoubleSpinBox(this);
        m_area->setObjectName(QStringLiteral("heatedArea"));
        m_area->setDecimals(1);
        m_area->setRange(0, rules::kMaxHeatedAreaM2);
        m_area->setSuffix(tr(" m²"));
        m_areaLabel = addRow(form, tr("New heated &area"), m_area);
        connect(m_reason, &QComboBox::currentIndexChanged, this, &RequestDialog::showReason);
        // The documents that show the change (manual 4.4.2).
        m_attachments = new AttachmentsBox(this);
    }
    m_error->setObjectName(QStringLiteral("requestError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    const DialogButtons buttons =
        makeDialogButtons(this, maintenance ? tr("Send") : tr("Send the application for recalculation"),
                          QStringLiteral("sendRequestButton"), tr("Cancel"), QStringLiteral("cancelRequestButton"));
    m_send = buttons.accept;
    connect(m_send, &QPushButton::clicked, this, &RequestDialog::send);
    connect(buttons.box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (m_attachments)
        layout->addWidget(m_attachments);
    layout->addWidget(m_error);
    layout->addWidget(buttons.box);
    if (m_reason)
        showReason();
    // Focus where the person starts: the first choice of the form.
    (m_workKind ? static_cast<QWidget*>(m_workKind) : m_reason)->setFocus();
}

void RequestDialog::showReason()
{
    // Before the dialog is shown isVisible() is false for every field: the
    // reason alone says which one is shown.
    const QString reason = m_reason->currentData().toString();
    const bool absence = reason == QLatin1String(requests::kAbsence);
    const bool residents = reason == QLatin1String(requests::kResidents);
    const bool area = reason == QLatin1String(requests::kHeatedArea);
    m_toDate->setVisible(absence);
    m_toDateLabel->setVisible(absence);
    m_residents->setVisible(residents);
    m_residentsLabel->setVisible(residents);
    m_area->setVisible(area);
    m_areaLabel->setVisible(area);
}

ServiceRequest RequestDialog::request() const
{
    ServiceRequest r;
    r.kind = m_kind;
    if (m_workKind) {
        r.workKind = m_workKind->currentText();
        r.description = m_description->toPlainText();
        r.desiredDate = m_desiredDate->date();
        return r;
    }
    r.reason = m_reason->currentData().toString();
    r.fromDate = m_fromDate->date();
    r.toDate = m_toDate->date();
    r.residents = m_residents->value();
    r.heatedAreaM2 = m_area->value();
    return r;
}

QString RequestDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QWidget* RequestDialog::fieldOf(const QString& field) const
{
    const QHash<QString, QWidget*> fields{
        {QStringLiteral("work_kind"), m_workKind},       {QStringLiteral("description"), m_description},
        {QStringLiteral("desired_date"), m_desiredDate}, {QStringLiteral("reason"), m_reason},
        {QStringLiteral("from_date"), m_fromDate},       {QStringLiteral("to_date"), m_toDate},
        {QStringLiteral("residents"), m_residents},      {QStringLiteral("heated_area_m2"), m_area}};
    return fields.value(field);
}

void RequestDialog::send()
{
    const Result<QString> sent =
        m_requests ? m_requests->submit(m_account.id, request(),
                                        m_attachments ? m_attachments->files() : QList<RequestsService::Attachment>())
                   : Result<QString>(makeError("internal"));
    if (sent.ok()) {
        m_sentKey = sent.value();
        accept();
        return;
    }
    m_error->setText(sent.error().message);
    m_error->show();
    if (QWidget* field = fieldOf(sent.error().field))
        field->setFocus();
}

} // namespace mygas
