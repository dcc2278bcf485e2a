// The load client of bench/readings_submit and bench/readings_faults:
// POST /api/v1/accounts/{id}/readings over HTTPS keep-alive, one blocking
// connection per thread, every request accounted for.
//
//   mygas_bench_readings_load --url https://HOST:PORT --ca-file CA.pem --targets FILE
//       [--connections 64] [--duration SECONDS] [--stop-file PATH] [--key-prefix TEXT]
//       [--retry [--new-key-on-retry]] [--retry-limit SECONDS] [--log FILE] [--targets-out FILE]
//
// FILE holds one account a line: "ACCOUNT_ID TOKEN METER_ID=LAST[,METER_ID=LAST...]".
// Account i belongs to connection i mod N, so a meter is written by one
// connection only and its values rise in order: each request sends, for every
// meter of the account, the last accepted value plus 1…9 m³, and checks the
// consumption the server reports. A connection stops sending when the
// duration ends or the stop file appears, after the answer to its last
// request: every request sent is counted with its answer.
// --retry: a request whose connection fails (the server was killed) or that
// gets a 5xx is sent again with the same Idempotency-Key and body until it is
// answered, as the app's outbox does (for at most --retry-limit seconds).
// --new-key-on-retry makes each resend a new request instead (a client that
// does not keep its key), for bench/readings_faults to show what it catches.
// --log: a line per answered request, "KEY STATUS ACCOUNT METER=VALUE:accepted|CODE ...".
// --targets-out: FILE again with the last accepted values, for a next run.
// Prints "result key=value ..." and "refused CODE=COUNT ...".
#include "bench/https_connection.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Meter
{
    std::string id;
    long long last = 0;
};

struct Target
{
    std::string account;
    std::string token;
    std::vector<Meter> meters;
};

struct Options
{
    std::string host;
    std::string port;
    std::string caFile;
    std::string targetsFile;
    std::string stopFile;
    std::string keyPrefix = "bench";
    std::string logFile;
    std::string targetsOut;
    int connections = 64;
    double duration = 10;
    bool retry = false;
    bool newKeyOnRetry = false;
    double retryLimit = 120;
};

struct Stats
{
    long long requests = 0; // distinct Idempotency-Keys
    long long attempts = 0; // exchanges tried, retries included
    long long retried = 0;  // requests sent more than once
    long long replayed = 0; // answers the server repeated from its store (Idempotent-Replayed)
    long long answered2xx = 0;
    long long non2xx = 0;
    long long errors = 0;   // requests given up without an answer
    long long readings = 0; // items in 2xx answers
    long long accepted = 0;
    long long refused = 0;
    long long badConsumption = 0; // accepted with a consumption other than the step sent
    std::map<std::string, long long> codes;
    std::vector<double> latenciesMs;
    std::vector<std::string> log;
    Clock::time_point finished;
    std::string lastError;
};

[[noreturn]] void usage(const std::string& problem)
{
    std::fprintf(stderr,
                 "mygas_bench_readings_load: %s\n"
                 "usage: mygas_bench_readings_load --url https://HOST:PORT --ca-file CA.pem --targets FILE\n"
                 "       [--connections N] [--duration SECONDS] [--stop-file PATH] [--key-prefix TEXT]\n"
                 "       [--retry [--new-key-on-retry]] [--retry-limit SECONDS] [--log FILE] [--targets-out FILE]\n",
                 problem.c_str());
    std::exit(2);
}

