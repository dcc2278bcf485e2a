#pragma once

// One blocking HTTPS/1.1 keep-alive connection for the load clients of the
// benchmarks: a request is written whole and its answer read whole
// (Content-Length bodies, as mygas-server sends them). Used from one thread.
#include <openssl/ssl.h>

#include <string>

namespace bench {

struct HttpAnswer
{
    int status = 0;
    std::string head; // status line and headers
    std::string body;
};

class HttpsConnection
{
public:
    HttpsConnection(SSL_CTX* context, std::string host, std::string port);
    ~HttpsConnection();
    HttpsConnection(const HttpsConnection&) = delete;
    HttpsConnection& operator=(const HttpsConnection&) = delete;

    bool isOpen() const { return m_ssl != nullptr; }
    // TCP connect and TLS handshake, the server's certificate checked
    // against the context's CA and the host.
    bool open(std::string* error);
    void close();
    // Writes `request` (a complete HTTP/1.1 message) and reads the answer.
    // false on any I/O or protocol error; the connection is closed then.
    bool exchange(const std::string& request, HttpAnswer* answer, std::string* error);

    // A client context trusting the certificates in caFile (PEM).
    static SSL_CTX* clientContext(const std::string& caFile, std::string* error);
    // The value of a header of an answer (name case-insensitive), or "".
    static std::string header(const HttpAnswer& answer, const char* name);

private:
    bool fail(std::string* error, const std::string& what);

    SSL_CTX* m_context;
    std::string m_host;
    std::string m_port;
    int m_socket = -1;
    SSL* m_ssl = nullptr;
    std::string m_buffer;
};

} // namespace bench
