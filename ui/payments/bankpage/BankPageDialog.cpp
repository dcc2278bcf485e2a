#include "ui/payments/bankpage/BankPageDialog.h"

#include <QLabel>
#include <QShortcut>
#include <QSslConfiguration>
#include <QVBoxLayout>
#include <QWebEngineCertificateError>
#include <QWebEngineDownloadRequest>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace mygas {

namespace {

int defaultPort(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1;
}

// Same scheme, host, port and path; the query and fragment may differ.
bool sameAddress(const QUrl& a, const QUrl& b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(defaultPort(a)) == b.port(defaultPort(b)) &&
           a.path() == b.path();
}

// QSslCertificate::verify() checks against the default configuration's CAs
// (and the system's). The trusted ones join them for this check only, so that
// what one dialog trusts never carries over to another or to the app's sockets.
bool verifiesAgainst(const QList<QSslCertificate>& chain, const QString& host, const QList<QSslCertificate>& trusted)
{
    if (chain.isEmpty() || trusted.isEmpty())
        return false;
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration withTrusted = saved;
    withTrusted.addCaCertificates(trusted);
    QSslConfiguration::setDefaultConfiguration(withTrusted);
    const bool verified = QSslCertificate::verify(chain, host).isEmpty();
    QSslConfiguration::setDefaultConfiguration(saved);
    return verified;
}

} // namespace

BankWebPage::BankWebPage(const QUrl& returnUrl, QWebEngineProfile* profile, QObject* parent)
    : QWebEnginePage(profile, parent), m_returnUrl(returnUrl)
{
}

bool BankWebPage::acceptNavigationRequest(const QUrl& url, NavigationType, bool isMainFrame)
{
    if (sameAddress(url, m_returnUrl)) {
        if (isMainFrame)
            emit returned();
        return false;
    }
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

QWebEnginePage* BankWebPage::createWindow(WebWindowType)
{
    return nullptr;
}

BankPageDialog::BankPageDialog(const QUrl& page, const QUrl& returnUrl, const QList<QSslCertificate>& trusted,
                               const QString& title, QWidget* parent)
    : QDialog(parent), m_trusted(trusted), m_profile(new QWebEngineProfile(this)),
      m_page(new BankWebPage(returnUrl, m_profile, this)), m_view(new QWebEngineView(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("bankPageDialog"));
    setWindowTitle(title);
    setAccessibleName(title);
    resize(560, 720);

    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    connect(m_profile, &QWebEngineProfile::downloadRequested, this,
            [](QWebEngineDownloadRequest* download) { download->cancel(); });

    connect(m_page, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl& origin, QWebEnginePage::Feature feature) {
                m_page->setFeaturePermission(origin, feature, QWebEnginePage::PermissionDeniedByUser);
            });
    connect(m_page, &QWebEnginePage::certificateError, this, &BankPageDialog::checkCertificate);
    // A refused navigation only stops loading (LoadStoppedStatus): the page stays.
    // A page the bank answered with an error status (422 for a mistyped card
    // number, with its own message) is the bank's page all the same: only a
    // page that did not arrive is a failure.
    connect(m_page, &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo& info) {
        if (info.status() == QWebEngineLoadingInfo::LoadFailedStatus &&
            info.errorDomain() != QWebEngineLoadingInfo::HttpStatusCodeDomain)
            showMessage(tr("The bank's page did not open. Check the internet connection and try paying again."));
    });
    // Queued: the owner may delete the dialog once it is accepted, and the
    // page is still inside acceptNavigationRequest() here.
    connect(m_page, &BankWebPage::returned, this, &QDialog::accept, Qt::QueuedConnection);

    m_view->setObjectName(QStringLiteral("bankPageView"));
    m_view->setAccessibleName(tr("Bank page"));
    m_view->setPage(m_page);
    m_message->setObjectName(QStringLiteral("bankPageMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_message->setFocusPolicy(Qt::StrongFocus);
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_message);
    // Esc closes the dialog with the focus in the page too, which keeps the
    // keys it is sent and would not pass Esc on.
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, this, &QDialog::reject);
    m_view->setFocus();
    m_page->load(page);
}

BankPageDialog::~BankPageDialog()
{
    // A page must be gone before its profile, which is the dialog's child too.
    delete m_view;
    delete m_page;
}

void BankPageDialog::checkCertificate(const QWebEngineCertificateError& error)
{
    QWebEngineCertificateError answer = error;
    if (answer.isOverridable() && verifiesAgainst(answer.certificateChain(), answer.url().host(), m_trusted)) {
        answer.acceptCertificate();
        return;
    }
    answer.rejectCertificate();
    showMessage(tr("The authenticity of the bank's page could not be verified. The payment has not started."));
}

void BankPageDialog::showMessage(const QString& text)
{
    if (!m_message->isHidden())
        return;
    m_view->hide();
    m_message->setText(text);
    m_message->show();
    m_message->setFocus();
}

} // namespace mygas