Options parseOptions(int argc, char* argv[])
{
    Options o;
    std::string url;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                usage(arg + " needs a value");
            return argv[++i];
        };
        if (arg == "--url")
            url = value();
        else if (arg == "--ca-file")
            o.caFile = value();
        else if (arg == "--targets")
            o.targetsFile = value();
        else if (arg == "--connections")
            o.connections = std::stoi(value());
        else if (arg == "--duration")
            o.duration = std::stod(value());
        else if (arg == "--stop-file")
            o.stopFile = value();
        else if (arg == "--key-prefix")
            o.keyPrefix = value();
        else if (arg == "--log")
            o.logFile = value();
        else if (arg == "--targets-out")
            o.targetsOut = value();
        else if (arg == "--retry")
            o.retry = true;
        else if (arg == "--new-key-on-retry")
            o.newKeyOnRetry = true;
        else if (arg == "--retry-limit")
            o.retryLimit = std::stod(value());
        else
            usage("unknown option " + arg);
    }
    const std::string scheme = "https://";
    if (url.compare(0, scheme.size(), scheme) != 0)
        usage("--url expects https://HOST:PORT");
    std::string rest = url.substr(scheme.size());
    rest = rest.substr(0, rest.find('/'));
    const size_t colon = rest.rfind(':');
    if (colon == std::string::npos)
        usage("--url expects https://HOST:PORT");
    o.host = rest.substr(0, colon);
    o.port = rest.substr(colon + 1);
    if (o.caFile.empty() || o.targetsFile.empty() || o.connections < 1)
        usage("--ca-file, --targets and a positive --connections are required");
    return o;
}

std::vector<Target> readTargets(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        usage("cannot read " + path);
    std::vector<Target> targets;
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        Target t;
        std::string meters;
        if (!(fields >> t.account >> t.token >> meters))
            continue;
        std::istringstream list(meters);
        std::string item;
        while (std::getline(list, item, ',')) {
            const size_t eq = item.find('=');
            if (eq == std::string::npos)
                usage("bad meter " + item + " in " + path);
            t.meters.push_back({item.substr(0, eq), std::stoll(item.substr(eq + 1))});
        }
        targets.push_back(std::move(t));
    }
    return targets;
}

// The step added to a meter: 1…9 m³, different from request to request.
long long step(long long sequence, size_t meter)
{
    return 1 + (sequence * 7 + static_cast<long long>(meter) * 3) % 9;
}

std::string errorCode(const QJsonObject& object)
{
    return object.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString().toStdString();
}

class Worker
{
public:
    Worker(const Options& options, SSL_CTX* context, std::vector<Target> targets, int index)
        : m_options(options), m_connection(context, options.host, options.port), m_targets(std::move(targets)),
          m_index(index)
    {
    }

    bool connect(std::string* error) { return m_connection.open(error); }

    void run(Clock::time_point start)
    {
        const auto end =
            start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(m_options.duration));
        long long sequence = 0;
        while (!m_targets.empty() && Clock::now() < end &&
               (m_options.stopFile.empty() || !std::filesystem::exists(m_options.stopFile))) {
            Target& target = m_targets[size_t(sequence) % m_targets.size()];
            submit(target, ++sequence);
        }
        m_stats.finished = Clock::now();
    }

    const Stats& stats() const { return m_stats; }
    const std::vector<Target>& targets() const { return m_targets; }

