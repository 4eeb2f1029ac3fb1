// bench_refresh: how long the SLO dashboard's fetch takes, compared with the bare HTTP it needs.
//
// Times, best of N runs each (runs interleaved so that drift hits both sides alike):
//   1. SloEngine::evaluateAll() for every SLO of the demo workspace on a cold cache (a fresh
//      client and engine per run: new connections, as a freshly started srectl has);
//   2. the same HTTP requests sent by `curl --parallel --parallel-max 50`: the range queries the
//      engine sends, reconstructed with slo::bucketQueries() and the engine's start/end/step (and
//      prom::splitRange() where a range is too long), as --data-urlencode POST bodies in a curl
//      config file, with --compressed like the engine's client;
//   3. a warm-cache refresh: evaluateAll() five minutes after a first evaluation on the same engine
//      (one new bucket per SLO);
//   4. the cold evaluateAll() of 1. with the engine's fast path (SloEngine::FastPath::On): where
//      Prometheus holds the series of the generated recording rules, the engine reads them instead
//      of running the SLOs' own queries (docs/slo-formats.md "Engine fast path").
// It prints both cold times, the ratio engine / curl (target: at most 1.2), the refresh time, and
// the cold refresh without and with the recorded series side by side. 1. to 3. run with the fast
// path off, so they measure the SLOs' own queries whatever Prometheus holds.
//
// It starts nothing itself. First start Prometheus on the demo history, from the source folder:
//   scripts/prom-fixture start --generator build/tests/generator/sre-demo-history --dir /tmp/pf --end 1793491200
// For 4. to read recorded series, let Prometheus evaluate the generated rules over the history
// (promtool took 55 minutes for the 35 days on a loaded 2-core machine) and restart it with them:
//   tests/bench/refresh/recorded-blocks.sh "$(cat /tmp/pf/url)" build/bin/srectl resources/demo
//       1790467200 1793491200 /tmp/pf-recorded                 (one command line)
//   scripts/prom-fixture start --generator build/tests/generator/sre-demo-history --dir /tmp/pf --end 1793491200
//       --blocks-from /tmp/pf-recorded                         (one command line)
// (without them, 4. falls back to the SLOs' own queries after one check per SLO, and says so).
// then:
//   build/tests/bench/refresh/bench_refresh "$(cat /tmp/pf/url)" [--runs 5] [--at 1793491200]
//       [--workspace resources/demo] [--curl curl] [--dump FILE]
// and afterwards `scripts/prom-fixture stop --dir /tmp/pf`. --dump writes the curl config (the
// exact URLs and form fields) to FILE as well. Numbers depend on the machine; not a test.
#include "prometheusclient.h"
#include "querybuilder.h"
#include "rangesplit.h"
#include "sloengine.h"
#include "timegrid.h"
#include "window.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryFile>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace sre;

namespace {

struct Options
{
    QString url;
    int runs = 5;
    qint64 at = 1793491200;
    QString workspace = QStringLiteral(SRE_SOURCE_DIR "/resources/demo");
    QString curl = QStringLiteral("curl");
    QString dump;
};

constexpr auto utc = slo::utcSeconds;
using slo::alignDown;

// A string in a curl config file: double quotes, with \\ \" \n \r \t escaped.
QByteArray curlQuoted(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '"': out += "\\\""; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: out += c;
        }
    }
    return out + '"';
}

struct RangeRequest
{
    QString query;
    QString start;
    QString end;
    QString step;
};

