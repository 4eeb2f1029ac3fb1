// A day of use, in minutes: the whole console (MainWindow, offscreen) on a copy of the demo
// workspace against the fixture Prometheus, driven through
//   2,000 refreshes of every SLO (each one a step of 5 minutes, so each asks Prometheus for the
//         new buckets, as a live console does),
//     500 page switches,
//     200 postmortems and 200 runbooks opened and closed,
//   1,000 searches in the palette (Ctrl+K),
// interleaved, times SRE_SOAK_SCALE (default 0.05: the CI version; scripts/soak runs 1.0).
// After a warm-up (the first 10 % of the rounds, at least 50, then every page, postmortem, runbook and search
// once) it measures resident memory, open file descriptors, sockets, threads and live curl handles;
// at the end, growth must be < 10 MB of RSS (after malloc_trim; the raw figure is reported), 0 fds,
// threads and curl handles, and sockets within one connection pool. Also reported: the event-loop
// lag and the longest GUI-thread call of each kind.
#include "demoworkspace.h"
#include "fixtureenv.h"
#include "lagprobe.h"
#include "procstats.h"

#include "datasourcehealth.h"
#include "mainwindow.h"
#include "postmortempage.h"
#include "prometheusclient.h"
#include "runbookpage.h"
#include "searchpalette.h"
#include "settings.h"
#include "sloengine.h"
#include "slooverviewmodel.h"
#include "slopage.h"
#include "slorefresher.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <functional>

using namespace sre;

namespace {

constexpr qint64 kMaxRssGrowthKb = 10 * 1024;
constexpr qint64 kStep = 300; // seconds: one SLO bucket
// Sockets are each HTTP client's wake-up socket pair and its kept-alive connections. The latter
// come and go with the number of transfers that last ran in parallel: libcurl keeps up to 8 per
// host (kMaxConnectionsPerHost in curlworker.cpp), so one client's pool refilling from empty is the
// most the count may grow without a leak. A leak of one socket per refresh would add hundreds.
constexpr int kMaxSocketGrowth = 8;

struct Counts
{
    int refreshes = 2000;
    int pageSwitches = 500;
    int postmortems = 200;
    int runbooks = 200;
    int searches = 1000;

    Counts scaled(double factor) const
    {
        auto s = [factor](int n) { return std::max(2, int(std::lround(n * factor))); };
        return { s(refreshes), s(pageSwitches), s(postmortems), s(runbooks), s(searches) };
    }
};

// The n-th of `total` rounds does `count(round)` of an activity spread evenly over the rounds.
int dueIn(int round, int rounds, int total)
{
    return int(qint64(round + 1) * total / rounds - qint64(round) * total / rounds);
}

const QStringList kSearches = {
    QStringLiteral("checkout"),  QStringLiteral("kubepodcrash"), QStringLiteral("latency"),
    QStringLiteral("rb:disk"),   QStringLiteral("pm:timeout"),   QStringLiteral("alert:slo"),
    QStringLiteral("payments"),  QStringLiteral("error budget"), QStringLiteral("database"),
    QStringLiteral("nothingzz"),
};

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aDayOfUse();

private:
    QTemporaryDir m_tmp;
    QString m_workspace;
    qint64 m_end = 0;
};

void TestSoak::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString url = testing::fixtureUrl("SRE_TEST_PROMETHEUS_URL_FILE");
    QVERIFY2(!url.isEmpty(), "the prometheus fixture did not write its URL");
    m_end = testing::historyEnd();
    QVERIFY(m_end > 0);
    m_workspace = m_tmp.filePath(QStringLiteral("demo"));
    QVERIFY(testing::makeDemoWorkspace(m_workspace, url, false, QStringLiteral("120s")));
}

