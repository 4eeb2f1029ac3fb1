// bench_parse: how fast a range query answer becomes std::vector<double>.
//
// Generates a /api/v1/query_range body of 20 series x 8,640 points (30 days at 5 minutes per
// series: a typical SLO dashboard fetch), then times, best of N runs:
//   1. ResponseParser fed in 16 KiB chunks, as curl's write callback delivers them (production);
//   2. the same handler driven by nlohmann::json::sax_parse over the complete body (reference);
//   3. Node.js: JSON.parse of the same bytes plus Number() of every sample into Float64Arrays.
// and prints MB/s for each and the ratio ours / Node.js (goal, issue 12: at least 4).
//
// Usage: bench_parse [runs]   (not a test: run it by hand, numbers depend on the machine)
#include "jsontokenizer.h"
#include "matrixbody.h"
#include "responsehandler.h"
#include "responseparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <cstdio>
#include <functional>

using namespace sre::prom;

namespace {

constexpr int kSeries = 20;
constexpr int kPoints = 8640;
constexpr qsizetype kChunk = 16 * 1024; // CURL_MAX_WRITE_SIZE

const char *kNodeScript = R"JS(
const fs = require('fs');
const text = fs.readFileSync(process.argv[1], 'utf8');
const runs = Number(process.argv[2]);
let best = Infinity, points = 0;
for (let r = 0; r < runs; ++r) {
    const t0 = process.hrtime.bigint();
    const doc = JSON.parse(text);
    points = 0;
    for (const s of doc.data.result) {
        const ts = new Float64Array(s.values.length), vs = new Float64Array(s.values.length);
        for (let i = 0; i < s.values.length; ++i) {
            ts[i] = s.values[i][0];
            vs[i] = Number(s.values[i][1]);
        }
        points += vs.length;
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (ms < best) best = ms;
}
console.log(best.toFixed(3) + ' ' + points);
)JS";

// Best wall time in ms of `runs` calls; each call must return the number of points it produced.
double bestOf(int runs, const std::function<std::size_t()> &body, std::size_t &points)
{
    double best = 1e300;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        points = body();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

std::size_t countPoints(const ParsedResponse &parsed)
{
    std::size_t points = 0;
    for (const Series &series : parsed.series)
        points += series.values.size();
    return points;
}

double mbPerSecond(qsizetype bytes, double ms)
{
    return double(bytes) / 1e6 / (ms / 1e3);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 15;
    const QByteArray body = bench::matrixBody(kSeries, kPoints);
    std::printf("body: %d series x %d points, %.2f MB, best of %d runs\n", kSeries, kPoints, double(body.size()) / 1e6,
                runs);

    std::size_t points = 0;
    const double chunked = bestOf(
        runs,
        [&] {
            ResponseParser parser;
            for (qsizetype at = 0; at < body.size(); at += kChunk)
                parser.feed(QByteArrayView(body).sliced(at, std::min(kChunk, body.size() - at)));
            if (!parser.finish())
                qFatal("parse failed: %s", qPrintable(parser.errorString()));
            return countPoints(parser.takeResult());
        },
        points);
    std::printf("ours, streamed in 16 KiB chunks:  %8.2f ms  %8.1f MB/s  (%zu points)\n", chunked,
                mbPerSecond(body.size(), chunked), points);

    const double nlohmann = bestOf(
        runs,
        [&] {
            ResponseHandler handler;
            if (!nlohmann::json::sax_parse(body.begin(), body.end(), &handler) || !handler.complete())
                qFatal("nlohmann sax_parse failed");
            return countPoints(handler.takeResult());
        },
        points);
    std::printf("nlohmann::json::sax_parse, whole: %8.2f ms  %8.1f MB/s  (%zu points)\n", nlohmann,
                mbPerSecond(body.size(), nlohmann), points);

    const QString node = !QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()
        ? QStandardPaths::findExecutable(QStringLiteral("node"))
        : QStandardPaths::findExecutable(QStringLiteral("nodejs"));
    if (node.isEmpty()) {
        std::printf("node: not installed, no comparison\n");
        return 0;
    }
    QTemporaryFile file;
    if (!file.open() || file.write(body) != body.size() || !file.flush())
        qFatal("cannot write the temporary body file");
    QProcess process;
    process.start(node,
                  { QStringLiteral("-e"), QString::fromUtf8(kNodeScript), file.fileName(), QString::number(runs) });
    if (!process.waitForFinished(300000) || process.exitCode() != 0)
        qFatal("node failed: %s", process.readAllStandardError().constData());
    const QList<QByteArray> answer = process.readAllStandardOutput().trimmed().split(' ');
    const double nodeMs = answer.value(0).toDouble();
    std::printf("node JSON.parse + Number():       %8.2f ms  %8.1f MB/s  (%s points, %s)\n", nodeMs,
                mbPerSecond(body.size(), nodeMs), answer.value(1).constData(),
                process.readAllStandardError().isEmpty() ? qPrintable(node) : "stderr not empty");
    const double ratio = nodeMs / chunked;
    std::printf("ratio ours / node: %.2fx\n", ratio);
    std::printf("target met: %s (goal: ratio >= 4x)\n", ratio >= 4 ? "yes" : "no");
    return 0;
}
