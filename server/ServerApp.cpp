#include "ServerApp.h"

#include "AccountHandlers.h"
#include "AccountService.h"
#include "ApiTypes.h"
#include "AuthHandlers.h"
#include "AuthService.h"
#include "CertificateFactory.h"
#include "Checkpointer.h"
#include "ClockFile.h"
#include "Crypto.h"
#include "DemoData.h"
#include "DemoHandlers.h"
#include "DirectoryHandlers.h"
#include "ErrorCatalog.h"
#include "HttpCompat.h"
#include "HttpUtil.h"
#include "Logging.h"
#include "Migrations.h"
#include "OutboxDelivery.h"
#include "OutboxStore.h"
#include "PasswordHasher.h"
#include "PaymentHandlers.h"
#include "PaymentService.h"
#include "PinSeal.h"
#include "PrivateFiles.h"
#include "ReadingHandlers.h"
#include "RequestGate.h"
#include "SandboxAcquirer.h"
#include "SectionHandlers.h"
#include "SmsGatewaySender.h"
#include "SmtpSender.h"
#include "SyncHandlers.h"

#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include <curl/curl.h>

#include <functional>

namespace mygas::server {

namespace {
constexpr int kDirectoryRefreshMs = 5000;
// Short enough that the log seldom outgrows the page cache between two checkpoints.
constexpr int kCheckpointIntervalMs = 100;
constexpr int kNoticeRetryMs = 5000;
} // namespace

ServerApp::ServerApp(ServerOptions options) : m_options(std::move(options)) {}

ServerApp::~ServerApp()
{
    m_http.reset();
    m_delivery.reset();
}

QString ServerApp::url() const
{
    return QStringLiteral("%1://%2:%3")
        .arg(m_options.insecureHttp ? QStringLiteral("http") : QStringLiteral("https"), m_options.hostForUrl())
        .arg(m_port);
}

bool ServerApp::setupTls(QString* error)
{
    QString certFile = m_options.tlsCertFile;
    QString keyFile = m_options.tlsKeyFile;
    if (certFile.isEmpty()) {
        CertificateFactory factory(m_options.dataDir);
        const Status made = factory.ensure();
        if (!made.ok()) {
            *error = made.error().message;
            return false;
        }
        certFile = factory.certFile();
        keyFile = factory.keyFile();
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certFile);
    QFile keyIn(keyFile);
    if (chain.isEmpty() || !keyIn.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS certificate %1 or key %2").arg(certFile, keyFile);
        return false;
    }
    const QByteArray keyPem = keyIn.readAll();
    QSslKey key(keyPem, QSsl::Ec);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa);
    if (key.isNull()) {
        *error = QStringLiteral("the TLS key %1 is neither an EC nor an RSA private key in PEM").arg(keyFile);
        return false;
    }
    // The whole chain is presented so that a certificate issued through an
    // intermediate CA verifies on clients that only know the root.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls = tls;
    return true;
}

// The secret the bank signs its notices with: DATA_DIR/acquirer.secret, made
// on the first start (processes that serve the same users share the file).
bool ServerApp::loadAcquirerSecret(QByteArray* secret, QString* error) const
{
    QFile file(QDir(m_options.dataDir).filePath(QStringLiteral("acquirer.secret")));
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
            file.write(crypto::randomToken().toLatin1()) <= 0) {
            *error = QStringLiteral("cannot write %1").arg(file.fileName());
            return false;
        }
        file.close();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(file.fileName());
        return false;
    }
    *secret = file.readAll().trimmed();
    if (secret->size() < 32) {
        *error = QStringLiteral("%1 holds fewer than 32 characters").arg(file.fileName());
        return false;
    }
    return true;
}