void TestSoak::aDayOfUse()
{
    const double scale
        = qEnvironmentVariableIsSet("SRE_SOAK_SCALE") ? qEnvironmentVariable("SRE_SOAK_SCALE").toDouble() : 0.05;
    QVERIFY2(scale > 0, "SRE_SOAK_SCALE must be a positive number");
    const Counts counts = Counts().scaled(scale);
    // Pool threads that expire after 30 s idle and come back later would count as noise.
    QThreadPool::globalInstance()->setExpiryTimeout(-1);

    ws::Workspace workspace;
    Settings settings;
    settings.setRefreshIntervalSeconds(0); // every refresh comes from this test
    DatasourceHealth health;
    health.setInterval(std::chrono::hours(1));
    MainWindow window(workspace, settings, health);
    window.resize(1280, 800);
    window.show();
    window.openWorkspace(m_workspace);
    QTRY_VERIFY_WITH_TIMEOUT(workspace.isOpen() && !workspace.isLoading(), 30000);
    QVERIFY(workspace.slos().size() > 0 && workspace.postmortems().size() > 0 && workspace.runbooks().size() > 0);

    SloRefresher *refresher = window.sloPage()->refresher();
    PostmortemPage *postmortems = window.postmortemPage();
    SearchPalette *palette = window.searchPalette();
    QStringList postmortemIds;
    for (const pm::Postmortem &p : workspace.postmortems().items())
        postmortemIds << p.id;
    QStringList runbookFiles;
    for (const rb::Runbook &r : workspace.runbooks().items())
        runbookFiles << r.file;
    const QStringList pages = MainWindow::pageNames();

    testing::LagProbe probe;
    probe.start();
    const int rounds = counts.refreshes;
    // 10 % of the rounds, but at least 50 (half of the CI version): the allocator's arenas and the
    // connection pools take a few dozen refreshes to reach their working size.
    const int warmup = std::max(rounds / 10, std::min(50, rounds / 2));
    const qint64 firstAt = m_end - qint64(rounds) * kStep;
    int failedRefreshes = 0;
    QString firstFailure;
    int done[5] = {};
    QElapsedTimer clock;
    clock.start();

    // The longest the GUI thread spent inside one call of each kind, with what it was.
    double slowestMs[5] = {};
    QString slowestWhat[5];
    auto timed = [&](int kind, const QString &what, const std::function<void()> &call) {
        QElapsedTimer t;
        t.start();
        call();
        const double ms = t.nsecsElapsed() / 1e6;
        if (ms > slowestMs[kind]) {
            slowestMs[kind] = ms;
            slowestWhat[kind] = what;
        }
    };
    auto refreshAll = [&](int round) {
        // Every SLO, 5 minutes later than the last time.
        QSignalSpy finished(refresher, &SloRefresher::finished);
        SloTimeSelection selection;
        selection.asOf = firstAt + qint64(round + 1) * kStep;
        timed(0, QStringLiteral("refresh"), [&] { refresher->setSelection(selection); });
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !refresher->isRefreshing(), 180000);
        if (!refresher->lastError().isEmpty() && ++failedRefreshes == 1)
            firstFailure = refresher->lastError();
        ++done[0];
    };
    auto switchPage = [&] {
        const QString page = pages[done[1] % pages.size()];
        bool shown = false;
        timed(1, page, [&] { shown = window.showPage(page); });
        QVERIFY(shown);
        ++done[1];
    };
    auto openPostmortem = [&] {
        const QString id = postmortemIds[done[2] % postmortemIds.size()];
        bool opened = false;
        timed(2, id, [&] { opened = postmortems->edit(id); });
        QVERIFY(opened);
        QVERIFY(postmortems->isEditing());
        postmortems->showList();
        ++done[2];
    };
    auto openRunbook = [&] {
        const QString file = runbookFiles[done[3] % runbookFiles.size()];
        timed(3, QFileInfo(file).fileName(), [&] { window.openRunbook(file); });
        QCOMPARE(window.currentPage(), QStringLiteral("runbooks"));
        window.showPage(QStringLiteral("slos"));
        ++done[3];
    };
    auto search = [&] {
        const QString text = kSearches[done[4] % kSearches.size()];
        timed(4, text, [&] { window.showSearch(text); });
        QTRY_VERIFY_WITH_TIMEOUT(palette->isSettled(), 10000);
        palette->dismiss();
        ++done[4];
    };
    auto playRound = [&](int round) {
        refreshAll(round);
        if (QTest::currentTestFailed())
            return;
        for (int i = 0; i < dueIn(round, rounds, counts.pageSwitches) && !QTest::currentTestFailed(); ++i)
            switchPage();
        for (int i = 0; i < dueIn(round, rounds, counts.postmortems) && !QTest::currentTestFailed(); ++i)
            openPostmortem();
        for (int i = 0; i < dueIn(round, rounds, counts.runbooks) && !QTest::currentTestFailed(); ++i)
            openRunbook();
        for (int i = 0; i < dueIn(round, rounds, counts.searches) && !QTest::currentTestFailed(); ++i)
            search();
    };

    // Warm-up: the first 10 % of the rounds, and every page, postmortem, runbook and search at
    // least once, so that first-use costs (fonts, rendered documents, the search index, pooled
    // threads and connections) are paid before the baseline.
    for (int round = 0; round < warmup && !QTest::currentTestFailed(); ++round)
        playRound(round);
    const int warmupExtra = int(pages.size() + postmortemIds.size() + runbookFiles.size() + kSearches.size());
    for (qsizetype i = 0; i < pages.size() && !QTest::currentTestFailed(); ++i)
        switchPage();
    for (qsizetype i = 0; i < postmortemIds.size() && !QTest::currentTestFailed(); ++i)
        openPostmortem();
    for (qsizetype i = 0; i < runbookFiles.size() && !QTest::currentTestFailed(); ++i)
        openRunbook();
    for (qsizetype i = 0; i < kSearches.size() && !QTest::currentTestFailed(); ++i)
        search();
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(prom::PrometheusClient::liveTransferHandles(), 0, 10000);
    QCoreApplication::processEvents();
    const testing::ProcStats base = testing::ProcStats::now(true);
    const int baseHandles = prom::PrometheusClient::liveTransferHandles();
    const qint64 warmupMs = clock.elapsed();

    // The rest, with the resident size at each quarter: a leak grows steadily, a cache levels off.
    QStringList rssTrend;
    for (int round = warmup; round < rounds && !QTest::currentTestFailed(); ++round) {
        playRound(round);
        if ((round - warmup + 1) % std::max(1, (rounds - warmup) / 4) == 0)
            rssTrend << QString::number(testing::ProcStats::now().rssKb / 1024.0, 'f', 1);
    }
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(prom::PrometheusClient::liveTransferHandles(), 0, 10000);
    QCoreApplication::processEvents();
    const testing::ProcStats end = testing::ProcStats::now(true);
    const int endHandles = prom::PrometheusClient::liveTransferHandles();
    probe.stop();

    QString report
        = QStringLiteral(
              "soak (scale %1): %2 refreshes of %3 SLOs, %4 page switches, %5 postmortems, %6 runbooks, "
              "%7 palette searches in %8 s; %10 refreshes failed%11\n"
              "  warm-up (%9 s): 10 % of the rounds (at least 50), then each page, postmortem, runbook and search once "
              "(%26 actions, counted above)\n"
              "  measured   after warm-up   at the end   growth   limit\n"
              "  RSS        %12 MB %13 MB %14 MB (reported)\n"
              "  RSS, trimmed %29 MB %30 MB %31 MB < 10 MB (after malloc_trim)\n"
              "  fds        %15 %16 %17 0 (sockets not counted)\n"
              "  sockets    %37 %38 %39 at most %40 (connection pools)\n"
              "  threads    %18 %19 %20 0\n"
              "  curl       %21 %22 %23 0\n"
              "  event loop: longest gap %24 ms (%25 ms of it on a CPU or asleep outside the event loop)\n"
              "  RSS after each quarter of the measured part: %27 MB%28\n"
              "  longest GUI-thread call: refresh %32, page switch %33, postmortem open %34, "
              "runbook open %35, search %36")
              .arg(scale)
              .arg(done[0])
              .arg(workspace.slos().size())
              .arg(done[1])
              .arg(done[2])
              .arg(done[3])
              .arg(done[4])
              .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
              .arg(warmupMs / 1000.0, 0, 'f', 1)
              .arg(failedRefreshes)
              .arg(firstFailure.isEmpty() ? QString() : QStringLiteral(" (first: %1)").arg(firstFailure))
              .arg(base.rssKb / 1024.0, 15, 'f', 1)
              .arg(end.rssKb / 1024.0, 9, 'f', 1)
              .arg((end.rssKb - base.rssKb) / 1024.0, 6, 'f', 1)
              .arg(base.fds, 15)
              .arg(end.fds, 12)
              .arg(end.fds - base.fds, 8)
              .arg(base.threads, 15)
              .arg(end.threads, 12)
              .arg(end.threads - base.threads, 8)
              .arg(baseHandles, 15)
              .arg(endHandles, 12)
              .arg(endHandles - baseHandles, 8)
              .arg(probe.maxGapMs(), 0, 'f', 1)
              .arg(probe.maxBlockedMs(), 0, 'f', 1)
              .arg(warmupExtra)
              .arg(rssTrend.join(QStringLiteral(", ")))
              .arg(end.fds > base.fds
                       ? QStringLiteral("\n  new descriptors: ") + end.newFds(base).join(QStringLiteral(", "))
                       : QString())
              .arg(base.trimmedRssKb / 1024.0, 13, 'f', 1)
              .arg(end.trimmedRssKb / 1024.0, 9, 'f', 1)
              .arg((end.trimmedRssKb - base.trimmedRssKb) / 1024.0, 6, 'f', 1);
    for (int kind = 0; kind < 5; ++kind)
        report = report.arg(QStringLiteral("%1 ms (%2)").arg(slowestMs[kind], 0, 'f', 0).arg(slowestWhat[kind]));
    report = report.arg(base.sockets, 15).arg(end.sockets, 12).arg(end.sockets - base.sockets, 8).arg(kMaxSocketGrowth);
    qInfo().noquote() << report;
    if (const QString out = qEnvironmentVariable("SRE_SOAK_REPORT"); !out.isEmpty()) {
        QFile f(out);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(report.toUtf8() + '\n');
    }

    QCOMPARE(failedRefreshes, 0);
    // glibc keeps the pages freed by a burst of large allocations on several threads (the SLO
    // series) in its arenas, so the raw resident size first climbs to a plateau; once malloc_trim
    // has given free pages back, what is left is what the process holds. The raw figure is
    // reported above.
    if (end.liveHeapKb >= 0) {
        // AddressSanitizer build: its quarantine of freed blocks fills the resident size; the live
        // heap is what a leak or an unbounded cache would grow (LSan reports unreachable blocks).
        qInfo("  live heap (AddressSanitizer) %.1f MB -> %.1f MB, growth %.1f MB < 10 MB", base.liveHeapKb / 1024.0,
              end.liveHeapKb / 1024.0, (end.liveHeapKb - base.liveHeapKb) / 1024.0);
        QVERIFY2(end.liveHeapKb - base.liveHeapKb < kMaxRssGrowthKb, "the live heap grew by 10 MB or more");
    } else {
        QVERIFY2(end.trimmedRssKb - base.trimmedRssKb < kMaxRssGrowthKb, "resident memory grew by 10 MB or more");
    }
    QVERIFY2(end.fds <= base.fds, "file descriptors leaked");
    QVERIFY2(end.sockets - base.sockets <= kMaxSocketGrowth, "sockets leaked");
    QVERIFY2(end.threads <= base.threads, "threads leaked");
    QCOMPARE(endHandles, 0);

    // What each SLO keeps is bounded by its window: the span an evaluation needs (the window, or
    // the longest burn window if longer) and a day more, however long the console has refreshed.
    // The SLO page charts a rolling window as rolling values (SloRefresher turns on the engine's
    // rolling history), so a rolling SLO needs one more window of buckets before its start.
    for (const slo::SloSpec &spec : workspace.slos().items()) {
        const SloEvaluation *ev = window.sloPage()->model()->evaluation(spec.id());
        QVERIFY2(ev && ev->ok(), qPrintable(spec.id()));
        qint64 first = std::min(ev->report.windowStart, ev->report.evaluatedAt - 3 * 86400);
        if (!spec.calendar)
            first = std::min(first, ev->report.windowStart - qint64(spec.window.count()));
        const qint64 needed = ev->report.evaluatedAt - first;
        const qint64 kept = ev->series.lastEnd() - ev->series.firstStart();
        QVERIFY2(kept <= needed + SloEngine::kCacheSlack.count() + 2 * kStep,
                 qPrintable(QStringLiteral("%1 keeps %2 h of buckets for a %3 h span")
                                .arg(spec.id())
                                .arg(kept / 3600)
                                .arg(needed / 3600)));
    }
}

QTEST_MAIN(TestSoak)
#include "tst_soak.moc"
