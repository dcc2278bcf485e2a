#pragma once

#include <QList>
#include <QSslCertificate>
#include <QUrl>
#include <QtPlugin>

class QDialog;
class QWidget;

namespace mygas {

// The bank's payment page inside the app (manual 4.3.1.4 points 5–6, 4.7.3.1).
// It lives in the plugin mygas_bankpage so that Qt WebEngine loads when the
// first payment or card binding opens, not at every start.
class BankPagePlugin
{
public:
    virtual ~BankPagePlugin() = default;
    // A dialog that shows `page` in a private (off-the-record) profile of its
    // own: only https pages load, popups and downloads are refused, and a
    // certificate error is refused unless the server's chain verifies against
    // one of `trusted` (the CA the app was told to trust, e.g. the demo's).
    // Once the page sends the browser to an address that starts with
    // `returnUrl` (scheme, host, port and path), the dialog accepts itself
    // without loading it; closing it by hand rejects it. The caller owns the
    // dialog and shows it with exec() or open().
    virtual QDialog* createDialog(const QUrl& page, const QUrl& returnUrl, const QList<QSslCertificate>& trusted,
                                  const QString& title, QWidget* parent) = 0;
};

} // namespace mygas

#define MYGAS_BANK_PAGE_PLUGIN_IID "org.mygas.BankPagePlugin/1"
Q_DECLARE_INTERFACE(mygas::BankPagePlugin, MYGAS_BANK_PAGE_PLUGIN_IID)
