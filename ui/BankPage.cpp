#include "BankPage.h"

#include "BankPagePlugin.h"
#include "PaymentsService.h"
#include "Plugins.h"

#include <QDialog>
#include <QPointer>

namespace mygas {

QDialog* openBankPage(PaymentsService* payments, const QString& orderId, const QUrl& page, const QString& title,
                      QWidget* parent, std::function<void(const Result<PaymentOrder>&)> done)
{
    // Qt WebEngine loads with the first bank page, not at every start.
    auto* plugin = qobject_cast<BankPagePlugin*>(
        loadPlugin(QStringLiteral("mygas_bankpage"), QStringLiteral(MYGAS_BANKPAGE_BUILD_DIR)));
    if (!plugin)
        return nullptr;
    QDialog* dialog = plugin->createDialog(page, payments->returnUrl(), payments->trustedCertificates(), title, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<PaymentsService> service(payments);
    QObject::connect(dialog, &QDialog::finished, parent, [service, orderId, parent, done = std::move(done)]() {
        if (service)
            service->status(orderId, parent, done);
    });
    dialog->open();
    return dialog;
}

} // namespace mygas
