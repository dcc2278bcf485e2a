#include "WebEnginePlugin.h"

#include "BankPageDialog.h"

namespace mygas {

QDialog* WebEnginePlugin::createDialog(const QUrl& page, const QUrl& returnUrl, const QList<QSslCertificate>& trusted,
                                       const QString& title, QWidget* parent)
{
    return new BankPageDialog(page, returnUrl, trusted, title, parent);
}

} // namespace mygas
