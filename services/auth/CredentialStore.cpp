#include "services/auth/CredentialStore.h"

#include "services/core/Logging.h"

#include <QEventLoop>
#include <QSettings>
#include <QTimer>
#include <QUrl>
#include <qt6keychain/keychain.h>

namespace mygas {

namespace {

CredentialStore::Outcome outcomeOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return CredentialStore::Outcome::Ok;
    case QKeychain::EntryNotFound:
        return CredentialStore::Outcome::NotFound;
    default: // NoBackendAvailable, NotImplemented, AccessDenied…, OtherError
        return CredentialStore::Outcome::Unavailable;
    }
}

template <typename Job> Job* makeJob(const QString& key)
{
    auto* job = new Job(CredentialStore::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

CredentialStore::CredentialStore(QObject* parent) : QObject(parent) {}

QString CredentialStore::keyFor(const QString& server, const QString& login)
{
    return server + QLatin1Char('|') + login;
}

QString CredentialStore::settingsKey(const QString& server)
{
    return QStringLiteral("sessions/") + QString::fromLatin1(QUrl::toPercentEncoding(server)) +
           QStringLiteral("/login");
}

QString CredentialStore::rememberedLogin(const QString& server) const
{
    return QSettings().value(settingsKey(server)).toString();
}

void CredentialStore::readSession(const QString& server, QObject* context, ReadCallback callback)
{
    const QString login = rememberedLogin(server);
    QPointer<QObject> guard(context);
    if (login.isEmpty()) {
        callback(ReadResult{Outcome::NotFound, {}, {}, {}});
        return;
    }
    auto* job = makeJob<QKeychain::ReadPasswordJob>(keyFor(server, login));
    connect(job, &QKeychain::Job::finished, this, [job, login, guard, callback](QKeychain::Job*) {
        if (!guard)
            return; // the asker is gone
        ReadResult r{outcomeOf(job->error()), login, job->textData(), job->errorString()};
        if (r.outcome != Outcome::Ok)
            r.secret.clear();
        qCDebug(lcAuth) << "keychain read:" << r.outcome << (r.outcome == Outcome::Ok ? QString() : r.detail);
        callback(r);
    });
    job->start();
}

void CredentialStore::writeSession(const QString& server, const QString& login, const QString& refreshToken,
                                   QObject* context, WriteCallback callback)
{
    QPointer<QObject> guard(context);
    auto* job = makeJob<QKeychain::WritePasswordJob>(keyFor(server, login));
    job->setTextData(refreshToken);
    ++m_pendingWrites;
    connect(job, &QKeychain::Job::finished, this, [this, job, server, login, guard, callback](QKeychain::Job*) {
        writeFinished();
        const Outcome outcome = outcomeOf(job->error());
        if (outcome == Outcome::Ok)
            QSettings().setValue(settingsKey(server), login);
        else
            qCWarning(lcAuth) << "keychain write failed:" << job->error() << job->errorString();
        if (guard && callback)
            callback(outcome, job->errorString());
    });
    job->start();
}

void CredentialStore::forgetSession(const QString& server, const QString& login, QObject* context,
                                    WriteCallback callback)
{
    QSettings().remove(settingsKey(server));
    QPointer<QObject> guard(context);
    auto* job = makeJob<QKeychain::DeletePasswordJob>(keyFor(server, login));
    ++m_pendingWrites;
    connect(job, &QKeychain::Job::finished, this, [this, job, guard, callback](QKeychain::Job*) {
        writeFinished();
        Outcome outcome = outcomeOf(job->error());
        if (outcome == Outcome::NotFound)
            outcome = Outcome::Ok;
        if (guard && callback)
            callback(outcome, job->errorString());
    });
    job->start();
}

void CredentialStore::writeFinished()
{
    if (--m_pendingWrites == 0)
        emit writesSettled();
}

bool CredentialStore::waitForPendingWrites(int timeoutMs)
{
    if (m_pendingWrites == 0)
        return true;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    connect(this, &CredentialStore::writesSettled, &loop, &QEventLoop::quit);
    loop.exec();
    if (m_pendingWrites > 0)
        qCWarning(lcAuth) << "keychain did not finish" << m_pendingWrites << "write(s) in time";
    return m_pendingWrites == 0;
}

} // namespace mygas
