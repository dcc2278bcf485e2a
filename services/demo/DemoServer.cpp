#include "services/demo/DemoServer.h"

#include "services/core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace mygas {

DemoServer::DemoServer(QObject* parent) : QObject(parent), m_dataDir(defaultDataDir())
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyRead, this, &DemoServer::onOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        // QProcess's own text is English and names a system call.
        if (error == QProcess::FailedToStart)
            emit failed(tr("The demo server %1 could not be started: the program was not found or cannot be run.")
                            .arg(QDir::toNativeSeparators(m_process.program())));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        qCInfo(lcDemo) << "demo server exited with" << code;
        if (m_baseUrl.isEmpty())
            emit failed(QString::fromUtf8(m_output).trimmed());
    });
    connect(qApp, &QCoreApplication::aboutToQuit, this, &DemoServer::stop);
}

DemoServer::~DemoServer()
{
    stop();
}

QString DemoServer::findBinary()
{
    const QString fromEnv = qEnvironmentVariable("MYGAS_SERVER_BIN");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QDir appDir(QCoreApplication::applicationDirPath());
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("mygas-server.exe");
#else
    const QString name = QStringLiteral("mygas-server");
#endif
    // Installed side by side; in a build tree the server sits in ../server.
    for (const QString& candidate : {appDir.filePath(name), appDir.filePath(QStringLiteral("../server/") + name)}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return name;
}

QString DemoServer::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo-server");
}

QString DemoServer::caFile() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("ca.pem"));
}

void DemoServer::start()
{
    QDir().mkpath(m_dataDir);
    m_output.clear();
    m_baseUrl.clear();
    const QString binary = findBinary();
    const QStringList args{QStringLiteral("serve"),        QStringLiteral("--demo"),     QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:0"),  QStringLiteral("--data-dir"), m_dataDir,
                           QStringLiteral("--watch-stdin")};
    qCInfo(lcDemo) << "starting" << binary << args;
    // The server quits when its standard input ends, which the system does
    // when this app exits in any way, a crash included.
    m_process.start(binary, args);
}

void DemoServer::onOutput()
{
    m_output += m_process.readAll();
    if (!m_baseUrl.isEmpty())
        return;
    static const QRegularExpression listening(QStringLiteral("mygas-server listening on (https://\\S+)"));
    const auto match = listening.match(QString::fromUtf8(m_output));
    if (!match.hasMatch())
        return;
    m_baseUrl = QUrl(match.captured(1));
    qCInfo(lcDemo) << "demo server ready at" << m_baseUrl;
    emit ready(m_baseUrl);
}

void DemoServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    qCInfo(lcDemo) << "stopping the demo server";
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

} // namespace mygas
