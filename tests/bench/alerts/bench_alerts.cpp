// bench_alerts: the Firing now view at 5,000 alerts against a real Alertmanager (issue 13).
//
// It posts N firing alerts (5,000 by default, labels as a cluster would have them: 40 alert names,
// three severities, one instance each) to the Alertmanager, then measures, runs interleaved so
// that drift hits both sides alike:
//   1. refresh + grouping: a fresh AlertmanagerPoller (new connections, as a freshly opened
//      workspace has) fetching /api/v2/alerts, /api/v2/silences and /api/v2/status, and the
//      FiringAlertsModel grouping the snapshot (alertname + severity);
//   2. `curl --compressed -o /dev/null URL/api/v2/alerts`, the same alert list and nothing else;
//   ratio 1 / 2, goal at most 1.2;
//   3. re-filtering the model (the work of one keystroke in the filter box), p50 and p95 over
//      several filters, goal p95 < 16 ms;
//   4. resident memory (after malloc_trim) with the snapshot and the model, above the idle
//      process (a poller and an empty model), goal < 100 MB.
// It prints the figures and the ratios; numbers depend on the machine; not a test.
//
// It starts nothing itself. From the source folder:
//   scripts/prom-fixture start-alertmanager --dir /tmp/am
//   build/tests/bench/alerts/bench_alerts "$(cat /tmp/am/alertmanager.url)" [--alerts 5000] [--runs 5]
//   scripts/prom-fixture stop-alertmanager --dir /tmp/am
// (configure with -DSRE_BUILD_BENCH=ON). The alerts expire by themselves ten minutes later.
#include "../../common/alertmanagertestutil.h"
#include "alertfilter.h"
#include "alertmanagerjson.h"
#include "alertmanagerpoller.h"
#include "firingalertsmodel.h"
#include "procstats.h"
#include "prometheusclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>
#include <QUuid>
#include <algorithm>
#include <cstdio>

using namespace sre;

namespace {

struct Options
{
    QString url;
    int alerts = 5000;
    int runs = 5;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double percentile(std::vector<double> v, int p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, v.size() * std::size_t(p) / 100)];
}

// Wall time of one fresh poller's refresh plus the model's grouping, in ms; -1 on failure.
double refreshAndGroup(const QString &url, int expected, const QString &run)
{
    QElapsedTimer t;
    t.start();
    alerting::AlertmanagerPoller poller({ testing::am(QStringLiteral("bench"), url) });
    QSignalSpy done(&poller, &alerting::AlertmanagerPoller::snapshotChanged);
    poller.refreshNow();
    if (!done.wait(60000))
        return -1;
    FiringAlertsModel model;
    model.setSnapshot(poller.snapshot());
    const double ms = double(t.nsecsElapsed()) / 1e6;
    int ours = 0;
    for (const alerting::Alert &a : poller.snapshot().alerts)
        ours += a.labels.value(QStringLiteral("bench")) == run;
    return ours == expected && model.rowCount() > 0 ? ms : -1;
}

