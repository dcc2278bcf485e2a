#include "server/app/ServerApp.h"

#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "server/app/CertificateFactory.h"
#include "server/app/ClockFile.h"
#include "server/app/Crypto.h"
#include "server/app/Features.h"
#include "server/app/Logging.h"
#include "server/app/PrivateFiles.h"
#include "server/db/Checkpointer.h"
#include "server/db/Migrations.h"
#include "server/demo/DemoData.h"
#include "server/directory/DirectoryStore.h"
#include "server/http/HttpCompat.h"
#include "server/http/HttpUtil.h"
#include "server/http/RequestGate.h"
#include "server/notifications/NotificationOutbox.h"

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
// Short enough that the log seldom outgrows the page cache between two checkpoints.
constexpr int kCheckpointIntervalMs = 100;
} // namespace

ServerApp::ServerApp(ServerOptions options) : m_options(std::move(options)) {}

ServerApp::~ServerApp()
{
    // No request arrives for a feature being destroyed; then the features in
    // the reverse order of their making.
    m_http.reset();
    while (!m_features.empty())
        m_features.pop_back();
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

bool ServerApp::startFeatures(QString* error)
{
    ServerContext& c = *m_context;
    m_features.push_back(authFeature(c));
    m_features.push_back(directoryFeature(c));
    m_features.push_back(accountsFeature(c));
    m_features.push_back(sectionsFeature(c));
    m_features.push_back(readingsFeature(c));
    m_features.push_back(syncFeature(c));
    m_features.push_back(paymentsFeature(c));
    m_features.push_back(requestsFeature(c));
    m_features.push_back(applicationsFeature(c));
    m_features.push_back(operatorsFeature(c));
    m_features.push_back(filesFeature(c));
    m_features.push_back(notificationsFeature(c));
    if (m_options.demo)
        m_features.push_back(demoFeature(c));
    for (const std::unique_ptr<Feature>& feature : m_features) {
        if (!feature->start(error))
            return false;
    }
    return true;
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
        Status seeded = demo::seedAccounts(m_db, &m_pinSeal);
        if (seeded.ok())
            seeded = demo::seedOperator(m_db);
        if (!seeded.ok()) {
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

    m_outbox = std::make_unique<NotificationOutbox>(m_db);
    ClockFile* clockFile = m_clockFile.get();
    // Before each request that reads the time: pick up a moved test clock.
    const std::function<void()> refreshClock = [clockFile] {
        if (clockFile)
            clockFile->refresh();
    };
    m_gate = std::make_unique<RequestGate>(m_db, refreshClock);
    m_context = std::unique_ptr<ServerContext>(
        new ServerContext{m_options, m_db, m_calendar, *m_outbox, m_pinSeal, *m_gate, refreshClock, nullptr});
    if (!startFeatures(error))
        return false;

    m_http = std::make_unique<QHttpServer>();
    for (const std::unique_ptr<Feature>& feature : m_features)
        feature->registerRoutes(*m_http);
    const QByteArray notFound =
        QJsonDocument(errorToJson(makeError(errc::NotFound, {}, 404))).toJson(QJsonDocument::Compact);
    compat::setNotFoundBody(*m_http, notFound);
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
    const QUrl publicBase(m_options.publicUrl.isEmpty() ? url() : m_options.publicUrl);
    for (const std::unique_ptr<Feature>& feature : m_features)
        feature->serving(publicBase);
    qCInfo(lcServer) << "serving" << url() << (m_options.demo ? "(demo)" : "");
    return true;
}

} // namespace mygas::server
