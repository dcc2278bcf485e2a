#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// Starts the real mygas-server binary (MYGAS_SERVER_BIN) on a free loopback
// port with a fresh data directory and database, and stops it again.
// The database follows MYGAS_TEST_DB: "sqlite" (default) or "postgresql"
// (a database in the shared throwaway cluster of PostgresCluster).
class ServerProcess
{
public:
    struct Options
    {
        bool demo = true;
        bool insecureHttp = false;
        QStringList extraArgs;
        // The data directory (and the SQLite file) one level down, in a
        // folder the server makes itself.
        bool serverMadeDataDir = false;
        // A program the server is started through, with its arguments
        // (e.g. prlimit to lower a limit); it must exec the server.
        QStringList launcher;
        // NAME=VALUE pairs added to the server's environment (e.g. TZ=UTC).
        QStringList environment;
        // Another process's database, data directory (its keys) and clock
        // file instead of fresh ones: several processes serving the same users.
        QString databaseUrl;
        QString dataDir;
        QString clockFile;
        // Listen on this port (0: any free one).
        int port = 0;
    };

    ServerProcess();
    ~ServerProcess();

    bool start(const Options& options, QString* error = nullptr);
    bool start() { return start(Options{}); }
    void stop();
    // Starts again with the same data directory and database.
    bool restart(QString* error = nullptr);
    // Starts again with the same data directory and database, other options.
    bool restartWith(const Options& options, QString* error = nullptr);
    // Like restart(), listening on the same port again: clients that keep
    // the old address find the server back.
    bool restartOnSamePort(QString* error = nullptr);
    bool isRunning() const;
    qint64 pid() const;
    // SIGKILL (kill -9): no shutdown of any kind.
    void killHard();

    QUrl baseUrl() const { return m_baseUrl; } // https://127.0.0.1:PORT
    QUrl apiUrl(const QString& path) const;    // baseUrl + /api/v1 + path
    QString caFile() const;                    // DATA_DIR/ca.pem (demo)
    QString dataDir() const;
    // The file holding the offset of the server's clock (setClockOffset).
    QString clockFile() const;
    QString databaseUrl() const { return m_db; }
    // What the server printed so far.
    QByteArray output();

    // Moves the server's clock: the server reads DATA_DIR/clock-offset
    // (passed with --clock-file) on each request.
    void setClockOffset(qint64 seconds);
    void advanceClock(qint64 seconds);

    static QString binary();
    static bool usingPostgres();

private:
    bool launch(QString* error, int port = 0);

    std::unique_ptr<QProcess> m_process;
    QTemporaryDir m_dataDir;
    Options m_options;
    QString m_db;
    QUrl m_baseUrl;
    QByteArray m_output;
    qint64 m_clockOffset = 0;
};
