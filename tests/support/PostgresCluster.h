#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

// A throwaway PostgreSQL 15 cluster for one test process: initdb in a
// temporary directory, a server on a free loopback port with trust
// authentication, stopped when the process ends. PostgreSQL refuses to run as
// root, so as root the cluster runs as the "postgres" user.
class PostgresCluster
{
public:
    static PostgresCluster& shared();
    ~PostgresCluster();

    // A new empty database; returns its URL postgresql://postgres@127.0.0.1:PORT/NAME
    // or an empty string with *error set.
    QString createDatabase(QString* error);
    int port() const { return m_port; }

private:
    PostgresCluster() = default;
    bool ensureStarted(QString* error);
    bool run(const QString& program, const QStringList& args, QString* error, int timeoutMs = 120000);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    int m_port = 0;
    int m_databases = 0;
    bool m_started = false;
    bool m_asPostgresUser = false;
};
