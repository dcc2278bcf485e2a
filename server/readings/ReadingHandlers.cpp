#include "server/readings/ReadingHandlers.h"

#include "server/http/HttpUtil.h"
#include "server/http/IdempotentAnswers.h"

namespace mygas::server {

namespace {
using Method = QHttpServerRequest::Method;
} // namespace

Status ReadingHandlers::start(const QString& databaseUrl, std::function<void()> beforeRequest)
{
    return m_writer.open(databaseUrl, std::move(beforeRequest), &m_context, [this](ReadingWriter::Answers answers) {
        for (QHttpServerResponse& answer : answers) {
            Waiting waiting = std::move(m_waiting.front());
            m_waiting.pop_front();
            if (waiting.reply)
                waiting.reply->send(std::move(answer));
            else
                waiting.done(std::move(answer));
        }
    });
}

void ReadingHandlers::registerRoutes(QHttpServer& server)
{
    server.route(
        QStringLiteral("/api/v1/accounts/<arg>/readings"), Method::Post,
        http::limitedLaterArg([this](const QString& id, const QHttpServerRequest& request, compat::LaterReply reply) {
            ReadingRequest r;
            r.authorization = compat::header(request, "authorization");
            r.accountId = id;
            r.idempotencyKey = http::idempotencyKey(request);
            r.body = request.body();
            const Result<QJsonObject> body = http::parseBody(request);
            Result<QList<ReadingItem>> items =
                body.ok() ? readReadingItems(body.value()) : Result<QList<ReadingItem>>(body.error());
            if (items.ok())
                r.items = items.value();
            else
                r.refused = items.error();
            m_waiting.push_back({std::move(reply), {}});
            m_writer.queue(std::move(r));
        }));
}

void ReadingHandlers::submit(ReadingRequest request, std::function<void(QHttpServerResponse)> done)
{
    m_waiting.push_back({std::nullopt, std::move(done)});
    m_writer.queue(std::move(request));
}

} // namespace mygas::server
