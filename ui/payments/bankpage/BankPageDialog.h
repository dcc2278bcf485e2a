#pragma once

#include <QDialog>
#include <QList>
#include <QSslCertificate>
#include <QUrl>
#include <QWebEnginePage>

class QLabel;
class QWebEngineCertificateError;
class QWebEngineProfile;
class QWebEngineView;

namespace mygas {

// The bank's page: only https loads and no window opens. A navigation to
// the return address is not loaded; returned() tells the dialog instead.
class BankWebPage : public QWebEnginePage
{
    Q_OBJECT
public:
    BankWebPage(const QUrl& returnUrl, QWebEngineProfile* profile, QObject* parent);

signals:
    void returned();

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage* createWindow(WebWindowType type) override;

private:
    QUrl m_returnUrl;
};

// The bank's payment page (manual 4.3.1.4 points 5–6, 4.7.3.1), the window of
// the helper program mygas-bankpage. The page lives in an off-the-record
// profile of its own: only https pages load, popups and downloads are
// refused, and a certificate error is refused unless the server's chain
// verifies against one of `trusted` (the CA the app was told to trust, e.g.
// the demo's). Once the page sends the browser to an address that starts
// with `returnUrl` (scheme, host, port and path), the dialog accepts itself
// without loading it; closing it by hand rejects it.
class BankPageDialog : public QDialog
{
    Q_OBJECT
public:
    BankPageDialog(const QUrl& page, const QUrl& returnUrl, const QList<QSslCertificate>& trusted, const QString& title,
                   QWidget* parent = nullptr);
    ~BankPageDialog() override;

private:
    void checkCertificate(const QWebEngineCertificateError& error);
    // Puts text in place of the page; the first reason given stays.
    void showMessage(const QString& text);

    QList<QSslCertificate> m_trusted;
    QWebEngineProfile* m_profile;
    BankWebPage* m_page;
    QWebEngineView* m_view;
    QLabel* m_message;
};

} // namespace mygas