double curlFetch(const QString &url)
{
    QElapsedTimer t;
    t.start();
    const testing::ProcessRun r
        = testing::runProcess(QStringLiteral("curl"),
                              { QStringLiteral("-sS"), QStringLiteral("--compressed"), QStringLiteral("-o"),
                                QStringLiteral("/dev/null"), url + QStringLiteral("/api/v2/alerts") });
    return r.exitCode == 0 ? double(t.nsecsElapsed()) / 1e6 : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == u"--alerts" && i + 1 < args.size())
            o.alerts = args[++i].toInt();
        else if (args[i] == u"--runs" && i + 1 < args.size())
            o.runs = args[++i].toInt();
        else if (!args[i].startsWith(u"--"))
            o.url = args[i];
    }
    if (o.url.isEmpty() || o.alerts <= 0 || o.runs <= 0) {
        std::fprintf(stderr, "usage: bench_alerts ALERTMANAGER_URL [--alerts N] [--runs N]\n");
        return 2;
    }

    // Idle: the objects a console has before its first poll.
    testing::ProcStats idle;
    {
        alerting::AlertmanagerPoller poller({ testing::am(QStringLiteral("bench"), o.url) });
        FiringAlertsModel model;
        idle = testing::ProcStats::now(true);
    }

    const QString run = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    QList<alerting::LabelSet> alerts;
    for (int i = 0; i < o.alerts; ++i)
        alerts << alerting::LabelSet { { QStringLiteral("alertname"), QStringLiteral("BenchAlert%1").arg(i % 40) },
                                       { QStringLiteral("severity"),
                                         i % 7 == 0 ? QStringLiteral("critical")
                                                    : (i % 3 ? QStringLiteral("warning") : QStringLiteral("info")) },
                                       { QStringLiteral("instance"), QStringLiteral("host-%1:9100").arg(i) },
                                       { QStringLiteral("namespace"), QStringLiteral("ns-%1").arg(i % 12) },
                                       { QStringLiteral("bench"), run } };
    testing::postAlerts(o.url, alerts, { 300, 600, {} });
    const QString filter = QStringLiteral("/api/v2/alerts?filter=bench%3D%22") + run + QStringLiteral("%22");
    QElapsedTimer waited;
    waited.start();
    while (testing::amGet(o.url, filter).size() < o.alerts) {
        if (waited.elapsed() > 60000) {
            std::fprintf(stderr, "bench_alerts: Alertmanager did not list the %d alerts within 60 s\n", o.alerts);
            return 3;
        }
        QThread::msleep(200);
    }

    std::vector<double> console, curl;
    refreshAndGroup(o.url, o.alerts, run); // warm-up of both sides: page cache, Alertmanager's own caches
    curlFetch(o.url);
    for (int r = 0; r < o.runs; ++r) {
        const double c = refreshAndGroup(o.url, o.alerts, run);
        const double k = curlFetch(o.url);
        if (c < 0 || k < 0) {
            std::fprintf(stderr, "bench_alerts: run %d failed (console %.1f, curl %.1f)\n", r, c, k);
            return 1;
        }
        console.push_back(c);
        curl.push_back(k);
    }
    const double consoleBest = *std::min_element(console.begin(), console.end());
    const double curlBest = *std::min_element(curl.begin(), curl.end());

    // Re-filtering and memory: the snapshot and model the console would hold.
    alerting::AlertmanagerPoller poller({ testing::am(QStringLiteral("bench"), o.url) });
    QSignalSpy done(&poller, &alerting::AlertmanagerPoller::snapshotChanged);
    poller.refreshNow();
    if (!done.wait(60000))
        return 1;
    FiringAlertsModel model;
    model.setSnapshot(poller.snapshot());
    const testing::ProcStats loaded = testing::ProcStats::now(true);
    const QStringList filters = { QStringLiteral("bench=\"%1\" severity=\"critical\"").arg(run),
                                  QStringLiteral("bench=\"%1\" instance=~\"host-1.*\"").arg(run),
                                  QStringLiteral("bench=\"%1\" namespace!=\"ns-3\" @state=active").arg(run),
                                  QStringLiteral("bench=\"%1\" alertname=~\"BenchAlert(1|2)\"").arg(run),
                                  QStringLiteral("bench=\"%1\"").arg(run) };
    std::vector<double> refilter;
    for (int round = 0; round < 20; ++round)
        for (const QString &text : filters) {
            alerting::AlertFilter f;
            alerting::FilterError error;
            QElapsedTimer t;
            t.start();
            if (!alerting::AlertFilter::compile(text, &f, &error))
                return 1;
            model.setFilter(f);
            refilter.push_back(double(t.nsecsElapsed()) / 1e6);
        }

    // Where the refresh's time goes, best of the runs each: the body alone over the console's HTTP
    // client, reading it, and the model's grouping of the snapshot.
    std::vector<double> transport, reading, grouping;
    for (int r = 0; r < o.runs; ++r) {
        prom::PrometheusClient http(testing::am(QStringLiteral("bench"), o.url));
        QElapsedTimer t;
        t.start();
        QFuture<prom::RawResponse> body = http.get(QStringLiteral("/api/v2/alerts"));
        body.waitForFinished();
        transport.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        QString error;
        if (!alerting::parseAlerts(body.result().body, QStringLiteral("bench"), &error))
            return 1;
        reading.push_back(double(t.nsecsElapsed()) / 1e6);
        FiringAlertsModel fresh;
        t.restart();
        fresh.setSnapshot(poller.snapshot());
        grouping.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    const double ratio = consoleBest / curlBest;
    const double p95 = percentile(refilter, 95);
    const double aboveIdleMb = double(loaded.trimmedRssKb - idle.trimmedRssKb) / 1024;
    std::printf("bench_alerts: %d firing alerts (%lld listed by Alertmanager in all), %d runs, best (median)\n",
                o.alerts, qint64(poller.snapshot().alerts.size()), o.runs);
    std::printf("  refresh + grouping  %8.1f ms (%.1f)\n", consoleBest, median(console));
    std::printf("  curl /api/v2/alerts %8.1f ms (%.1f)\n", curlBest, median(curl));
    std::printf("  ratio console / curl %.2f (goal <= 1.20)%s\n", ratio, ratio <= 1.2 ? "" : "  ABOVE GOAL");
    std::printf("    phases (best): body over the console's client %.1f ms, reading it %.1f ms, grouping %.1f ms\n",
                *std::min_element(transport.begin(), transport.end()),
                *std::min_element(reading.begin(), reading.end()), *std::min_element(grouping.begin(), grouping.end()));
    std::printf("  re-filter p50 %.2f ms, p95 %.2f ms (goal < 16 ms; p95 / goal %.2f)%s\n", median(refilter), p95,
                p95 / 16.0, p95 < 16.0 ? "" : "  ABOVE GOAL");
    std::printf("  memory above idle %.1f MB (idle %.1f MB, loaded %.1f MB; goal < 100 MB, ratio %.2f)%s\n",
                aboveIdleMb, double(idle.trimmedRssKb) / 1024, double(loaded.trimmedRssKb) / 1024, aboveIdleMb / 100.0,
                aboveIdleMb < 100.0 ? "" : "  ABOVE GOAL");
    return 0;
}