// The range queries SloEngine::evaluate() sends for `spec` at `at` on a cold cache: bad and total
// with step kStep over the buckets of [window start - longest burn window, at], split like
// PrometheusClient::queryRange() splits them.
std::vector<RangeRequest> engineRequests(const slo::SloSpec &spec, qint64 at)
{
    const qint64 step = SloEngine::kStep.count();
    const slo::EventQueries queries = slo::bucketQueries(spec, SloEngine::kStep);
    const slo::EvaluationWindow window = slo::evaluationWindow(spec, at);
    const qint64 end = alignDown(at, step);
    const qint64 start = alignDown(std::min(window.range.start, at - SloEngine::kLongestBurnWindow.count()), step);
    std::vector<RangeRequest> out;
    for (const QString &query : { queries.bad, queries.total }) {
        for (const prom::TimeRange &part : prom::splitRange(utc(start + step), utc(end), SloEngine::kStep))
            out.push_back(
                { query, prom::formatApiTime(part.start), prom::formatApiTime(part.end), QString::number(step) });
    }
    return out;
}

QByteArray curlConfig(const QString &baseUrl, const std::vector<RangeRequest> &requests)
{
    QByteArray config = "# The range queries of SloEngine::evaluateAll() on a cold cache, one group per request.\n";
    const QString url = baseUrl + QStringLiteral("/api/v1/query_range");
    for (std::size_t i = 0; i < requests.size(); ++i) {
        const RangeRequest &r = requests[i];
        if (i > 0)
            config += "next\n";
        config += "url = " + curlQuoted(url) + "\n";
        config += "compressed\nsilent\nshow-error\n";
        config += "output = \"/dev/null\"\n";
        config += "write-out = \"%{http_code}\\n\"\n";
        config += "data-urlencode = " + curlQuoted(QStringLiteral("query=") + r.query) + "\n";
        config += "data-urlencode = " + curlQuoted(QStringLiteral("start=") + r.start) + "\n";
        config += "data-urlencode = " + curlQuoted(QStringLiteral("end=") + r.end) + "\n";
        config += "data-urlencode = " + curlQuoted(QStringLiteral("step=") + r.step) + "\n";
    }
    return config;
}

double bestOf(const std::vector<double> &times)
{
    return *std::min_element(times.begin(), times.end());
}

QString list(const std::vector<double> &times)
{
    QStringList parts;
    for (double t : times)
        parts << QString::number(t, 'f', 1);
    return parts.join(QStringLiteral(" "));
}

