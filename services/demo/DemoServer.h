#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace mygas {

// Runs the bundled `mygas-server serve --demo` on a free loopback port for
// `mygas --demo`, with its data (and the CA it creates) in the app-data
// folder. The process is stopped with this object or when the app quits.
class DemoServer : public QObject
{
    Q_OBJECT
public:
    explicit DemoServer(QObject* parent = nullptr);
    ~DemoServer() override;

    // mygas-server next to the client executable, or MYGAS_SERVER_BIN.
    static QString findBinary();
    static QString defaultDataDir();

    void setDataDir(const QString& dir) { m_dataDir = dir; }
    QString dataDir() const { return m_dataDir; }
    void start();
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    QUrl baseUrl() const { return m_baseUrl; }
    QString caFile() const;

signals:
    void ready(const QUrl& baseUrl);
    void failed(const QString& reason);

private:
    void onOutput();

    QProcess m_process;
    QString m_dataDir;
    QByteArray m_output;
    QUrl m_baseUrl;
};

} // namespace mygas
