#include "server/edge/RequestFraming.h"

#include "models/core/ErrorCatalog.h"
#include "models/files/FileRules.h"

#include <QList>

namespace mygas::server {

namespace {
bool isToken(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool allDigits(QByteArrayView v)
{
    if (v.isEmpty() || v.size() > 15)
        return false;
    for (const char c : v) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// Where the head ends (the index after its blank line), or -1.
qsizetype headEnd(const QByteArray& input)
{
    const qsizetype crlf = input.indexOf("\r\n\r\n");
    return crlf < 0 ? -1 : crlf + 4;
}
} // namespace

RequestFraming::RequestFraming(int maxHeadBytes, qint64 maxBodyBytes)
    : m_maxHeadBytes(maxHeadBytes), m_maxBodyBytes(maxBodyBytes), m_bodyLimit(maxBodyBytes)
{
}

void RequestFraming::reset()
{
    m_state = State::Start;
    m_head.clear();
    m_body.clear();
    m_remaining = 0;
    m_keepAlive = true;
    m_isHeadMethod = false;
    m_continue = false;
    m_bodyLimit = m_maxBodyBytes;
    m_largeBody = false;
    m_trailerBytes = 0;
}

bool RequestFraming::takeContinue()
{
    const bool c = m_continue;
    m_continue = false;
    return c;
}

RequestFraming::Step RequestFraming::refuse(int status, const char* code)
{
    m_state = State::Refused;
    m_refusalStatus = status;
    m_refusalCode = code;
    m_keepAlive = false;
    return Step::Refused;
}

RequestFraming::Step RequestFraming::feed(QByteArray& input)
{
    if (m_state == State::Refused)
        return Step::Refused;
    if (m_state == State::Done)
        return Step::Complete;
    if (m_state == State::Start) {
        // Empty lines between requests are allowed and skipped.
        qsizetype skip = 0;
        while (skip < input.size() && (input[skip] == '\r' || input[skip] == '\n'))
            ++skip;
        input.remove(0, skip);
        if (input.isEmpty())
            return Step::NeedMore;
        m_state = State::Head;
    }
    if (m_state == State::Head) {
        const qsizetype end = headEnd(input);
        if (end < 0 || end > m_maxHeadBytes) {
            if (end > m_maxHeadBytes || input.size() >= m_maxHeadBytes)
                return refuse(431, errc::HeadersTooLarge);
            return Step::NeedMore;
        }
        const QByteArray head = input.left(end);
        input.remove(0, end);
        if (const Step s = parseHead(head); s != Step::NeedMore)
            return s;
    }
    const Step s = m_state == State::Body ? readBody(input) : readChunks(input);
    if (s == Step::Complete)
        m_state = State::Done;
    return s;
}

RequestFraming::Step RequestFraming::parseHead(const QByteArray& head)
{
    // Every line ends with CRLF; the blank line that ends the head is left
    // out of the loop below. Views, not copies: this runs for every request.
    const QByteArrayView all(head);
    const qsizetype firstEnd = all.indexOf("\r\n");
    const QByteArrayView start = all.first(firstEnd);
    const qsizetype sp1 = start.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : start.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 <= sp1 + 1 || start.indexOf(' ', sp2 + 1) >= 0 || !isToken(start.first(sp1)))
        return refuse(400, errc::RequestMalformed);
    const QByteArrayView version = start.sliced(sp2 + 1);
    const bool http11 = version == "HTTP/1.1";
    if (!http11 && version != "HTTP/1.0")
        return refuse(400, errc::RequestMalformed);
    m_keepAlive = http11;
    m_isHeadMethod = start.first(sp1) == "HEAD";
    m_largeBody = files::isUploadPart(start.first(sp1), start.sliced(sp1 + 1, sp2 - sp1 - 1));
    m_bodyLimit = m_largeBody ? std::max(m_maxBodyBytes, files::kPartBytes) : m_maxBodyBytes;

    qint64 length = -1;
    qsizetype chunkedLine = -1, chunkedLineEnd = -1;
    const qsizetype headersEnd = all.size() - 2;
    for (qsizetype at = firstEnd + 2; at < headersEnd;) {
        const qsizetype end = all.indexOf("\r\n", at);
        const QByteArrayView line = all.sliced(at, end - at);
        // A bare LF inside a line, no colon, a space before the colon or a
        // folded line: two readers of such a head could disagree on it.
        const qsizetype colon = line.indexOf(':');
        if (line.contains('\n') || colon <= 0 || !isToken(line.first(colon)))
            return refuse(400, errc::RequestMalformed);
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        const auto is = [&name](const char* word) { return name.compare(word, Qt::CaseInsensitive) == 0; };
        if (is("content-length")) {
            if (length >= 0 || !allDigits(value))
                return refuse(400, errc::RequestMalformed);
            length = value.toLongLong();
        } else if (is("transfer-encoding")) {
            if (chunkedLine >= 0 || value.compare("chunked", Qt::CaseInsensitive) != 0 || !http11)
                return refuse(400, errc::RequestMalformed);
            chunkedLine = at;
            chunkedLineEnd = end + 2;
        } else if (is("connection")) {
            for (const QByteArray& token : value.toByteArray().toLower().split(',')) {
                if (token.trimmed() == "close")
                    m_keepAlive = false;
                else if (token.trimmed() == "keep-alive" && !http11)
                    m_keepAlive = true;
            }
        } else if (is("expect")) {
            m_continue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
        at = end + 2;
    }
    const bool chunked = chunkedLine >= 0;
    if (chunked && length >= 0)
        return refuse(400, errc::RequestMalformed);
    if (length > m_bodyLimit)
        return refuse(413, errc::BodyTooLarge);
    if (chunked) {
        // The router receives the decoded body with a length instead: the
        // head without its Transfer-Encoding line and blank line.
        m_head = head.left(chunkedLine) + head.mid(chunkedLineEnd, headersEnd - chunkedLineEnd);
        m_state = State::ChunkSize;
        return Step::NeedMore;
    }
    m_head = head;
    m_remaining = std::max<qint64>(length, 0);
    m_continue = m_continue && m_remaining > 0;
    m_state = State::Body;
    return Step::NeedMore;
}

RequestFraming::Step RequestFraming::readBody(QByteArray& input)
{
    if (m_remaining > 0) {
        const qsizetype take = qsizetype(std::min<qint64>(m_remaining, input.size()));
        m_body += input.left(take);
        input.remove(0, take);
        m_remaining -= take;
    }
    return m_remaining == 0 ? Step::Complete : Step::NeedMore;
}

RequestFraming::Step RequestFraming::readChunks(QByteArray& input)
{
    for (;;) {
        if (m_state == State::ChunkSize || m_state == State::ChunkEnd || m_state == State::Trailers) {
            const qsizetype eol = input.indexOf("\r\n");
            if (eol < 0) {
                if (input.size() > 1024)
                    return refuse(400, errc::RequestMalformed);
                return Step::NeedMore;
            }
            const QByteArray line = input.left(eol);
            input.remove(0, eol + 2);
            if (m_state == State::ChunkEnd) {
                if (!line.isEmpty())
                    return refuse(400, errc::RequestMalformed);
                m_state = State::ChunkSize;
            } else if (m_state == State::Trailers) {
                m_trailerBytes += int(eol) + 2;
                if (m_trailerBytes > m_maxHeadBytes)
                    return refuse(431, errc::HeadersTooLarge);
                if (line.isEmpty()) {
                    m_head += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n\r\n";
                    return Step::Complete;
                }
            } else {
                const qsizetype semicolon = line.indexOf(';'); // chunk extensions are ignored
                const QByteArray size = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
                bool ok = false;
                const qint64 n = size.size() <= 8 ? size.toLongLong(&ok, 16) : -1;
                if (!ok || n < 0)
                    return refuse(400, errc::RequestMalformed);
                if (m_body.size() + n > m_bodyLimit)
                    return refuse(413, errc::BodyTooLarge);
                m_remaining = n;
                m_state = n == 0 ? State::Trailers : State::ChunkData;
            }
            continue;
        }
        // ChunkData
        const qsizetype take = qsizetype(std::min<qint64>(m_remaining, input.size()));
        m_body += input.left(take);
        input.remove(0, take);
        m_remaining -= take;
        if (m_remaining > 0)
            return Step::NeedMore;
        m_state = State::ChunkEnd;
    }
}

} // namespace mygas::server
