#pragma once

#include "BankPagePlugin.h"

#include <QObject>

namespace mygas {

// BankPagePlugin over Qt WebEngine (QWebEngineView in BankPageDialog).
class WebEnginePlugin : public QObject, public BankPagePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MYGAS_BANK_PAGE_PLUGIN_IID)
    Q_INTERFACES(mygas::BankPagePlugin)
public:
    QDialog* createDialog(const QUrl& page, const QUrl& returnUrl, const QList<QSslCertificate>& trusted,
                          const QString& title, QWidget* parent) override;
};

} // namespace mygas
