#include "bench/https_connection.h"

#include <openssl/err.h>
#include <openssl/x509v3.h>

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <strings.h>

namespace bench {

namespace {
std::string sslErrors()
{
    std::string out;
    while (const unsigned long e = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(e, text, sizeof text);
        out += out.empty() ? "" : "; ";
        out += text;
    }
    return out.empty() ? std::string(std::strerror(errno)) : out;
}

bool isIpAddress(const std::string& host)
{
    unsigned char buffer[sizeof(in6_addr)];
    return inet_pton(AF_INET, host.c_str(), buffer) == 1 || inet_pton(AF_INET6, host.c_str(), buffer) == 1;
}

// The value of a header in a header block (case-insensitive name), or "".
std::string headerValue(const std::string& head, const char* name)
{
    const size_t length = std::strlen(name);
    size_t line = head.find("\r\n");
    while (line != std::string::npos && line + 2 < head.size()) {
        const size_t start = line + 2;
        const size_t end = head.find("\r\n", start);
        const size_t stop = end == std::string::npos ? head.size() : end;
        if (stop - start > length && head[start + length] == ':' &&
            strncasecmp(head.c_str() + start, name, length) == 0) {
            size_t v = start + length + 1;
            while (v < stop && head[v] == ' ')
                ++v;
            return head.substr(v, stop - v);
        }
        line = end;
    }
    return {};
}
} // namespace

HttpsConnection::HttpsConnection(SSL_CTX* context, std::string host, std::string port)
    : m_context(context), m_host(std::move(host)), m_port(std::move(port))
{
}

HttpsConnection::~HttpsConnection()
{
    close();
}

SSL_CTX* HttpsConnection::clientContext(const std::string& caFile, std::string* error)
{
    SSL_CTX* context = SSL_CTX_new(TLS_client_method());
    if (!context || SSL_CTX_load_verify_locations(context, caFile.c_str(), nullptr) != 1) {
        *error = "cannot load the CA " + caFile + ": " + sslErrors();
        if (context)
            SSL_CTX_free(context);
        return nullptr;
    }
    SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nullptr);
    return context;
}

bool HttpsConnection::fail(std::string* error, const std::string& what)
{
    *error = what;
    close();
    return false;
}

bool HttpsConnection::open(std::string* error)
{
    close();
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    if (getaddrinfo(m_host.c_str(), m_port.c_str(), &hints, &found) != 0 || !found)
        return fail(error, "cannot resolve " + m_host);
    for (addrinfo* a = found; a && m_socket < 0; a = a->ai_next) {
        m_socket = socket(a->ai_family, a->ai_socktype, a->ai_protocol);
        if (m_socket >= 0 && connect(m_socket, a->ai_addr, a->ai_addrlen) != 0) {
            ::close(m_socket);
            m_socket = -1;
        }
    }
    freeaddrinfo(found);
    if (m_socket < 0)
        return fail(error, "cannot connect to " + m_host + ":" + m_port + ": " + std::strerror(errno));
    const int one = 1;
    setsockopt(m_socket, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    // A server that stops answering must not hang the run.
    timeval timeout{60, 0};
    setsockopt(m_socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);

    m_ssl = SSL_new(m_context);
    if (!m_ssl)
        return fail(error, "SSL_new: " + sslErrors());
    SSL_set_fd(m_ssl, m_socket);
    if (isIpAddress(m_host))
        X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(m_ssl), m_host.c_str());
    else
        SSL_set1_host(m_ssl, m_host.c_str());
    ERR_clear_error();
    if (SSL_connect(m_ssl) != 1)
        return fail(error, "TLS handshake with " + m_host + ":" + m_port + ": " + sslErrors());
    m_buffer.clear();
    return true;
}

void HttpsConnection::close()
{
    if (m_ssl) {
        SSL_free(m_ssl);
        m_ssl = nullptr;
    }
    if (m_socket >= 0) {
        ::close(m_socket);
        m_socket = -1;
    }
    m_buffer.clear();
}

bool HttpsConnection::exchange(const std::string& request, HttpAnswer* answer, std::string* error)
{
    if (!m_ssl)
        return fail(error, "not connected");
    ERR_clear_error();
    if (SSL_write(m_ssl, request.data(), int(request.size())) != int(request.size()))
        return fail(error, "write: " + sslErrors());

    size_t headEnd = std::string::npos;
    size_t total = 0;
    char chunk[16384];
    for (;;) {
        if (headEnd == std::string::npos) {
            headEnd = m_buffer.find("\r\n\r\n");
            if (headEnd != std::string::npos) {
                const std::string head = m_buffer.substr(0, headEnd);
                if (head.compare(0, 5, "HTTP/") != 0 || head.size() < 12)
                    return fail(error, "not an HTTP answer");
                answer->status = std::atoi(head.c_str() + 9);
                if (!headerValue(head, "Transfer-Encoding").empty())
                    return fail(error, "chunked answers are not supported");
                total = headEnd + 4 + size_t(std::atoll(headerValue(head, "Content-Length").c_str()));
            }
        }
        if (headEnd != std::string::npos && m_buffer.size() >= total)
            break;
        ERR_clear_error();
        const int n = SSL_read(m_ssl, chunk, sizeof chunk);
        if (n <= 0)
            return fail(error, "read: connection closed or failed (" + sslErrors() + ")");
        m_buffer.append(chunk, size_t(n));
    }
    answer->head = m_buffer.substr(0, headEnd);
    answer->body = m_buffer.substr(headEnd + 4, total - headEnd - 4);
    m_buffer.erase(0, total);
    if (strncasecmp(header(*answer, "Connection").c_str(), "close", 5) == 0)
        close();
    return true;
}

std::string HttpsConnection::header(const HttpAnswer& answer, const char* name)
{
    return headerValue(answer.head, name);
}

} // namespace bench
