#pragma once

#include "Error.h"
#include "PaymentTypes.h"

#include <QUrl>

#include <functional>

class QDialog;
class QWidget;

namespace mygas {

class PaymentsService;

// Opens the bank's page of an order in the dialog of the plugin
// mygas_bankpage (loaded on first use) and, once the dialog closes — by the
// bank's return or by hand — asks the server how the order ended. Returns the
// dialog, deleted when closed; nullptr when the plugin cannot be loaded (done
// is not called then).
QDialog* openBankPage(PaymentsService* payments, const QString& orderId, const QUrl& page, const QString& title,
                      QWidget* parent, std::function<void(const Result<PaymentOrder>&)> done);

} // namespace mygas
