#include "tests/support/ServerProcess.h"

#include "tests/support/PostgresCluster.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::binary()
{
    const QString fromEnv = qEnvironmentVariable("MYGAS_SERVER_BIN");
    return fromEnv.isEmpty() ? QStringLiteral("mygas-server") : fromEnv;
}

bool ServerProcess::usingPostgres()
{
    return qEnvironmentVariable("MYGAS_TEST_DB") == QLatin1String("postgresql");
}

QUrl ServerProcess::apiUrl(const QString& path) const
{
    QUrl u = m_baseUrl;
    u.setPath(QStringLiteral("/api/v1") + path);
    return u;
}

QString ServerProcess::caFile() const
{
    return QDir(dataDir()).filePath(QStringLiteral("ca.pem"));
}

void ServerProcess::setClockOffset(qint64 seconds)
{
    m_clockOffset = seconds;
    QFile f(clockFile());
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(QByteArray::number(seconds));
}

void ServerProcess::advanceClock(qint64 seconds)
{
    setClockOffset(m_clockOffset + seconds);
}

bool ServerProcess::start(const Options& options, QString* error)
{
    m_options = options;
    if (!options.databaseUrl.isEmpty()) {
        m_db = options.databaseUrl;
        return launch(error, options.port);
    }
    if (usingPostgres()) {
        QString pgError;
        m_db = PostgresCluster::shared().createDatabase(&pgError);
        if (m_db.isEmpty()) {
            if (error)
                *error = QStringLiteral("PostgreSQL: ") + pgError;
            return false;
        }
    } else {
        m_db = QStringLiteral("sqlite:") + QDir(dataDir()).filePath(QStringLiteral("mygas.sqlite"));
    }
    setClockOffset(0);
    return launch(error, options.port);
}

QString ServerProcess::clockFile() const
{
    if (!m_options.clockFile.isEmpty())
        return m_options.clockFile;
    return m_dataDir.filePath(QStringLiteral("clock-offset"));
}

QString ServerProcess::dataDir() const
{
    if (!m_options.dataDir.isEmpty())
        return m_options.dataDir;
    return m_options.serverMadeDataDir ? m_dataDir.filePath(QStringLiteral("data")) : m_dataDir.path();
}

bool ServerProcess::restart(QString* error)
{
    stop();
    return launch(error, m_options.port);
}

bool ServerProcess::restartWith(const Options& options, QString* error)
{
    stop();
    m_options = options;
    return launch(error, options.port);
}

bool ServerProcess::restartOnSamePort(QString* error)
{
    const int port = m_baseUrl.port();
    stop();
    return launch(error, port);
}

bool ServerProcess::launch(QString* error, int port)
{
    QStringList args{QStringLiteral("serve"),
                     QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:") + QString::number(port),
                     QStringLiteral("--db"),
                     m_db,
                     QStringLiteral("--data-dir"),
                     dataDir(),
                     QStringLiteral("--clock-file"),
                     clockFile()};
    if (m_options.demo)
        args << QStringLiteral("--demo");
    if (m_options.insecureHttp)
        args << QStringLiteral("--insecure-http");
    args << m_options.extraArgs;

    m_output.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    if (!m_options.environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& pair : m_options.environment)
            env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        m_process->setProcessEnvironment(env);
    }
    if (m_options.launcher.isEmpty())
        m_process->start(binary(), args);
    else
        m_process->start(m_options.launcher.first(), m_options.launcher.mid(1) + QStringList{binary()} + args);
    if (!m_process->waitForStarted(10000)) {
        if (error)
            *error = QStringLiteral("cannot start %1: %2").arg(binary(), m_process->errorString());
        return false;
    }
    static const QRegularExpression ready(QStringLiteral("mygas-server listening on (https?://\\S+)"));
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(200) && m_process->state() != QProcess::Running)
            break;
        m_output += m_process->readAll();
        const auto match = ready.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            return true;
        }
    }
    m_output += m_process->readAll();
    if (error)
        *error = QStringLiteral("server did not become ready; output:\n") + QString::fromUtf8(m_output);
    stop();
    return false;
}

QByteArray ServerProcess::output()
{
    if (m_process)
        m_output += m_process->readAll();
    return m_output;
}

qint64 ServerProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

void ServerProcess::killHard()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
    m_output += m_process->readAll();
    m_process.reset();
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

void ServerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() == QProcess::Running) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_output += m_process->readAll();
    m_process.reset();
}
