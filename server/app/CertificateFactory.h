#pragma once

#include "models/core/Error.h"

#include <QString>

namespace mygas::server {

// The demo server's TLS material: a local CA (DATA_DIR/ca.pem, ca-key.pem)
// and a server certificate it signs for 127.0.0.1, ::1 and localhost
// (server.pem, server-key.pem). Existing files are reused.
class CertificateFactory
{
public:
    explicit CertificateFactory(QString dataDir);

    Status ensure();
    QString caFile() const;
    QString certFile() const;
    QString keyFile() const;

private:
    QString path(const char* name) const;
    QString m_dataDir;
};

} // namespace mygas::server
