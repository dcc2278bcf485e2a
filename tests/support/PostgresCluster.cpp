#include "tests/support/PostgresCluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

PostgresCluster& PostgresCluster::shared()
{
    static PostgresCluster cluster;
    return cluster;
}

PostgresCluster::~PostgresCluster()
{
    if (m_started) {
        QString ignored;
        run(m_binDir + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("stop")},
            &ignored, 30000);
    }
}

bool PostgresCluster::run(const QString& program, const QStringList& args, QString* error, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir->path());
    if (m_asPostgresUser)
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args);
    else
        p.start(program, args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3")
                     .arg(program, args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

bool PostgresCluster::ensureStarted(QString* error)
{
    if (m_started)
        return true;
    const QString fromEnv = qEnvironmentVariable("MYGAS_PG_BINDIR");
    m_binDir = fromEnv.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : fromEnv;
    if (!QFile::exists(m_binDir + QStringLiteral("/initdb"))) {
        *error = QStringLiteral("initdb not found in %1 (install postgresql-15 or set MYGAS_PG_BINDIR)").arg(m_binDir);
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mygas-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
#ifdef Q_OS_UNIX
    if (geteuid() == 0) {
        m_asPostgresUser = true;
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), m_dir->path()});
        QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                                                 QFile::ExeOther);
    }
#endif
    const QString data = m_dir->filePath(QStringLiteral("data"));
    if (!run(m_binDir + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-A"),
              QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-sync")},
             error))
        return false;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
    }
    const QString opts = QStringLiteral("-p %1 -k %2 -h 127.0.0.1 -c fsync=off -c synchronous_commit=off "
                                        "-c full_page_writes=off -c max_connections=200")
                             .arg(m_port)
                             .arg(m_dir->path());
    if (!run(m_binDir + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), data, QStringLiteral("-o"), opts, QStringLiteral("-l"),
              m_dir->filePath(QStringLiteral("postgres.log")), QStringLiteral("-w"), QStringLiteral("start")},
             error)) {
        QFile log(m_dir->filePath(QStringLiteral("postgres.log")));
        if (log.open(QIODevice::ReadOnly))
            *error += QString::fromLocal8Bit(log.readAll());
        return false;
    }
    m_started = true;
    return true;
}

QString PostgresCluster::createDatabase(QString* error)
{
    if (!ensureStarted(error))
        return {};
    const QString name = QStringLiteral("mygas_test_%1").arg(++m_databases);
    if (!run(m_binDir + QStringLiteral("/createdb"),
             {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
              QStringLiteral("-U"), QStringLiteral("postgres"), name},
             error))
        return {};
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(name);
}