void ServerApp::registerRoutes()
{
    m_authHandlers->registerRoutes(*m_http);
    m_directory->registerRoutes(*m_http);
    m_accountHandlers->registerRoutes(*m_http);
    m_sectionHandlers->registerRoutes(*m_http);
    m_readingHandlers->registerRoutes(*m_http);
    m_syncHandlers->registerRoutes(*m_http);
    m_paymentHandlers->registerRoutes(*m_http);
    m_acquirer->registerRoutes(*m_http);
    if (m_demo)
        m_demo->registerRoutes(*m_http);
    const QByteArray notFound =
        QJsonDocument(errorToJson(makeError(errc::NotFound, {}, 404))).toJson(QJsonDocument::Compact);
    compat::setNotFoundBody(*m_http, notFound);
}

bool ServerApp::start(QString* error)
{
    if (!crypto::init()) {
        *error = QStringLiteral("libsodium cannot be initialised");
        return false;
    }
    curl_global_init(CURL_GLOBAL_DEFAULT);
    if (!privatefiles::makeDir(m_options.dataDir)) {
        *error = QStringLiteral("cannot create the data directory %1").arg(m_options.dataDir);
        return false;
    }
    if (!m_options.clockFile.isEmpty()) {
        m_clockFile = std::make_unique<ClockFile>(m_options.clockFile);
        m_clockFile->install();
    }
    const Status opened = m_db.open(m_options.effectiveDatabaseUrl());
    if (!opened.ok()) {
        *error = QStringLiteral("cannot open the database: %1").arg(opened.error().message);
        return false;
    }
    if (const Status migrated = Migrations::migrate(m_db); !migrated.ok()) {
        *error = QStringLiteral("cannot migrate the database: %1").arg(migrated.error().message);
        return false;
    }
    DirectoryStore directory(m_db);
    // The key of the PINs printed on receipts (PinSeal): DATA_DIR/pin.key,
    // made on the first start; `mygas-server import --pin-key` takes the same file.
    const Result<PinSeal> pinSeal = PinSeal::load(QDir(m_options.dataDir).filePath(QStringLiteral("pin.key")), true);
    if (!pinSeal.ok()) {
        *error = pinSeal.error().message;
        return false;
    }
    m_pinSeal = pinSeal.value();
    if (m_options.demo) {
        if (const Status seeded = directory.upsert({demo::companies(), demo::offices(), demo::faq()}); !seeded.ok()) {
            *error = QStringLiteral("cannot seed the demo data");
            return false;
        }
        if (const Status seeded = demo::seedAccounts(m_db, &m_pinSeal); !seeded.ok()) {
            *error = QStringLiteral("cannot seed the demo accounts: %1").arg(seeded.error().message);
            return false;
        }
    }
    if (m_db.kind() == Database::Kind::Sqlite) {
        m_checkpointer = std::make_unique<Checkpointer>();
        if (const Status started = m_checkpointer->start(m_options.effectiveDatabaseUrl(), kCheckpointIntervalMs);
            !started.ok()) {
            *error = QStringLiteral("cannot open the database for checkpoints: %1").arg(started.error().message);
            return false;
        }
        m_db.setAutoCheckpoint(false);
    }
    // Hash once now so the first unknown-login attempt is not faster than the rest.
    crypto::dummyVerify(QString());

    m_outbox = std::make_unique<OutboxStore>(m_db);
    m_auth = std::make_unique<AuthService>(m_db, *m_outbox);
    ClockFile* clockFile = m_clockFile.get();
    // Before each request that reads the time: pick up a moved test clock.
    const std::function<void()> refreshClock = [clockFile] {
        if (clockFile)
            clockFile->refresh();
    };
    m_hasher = std::make_unique<PasswordHasher>();
    m_authHandlers = std::make_unique<AuthHandlers>(*m_auth, *m_hasher, refreshClock);
    const Directory loaded = directory.load();
    m_calendar.reload(loaded.companies);
    m_directory = std::make_unique<DirectoryHandlers>(loaded);
    // `mygas-server import` may add companies and offices from another
    // process: the few directory rows are read again every few seconds.
    m_directoryRefresh.setInterval(kDirectoryRefreshMs);
    QObject::connect(&m_directoryRefresh, &QTimer::timeout, [this] {
        Directory fresh = DirectoryStore(m_db).load();
        m_calendar.reload(fresh.companies);
        m_directory->reload(std::move(fresh));
    });
    m_directoryRefresh.start();
    m_accounts = std::make_unique<AccountService>(m_db, *m_outbox, m_calendar);
    // The demo has no company operator to approve PIN requests.
    m_accounts->setApprovePinRequests(m_options.demo);
    m_gate = std::make_unique<RequestGate>(m_db, refreshClock);
    m_accountHandlers = std::make_unique<AccountHandlers>(*m_accounts, *m_gate);
    m_sectionHandlers = std::make_unique<SectionHandlers>(m_db, *m_gate, m_calendar);
    m_sectionHandlers->setPinSeal(&m_pinSeal);
    m_readingHandlers = std::make_unique<ReadingHandlers>();
    if (const Status writer = m_readingHandlers->start(m_options.effectiveDatabaseUrl(), refreshClock); !writer.ok()) {
        *error = QStringLiteral("cannot open the database for readings: %1").arg(writer.error().message);
        return false;
    }
    m_syncHandlers = std::make_unique<SyncHandlers>(m_db, *m_gate);
    QByteArray acquirerSecret;
    if (!loadAcquirerSecret(&acquirerSecret, error))
        return false;
    // The sandbox bank hands its signed notices to the same check the HTTP
    // endpoint uses.
    m_acquirer = std::make_unique<SandboxAcquirer>(
        m_db, acquirerSecret,
        [this](const QByteArray& body, const QByteArray& signature) { return m_payments->receive(body, signature); });
    m_payments = std::make_unique<PaymentService>(m_db, *m_acquirer, acquirerSecret, m_calendar);
    m_paymentHandlers = std::make_unique<PaymentHandlers>(*m_payments, *m_gate);
    if (m_options.demo)
        m_demo = std::make_unique<DemoHandlers>(*m_outbox);
    m_delivery = std::make_unique<OutboxDelivery>(*m_outbox, m_options.demo);
    if (!m_options.smtpUrl.isEmpty())
        m_delivery->setSender(QStringLiteral("email"), new SmtpSender(m_options.smtpUrl, m_options.smtpFrom));
    if (!m_options.smsGatewayTemplate.isEmpty())
        m_delivery->setSender(QStringLiteral("sms"), new SmsGatewaySender(m_options.smsGatewayTemplate));

    m_http = std::make_unique<QHttpServer>();
    registerRoutes();
    const bool tls = !m_options.insecureHttp;
    compat::afterRequest(*m_http, [tls](QHttpServerResponse& response, const QHttpServerRequest& request) {
        http::addSecurityHeaders(response, request.url().path(), tls);
    });
    http::setTrustedProxies(m_options.trustedProxies);
    compat::LaterReply::setFinisher(
        [tls](QHttpServerResponse& response, const QString& path) { http::addSecurityHeaders(response, path, tls); });
    if (!m_options.insecureHttp && !setupTls(error))
        return false;
    m_port = compat::listen(*m_http, m_options.listenAddress, m_options.listenPort, m_tls, m_options.edge);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2").arg(m_options.listenHost).arg(m_options.listenPort);
        return false;
    }
    m_paymentHandlers->setPublicBase(QUrl(m_options.publicUrl.isEmpty() ? url() : m_options.publicUrl));
    m_delivery->start();
    QObject::connect(&m_noticeRetry, &QTimer::timeout, [this] { m_acquirer->redeliver(); });
    m_noticeRetry.start(kNoticeRetryMs);
    qCInfo(lcServer) << "serving" << url() << (m_options.demo ? "(demo)" : "");
    return true;
}

} // namespace mygas::server