int usage()
{
    std::fputs(
        "usage: bench_refresh PROMETHEUS_URL [--runs N] [--at UNIX] [--workspace DIR] [--curl PATH] [--dump FILE]\n"
        "Start Prometheus on the demo history first:\n"
        "  scripts/prom-fixture start --generator build/tests/generator/sre-demo-history --dir /tmp/pf --end "
        "1793491200\n",
        stderr);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options opt;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == u"--runs" && hasValue)
            opt.runs = std::max(1, args[++i].toInt());
        else if (a == u"--at" && hasValue)
            opt.at = args[++i].toLongLong();
        else if (a == u"--workspace" && hasValue)
            opt.workspace = args[++i];
        else if (a == u"--curl" && hasValue)
            opt.curl = args[++i];
        else if (a == u"--dump" && hasValue)
            opt.dump = args[++i];
        else if (!a.startsWith(QLatin1String("--")) && opt.url.isEmpty())
            opt.url = a;
        else
            return usage();
    }
    if (opt.url.isEmpty())
        return usage();
    while (opt.url.endsWith(QLatin1Char('/')))
        opt.url.chop(1);

    ws::Workspace workspace;
    workspace.openBlocking(opt.workspace);
    const std::vector<slo::SloSpec> specs = workspace.slos().items();
    if (specs.empty()) {
        std::fprintf(stderr, "bench_refresh: no SLOs in %s\n", qPrintable(opt.workspace));
        return 2;
    }
    DatasourceConfig ds;
    ds.name = QStringLiteral("bench");
    ds.url = QUrl(opt.url);
    ds.timeout = std::chrono::seconds(120);

    // The reference requests, in a curl config file.
    std::vector<RangeRequest> requests;
    for (const slo::SloSpec &spec : specs)
        for (RangeRequest &r : engineRequests(spec, opt.at))
            requests.push_back(std::move(r));
    const QByteArray config = curlConfig(opt.url, requests);
    QTemporaryFile configFile;
    if (!configFile.open() || configFile.write(config) != config.size() || !configFile.flush()) {
        std::fputs("bench_refresh: cannot write the curl config\n", stderr);
        return 1;
    }
    if (!opt.dump.isEmpty()) {
        QFile dump(opt.dump);
        if (dump.open(QIODevice::WriteOnly))
            dump.write(config);
    }

    // One curl run: all requests in parallel; every answer must be HTTP 200.
    auto runCurl = [&](QString *problem) -> double {
        QProcess p;
        QElapsedTimer timer;
        timer.start();
        p.start(opt.curl,
                { QStringLiteral("--parallel"), QStringLiteral("--parallel-max"), QStringLiteral("50"),
                  QStringLiteral("--config"), configFile.fileName() });
        p.waitForFinished(300000);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const QList<QByteArray> codes = p.readAllStandardOutput().split('\n');
        const qsizetype ok = std::count(codes.begin(), codes.end(), QByteArray("200"));
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || ok != qsizetype(requests.size()))
            *problem = QStringLiteral("curl exit %1, %2 of %3 answers were HTTP 200: %4")
                           .arg(p.exitCode())
                           .arg(ok)
                           .arg(requests.size())
                           .arg(QString::fromUtf8(p.readAllStandardError()).trimmed());
        return ms;
    };

    // One engine run on a cold cache (fresh client: fresh connections, like curl).
    int failures = 0;
    auto check = [&](const QList<SloEvaluation> &results) {
        for (const SloEvaluation &e : results) {
            if (e.error) {
                ++failures;
                std::fprintf(stderr, "bench_refresh: %s: %s\n", qPrintable(e.spec.id()),
                             qPrintable(e.error->toString()));
            }
        }
    };
    int recordedSlos = 0;
    SloEngine::QueryCounts fastCounts;
    QStringList refusals;
    QList<SloEvaluation> fastResults;
    auto runEngine = [&](SloEngine::FastPath mode = SloEngine::FastPath::Off) -> double {
        prom::PrometheusClient client(ds);
        SloEngine engine(client);
        engine.setFastPath(mode);
        QElapsedTimer timer;
        timer.start();
        auto future = engine.evaluateAll(specs, opt.at);
        future.waitForFinished();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        check(future.result());
        if (mode == SloEngine::FastPath::On) {
            recordedSlos = 0;
            refusals.clear();
            for (const SloEvaluation &e : future.result()) {
                recordedSlos += e.fromRecorded ? 1 : 0;
                if (!e.fastPathNote.isEmpty())
                    refusals << e.spec.id() + QStringLiteral(": ") + e.fastPathNote;
            }
            fastCounts = engine.queryCounts();
            fastResults = future.result();
        }
        return ms;
    };
    // A refresh: first evaluation 5 minutes earlier (not timed), then the timed one at `at`.
    int refreshQueries = 0;
    auto runRefresh = [&]() -> double {
        prom::PrometheusClient client(ds);
        SloEngine engine(client);
        engine.setFastPath(SloEngine::FastPath::Off);
        auto first = engine.evaluateAll(specs, opt.at - SloEngine::kStep.count());
        first.waitForFinished();
        check(first.result());
        const int before = engine.queriesSent();
        QElapsedTimer timer;
        timer.start();
        auto future = engine.evaluateAll(specs, opt.at);
        future.waitForFinished();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        refreshQueries = engine.queriesSent() - before;
        check(future.result());
        return ms;
    };

    std::printf("bench_refresh: %zu SLOs from %s, at %lld, Prometheus %s\n", specs.size(), qPrintable(opt.workspace),
                static_cast<long long>(opt.at), qPrintable(opt.url));
    std::printf("  %zu range queries (step %llds), curl config: %s\n", requests.size(),
                static_cast<long long>(SloEngine::kStep.count()),
                opt.dump.isEmpty() ? "temporary (--dump FILE keeps a copy)" : qPrintable(opt.dump));

    // Warm Prometheus' own caches (page cache, chunks) once, for both sides alike.
    QString problem;
    runCurl(&problem);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "bench_refresh: %s\n", qPrintable(problem));
        return 1;
    }
    runEngine();
    runEngine(SloEngine::FastPath::On);
    if (failures > 0)
        return 1;

    std::vector<double> engineTimes, curlTimes, refreshTimes, fastTimes;
    for (int r = 0; r < opt.runs; ++r) {
        engineTimes.push_back(runEngine());
        curlTimes.push_back(runCurl(&problem));
        refreshTimes.push_back(runRefresh());
        fastTimes.push_back(runEngine(SloEngine::FastPath::On));
        if (!problem.isEmpty() || failures > 0) {
            std::fprintf(stderr, "bench_refresh: %s\n", qPrintable(problem));
            return 1;
        }
    }

    const double engine = bestOf(engineTimes);
    const double curl = bestOf(curlTimes);
    const double ratio = engine / curl;
    std::printf("  engine, cold cache:        best %8.1f ms   (runs: %s)\n", engine, qPrintable(list(engineTimes)));
    std::printf("  curl --parallel, same HTTP: best %8.1f ms   (runs: %s)\n", curl, qPrintable(list(curlTimes)));
    std::printf("  ratio engine / curl:        %.2f (target <= 1.20: %s)\n", ratio, ratio <= 1.2 ? "met" : "MISSED");
    std::printf("  warm-cache refresh (+5 min, %d range queries): best %.1f ms   (runs: %s)\n", refreshQueries,
                bestOf(refreshTimes), qPrintable(list(refreshTimes)));
    std::printf("  cold refresh, side by side:\n");
    std::printf("    without the recorded series (SLO queries):  best %8.1f ms   (runs: %s)\n", engine,
                qPrintable(list(engineTimes)));
    std::printf("    with the recorded series (fast path):       best %8.1f ms   (runs: %s)\n", bestOf(fastTimes),
                qPrintable(list(fastTimes)));
    std::printf("    fast path: %d of %zu SLOs read the recorded series; %d recorded and %d SLO range queries, "
                "%d checks\n",
                recordedSlos, specs.size(), fastCounts.recorded, fastCounts.raw, fastCounts.checks);
    for (const QString &r : refusals)
        std::printf("    not read: %s\n", qPrintable(r));

    // Not timed: the fast path's numbers against the SLOs' own queries on the same grid.
    {
        prom::PrometheusClient client(ds);
        SloEngine gridEngine(client);
        gridEngine.setFastPath(SloEngine::FastPath::RawOnRecordedGrid);
        auto future = gridEngine.evaluateAll(specs, opt.at);
        future.waitForFinished();
        const QList<SloEvaluation> raw = future.result();
        int same = 0;
        for (qsizetype i = 0; i < raw.size() && i < fastResults.size(); ++i) {
            const slo::SloReport &a = fastResults[i].report;
            const slo::SloReport &b = raw[i].report;
            const auto eq = [](double x, double y) { return std::abs(x - y) <= 1e-9 * std::max(1.0, std::abs(y)); };
            if (a.evaluatedAt == b.evaluatedAt && eq(a.badEvents, b.badEvents) && eq(a.totalEvents, b.totalEvents))
                ++same;
            else
                std::printf("    DIFFERS: %s: bad %.6f / total %.6f vs %.6f / %.6f\n", qPrintable(raw[i].spec.id()),
                            a.badEvents, a.totalEvents, b.badEvents, b.totalEvents);
        }
        std::printf("    the fast path's bad and total events equal the SLO queries' on the same grid for %d of %lld "
                    "SLOs\n",
                    same, static_cast<long long>(raw.size()));
    }
    return 0;
}
