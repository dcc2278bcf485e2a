// Logs a user in through the client's services layer so that the refresh
// token is remembered in the OS keychain exactly as `mygas` keeps it; the next
// `mygas --server URL --ca-file CA` then opens the main window directly.
//
//   mygas_bench_seed_session --server URL --ca-file CA --login LOGIN --password PASSWORD
#include "services/auth/AuthService.h"
#include "services/auth/CredentialStore.h"
#include "services/net/ApiClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace mygas;

namespace {

void finish(int code, const QString& message)
{
    std::fprintf(code == 0 ? stdout : stderr, "mygas_bench_seed_session: %s\n", qPrintable(message));
    std::fflush(stdout);
    QCoreApplication::exit(code);
}

// The keychain write is asynchronous and reports only failures: read the
// entry back until it holds the token the server just issued.
void awaitStored(CredentialStore* store, const QString& server, const QString& token, int attemptsLeft)
{
    store->readSession(server, store, [=](const CredentialStore::ReadResult& r) {
        if (r.outcome == CredentialStore::Outcome::Ok && r.secret == token) {
            finish(0, QStringLiteral("session of %1 remembered for %2").arg(r.login, server));
        } else if (attemptsLeft <= 0) {
            finish(1, QStringLiteral("the keychain does not hold the session (%1)").arg(r.detail));
        } else {
            QTimer::singleShot(100, store, [=] { awaitStored(store, server, token, attemptsLeft - 1); });
        }
    });
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // QSettings keeps the remembered login under the client's own name (app/main.cpp).
    QCoreApplication::setOrganizationName(QStringLiteral("mygas"));
    QCoreApplication::setApplicationName(QStringLiteral("mygas"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption serverOpt(QStringLiteral("server"), QStringLiteral("Server URL."), QStringLiteral("URL"));
    const QCommandLineOption caOpt(QStringLiteral("ca-file"), QStringLiteral("Extra CA (PEM)."), QStringLiteral("PEM"));
    const QCommandLineOption loginOpt(QStringLiteral("login"), QStringLiteral("Login."), QStringLiteral("LOGIN"));
    const QCommandLineOption passwordOpt(QStringLiteral("password"), QStringLiteral("Password."),
                                         QStringLiteral("PASSWORD"));
    parser.addOptions({serverOpt, caOpt, loginOpt, passwordOpt});
    parser.process(app);
    if (!parser.isSet(serverOpt) || !parser.isSet(loginOpt) || !parser.isSet(passwordOpt)) {
        std::fputs("usage: mygas_bench_seed_session --server URL [--ca-file PEM] --login LOGIN --password PASSWORD\n",
                   stderr);
        return 2;
    }

    ApiClient api;
    api.setBaseUrl(QUrl(parser.value(serverOpt)));
    if (parser.isSet(caOpt) && !api.addCaFile(parser.value(caOpt))) {
        std::fprintf(stderr, "mygas_bench_seed_session: no certificate in %s\n", qPrintable(parser.value(caOpt)));
        return 2;
    }
    CredentialStore store;
    AuthService auth(&api, &store);
    // The key `mygas --server URL` reads the session under (app/CompositionRoot.cpp).
    const QString identity = QUrl(parser.value(serverOpt)).toString(QUrl::RemovePath | QUrl::StripTrailingSlash);
    auth.setServerIdentity(identity);
    QObject::connect(&auth, &AuthService::credentialsNotSaved, &app,
                     [] { finish(1, QStringLiteral("the keychain refused the refresh token")); });

    QTimer::singleShot(0, &app, [&] {
        auth.login(parser.value(loginOpt), parser.value(passwordOpt), &app, [&](const Status& s) {
            if (!s.ok()) {
                finish(1, QStringLiteral("login failed: %1 %2").arg(s.error().code, s.error().message));
                return;
            }
            awaitStored(&store, identity, api.tokens().refreshToken, 100);
        });
    });
    QTimer::singleShot(60000, &app, [] { finish(1, QStringLiteral("timed out")); });
    return app.exec();
}