private:
    void submit(Target& target, long long sequence)
    {
        std::string key = m_options.keyPrefix + "-" + std::to_string(m_index) + "-" + std::to_string(sequence);
        std::vector<long long> values;
        std::string body = "{\"items\":[";
        for (size_t i = 0; i < target.meters.size(); ++i) {
            values.push_back(target.meters[i].last + step(sequence, i));
            body += (i ? ",{\"meter_id\":\"" : "{\"meter_id\":\"") + target.meters[i].id +
                    "\",\"value\":" + std::to_string(values.back()) + "}";
        }
        body += "]}";
        auto requestWith = [&](const std::string& k) {
            return "POST /api/v1/accounts/" + target.account + "/readings HTTP/1.1\r\nHost: " + m_options.host + ":" +
                   m_options.port + "\r\nAuthorization: Bearer " + target.token +
                   "\r\nContent-Type: application/json\r\nIdempotency-Key: " + k +
                   "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
        };
        std::string request = requestWith(key);
        ++m_stats.requests;
        const auto first = Clock::now();
        bool failedOnce = false; // an exchange of this request was tried and broke
        bool resent = false;
        bench::HttpAnswer answer;
        for (;;) {
            std::string error;
            bool answered = false;
            if (m_connection.isOpen() || m_connection.open(&error)) {
                if (failedOnce && !resent) {
                    resent = true;
                    ++m_stats.retried;
                }
                ++m_stats.attempts;
                const auto sent = Clock::now();
                answered = m_connection.exchange(request, &answer, &error);
                if (answered && (!m_options.retry || answer.status < 500)) {
                    m_stats.latenciesMs.push_back(
                        std::chrono::duration<double, std::milli>(Clock::now() - sent).count());
                    break;
                }
                if (answered)
                    error = "status " + std::to_string(answer.status);
                failedOnce = true;
                if (m_options.newKeyOnRetry) {
                    key += "r";
                    request = requestWith(key);
                }
            }
            m_stats.lastError = error;
            const bool timeLeft = std::chrono::duration<double>(Clock::now() - first).count() < m_options.retryLimit;
            if (!m_options.retry || !timeLeft) {
                ++m_stats.errors;
                m_stats.log.push_back(key + " error " + target.account + " " + error);
                return;
            }
            // The server is restarting: try again shortly, same key, same body.
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        record(target, key, values, answer);
    }

    void record(Target& target, const std::string& key, const std::vector<long long>& values,
                const bench::HttpAnswer& answer)
    {
        std::string line = key + " " + std::to_string(answer.status) + " " + target.account;
        const QJsonObject object = QJsonDocument::fromJson(QByteArray::fromStdString(answer.body)).object();
        if (answer.status < 200 || answer.status > 299) {
            ++m_stats.non2xx;
            const std::string code = "http" + std::to_string(answer.status) + ":" + errorCode(object);
            ++m_stats.codes[code];
            m_stats.log.push_back(line + " " + code);
            return;
        }
        ++m_stats.answered2xx;
        if (bench::HttpsConnection::header(answer, "Idempotent-Replayed") == "true")
            ++m_stats.replayed;
        const QJsonArray results = object.value(QStringLiteral("results")).toArray();
        for (const QJsonValue& v : results) {
            const QJsonObject r = v.toObject();
            const std::string meter = r.value(QStringLiteral("meter_id")).toString().toStdString();
            const auto it =
                std::find_if(target.meters.begin(), target.meters.end(), [&](const Meter& m) { return m.id == meter; });
            ++m_stats.readings;
            if (it == target.meters.end()) {
                ++m_stats.codes["unknown_meter_in_answer"];
                continue;
            }
            const long long value = values[size_t(it - target.meters.begin())];
            line += " " + meter + "=" + std::to_string(value) + ":";
            if (r.value(QStringLiteral("accepted")).toBool()) {
                ++m_stats.accepted;
                if (r.value(QStringLiteral("consumption")).toInteger() != value - it->last)
                    ++m_stats.badConsumption;
                it->last = value;
                line += "accepted";
            } else {
                ++m_stats.refused;
                const std::string code = errorCode(r);
                ++m_stats.codes[code];
                line += code;
            }
        }
        if (results.size() != qsizetype(target.meters.size()))
            ++m_stats.codes["answer_without_every_meter"];
        m_stats.log.push_back(line);
    }

    const Options& m_options;
    bench::HttpsConnection m_connection;
    std::vector<Target> m_targets;
    int m_index;
    Stats m_stats;
};

double percentile(std::vector<double>& sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t i = std::min(sorted.size() - 1, size_t(double(sorted.size()) * p / 100.0));
    return sorted[i];
}

} // namespace

int main(int argc, char* argv[])
{
    // A write to a connection the killed server left must fail, not end us.
    std::signal(SIGPIPE, SIG_IGN);
    const Options options = parseOptions(argc, argv);
    const std::vector<Target> targets = readTargets(options.targetsFile);
    if (targets.empty())
        usage("no accounts in " + options.targetsFile);
    std::string error;
    SSL_CTX* context = bench::HttpsConnection::clientContext(options.caFile, &error);
    if (!context)
        usage(error);

    const int n = std::min<int>(options.connections, int(targets.size()));
    std::vector<std::unique_ptr<Worker>> workers;
    for (int w = 0; w < n; ++w) {
        std::vector<Target> mine;
        for (size_t i = size_t(w); i < targets.size(); i += size_t(n))
            mine.push_back(targets[i]);
        workers.push_back(std::make_unique<Worker>(options, context, std::move(mine), w));
        if (!workers.back()->connect(&error)) {
            std::fprintf(stderr, "mygas_bench_readings_load: %s\n", error.c_str());
            return 1;
        }
    }
    // Every connection is open and past its handshake: the clock starts now.
    const auto start = Clock::now();
    std::vector<std::thread> threads;
    for (auto& w : workers)
        threads.emplace_back([&w, start] { w->run(start); });
    for (auto& t : threads)
        t.join();

    Stats total;
    Clock::time_point last = start;
    for (const auto& w : workers) {
        const Stats& s = w->stats();
        total.requests += s.requests;
        total.attempts += s.attempts;
        total.retried += s.retried;
        total.replayed += s.replayed;
        total.answered2xx += s.answered2xx;
        total.non2xx += s.non2xx;
        total.errors += s.errors;
        total.readings += s.readings;
        total.accepted += s.accepted;
        total.refused += s.refused;
        total.badConsumption += s.badConsumption;
        for (const auto& [code, count] : s.codes)
            total.codes[code] += count;
        total.latenciesMs.insert(total.latenciesMs.end(), s.latenciesMs.begin(), s.latenciesMs.end());
        total.log.insert(total.log.end(), s.log.begin(), s.log.end());
        last = std::max(last, s.finished);
        if (!s.lastError.empty())
            total.lastError = s.lastError;
    }
    if (!options.logFile.empty()) {
        std::ofstream out(options.logFile);
        for (const std::string& line : total.log)
            out << line << '\n';
        if (!out.flush()) {
            std::fprintf(stderr, "mygas_bench_readings_load: cannot write %s\n", options.logFile.c_str());
            return 1;
        }
    }
    if (!options.targetsOut.empty()) {
        std::ofstream out(options.targetsOut);
        for (const auto& w : workers) {
            for (const Target& t : w->targets()) {
                out << t.account << ' ' << t.token << ' ';
                for (size_t i = 0; i < t.meters.size(); ++i)
                    out << (i ? "," : "") << t.meters[i].id << '=' << t.meters[i].last;
                out << '\n';
            }
        }
        if (!out.flush()) {
            std::fprintf(stderr, "mygas_bench_readings_load: cannot write %s\n", options.targetsOut.c_str());
            return 1;
        }
    }
    std::sort(total.latenciesMs.begin(), total.latenciesMs.end());
    const double seconds = std::chrono::duration<double>(last - start).count();
    std::printf("result connections=%d requests=%lld attempts=%lld retried=%lld answered_2xx=%lld non_2xx=%lld "
                "errors=%lld replayed=%lld readings=%lld accepted=%lld refused=%lld bad_consumption=%lld seconds=%.3f "
                "requests_per_s=%.1f accepted_per_s=%.1f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f\n",
                n, total.requests, total.attempts, total.retried, total.answered2xx, total.non2xx, total.errors,
                total.replayed, total.readings, total.accepted, total.refused, total.badConsumption, seconds,
                seconds > 0 ? double(total.requests - total.errors) / seconds : 0.0,
                seconds > 0 ? double(total.accepted) / seconds : 0.0, percentile(total.latenciesMs, 50),
                percentile(total.latenciesMs, 99), total.latenciesMs.empty() ? 0.0 : total.latenciesMs.back());
    std::string refused = "refused";
    for (const auto& [code, count] : total.codes)
        refused += " " + code + "=" + std::to_string(count);
    std::printf("%s\n", refused.c_str());
    if (!total.lastError.empty())
        std::printf("last_error %s\n", total.lastError.c_str());
    SSL_CTX_free(context);
    return 0;
}
