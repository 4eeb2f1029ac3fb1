// Network faults between the console and the real fixture Prometheus and Alertmanager: the fault
// proxy (tests/faultproxy/faultproxy.py) injects each fault, and the test looks at what an
// on-call engineer would see on the SLO page and in the datasource health, with an event-loop lag
// probe running the whole time:
//   - the error shown names the datasource and the failure;
//   - the last good numbers stay visible, marked stale;
//   - no transfer leaks (every curl easy handle is released);
//   - the GUI thread is never blocked more than 50 ms;
//   - the next refresh after the fault heals recovers by itself, with the right numbers (the
//     generator's ground truth).
#include "faultproxyutil.h"
#include "fixtureenv.h"
#include "lagprobe.h"

#include "alertmanagerpoller.h"
#include "datasourcehealth.h"
#include "itemdatarole.h"
#include "prometheusclient.h"
#include "settings.h"
#include "sloengine.h"
#include "slooverviewmodel.h"
#include "slopage.h"
#include "slorefresher.h"
#include "workspace.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sre;
using namespace sre::testing;
using namespace std::chrono_literals;

namespace {

// Under a sanitizer (scripts/test.sh --sanitize) every call runs several times slower, painting
// included: the bound scales with it (SRE_TEST_SLOWDOWN, 1 in the normal build).
constexpr double kMaxBlockedMs = 50.0 * SRE_TEST_SLOWDOWN;
constexpr qint64 kDay = 86400;
// Short, so that the faults which end in a timeout cost seconds; a 7-day ratio query on the
// fixture answers in well under a second.
constexpr int kTimeoutSeconds = 3;
const QString kAvailability = QStringLiteral("checkout/availability");
const QString kLatency = QStringLiteral("checkout/latency");

const char *kSlos = R"(apiVersion: sre-console/v1
service: checkout
slos:
  - name: availability
    objective: 99.9
    window: 7d
    sli:
      events:
        error_query: sum(rate(http_requests_total{service="checkout",code=~"5.."}[{{window}}]))
        total_query: sum(rate(http_requests_total{service="checkout"}[{{window}}]))
  - name: latency
    objective: 99
    window: 7d
    sli:
      latency:
        histogram: http_request_duration_seconds{service="checkout"}
        threshold: 0.3
)";

} // namespace

class TestNetworkFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void faultShownStaleThenRecovered_data();
    void faultShownStaleThenRecovered();
    void transparentFaults_data();
    void transparentFaults();
    void oldAnswerAfterTheViewChanged();
    void alertmanagerLoginPage();
    void slowAlertmanagerIsNotPolledBackToBack();

private:
    // Clears the engine's bucket cache (so the refresh really goes to the network) and refreshes.
    bool refresh(int timeoutMs);
    bool checkHealth(const QString &name, int timeoutMs);
    QString sliText(const QString &id) const;
    bool isStale(const QString &id) const;
    void verifyAgainstGroundTruth(const QString &id);
    void verifyRecovered();

    QTemporaryDir m_tmp;
    QString m_promProxy;
    QString m_amProxy;
    qint64 m_end = 0;
    int m_idleHandles = 0;
    std::unique_ptr<ws::Workspace> m_workspace;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DatasourceHealth> m_health;
    std::unique_ptr<SloPage> m_page;
    testing::LagProbe m_probe;
};

void TestNetworkFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_promProxy = qEnvironmentVariable("SRE_TEST_FAULTPROXY_PROMETHEUS_DIR");
    m_amProxy = qEnvironmentVariable("SRE_TEST_FAULTPROXY_ALERTMANAGER_DIR");
    const QString promUrl = proxyUrl(m_promProxy);
    const QString amUrl = proxyUrl(m_amProxy);
    QVERIFY2(!promUrl.isEmpty() && !amUrl.isEmpty(), "the faultproxy fixture did not write its URLs");
    m_end = testing::historyEnd();
    QVERIFY(m_end > 0);
    g_probe = &m_probe;
    QVERIFY(setFault(m_promProxy, { { QStringLiteral("mode"), QStringLiteral("none") } }));
    QVERIFY(setFault(m_amProxy, { { QStringLiteral("mode"), QStringLiteral("none") } }));

    const QString dir = m_tmp.filePath(QStringLiteral("ws"));
    const QString config = QStringLiteral("name: Network faults\ntimezone: UTC\ndatasources:\n"
                                          "  - name: prod\n    type: prometheus\n    url: %1\n    timeout: %3s\n"
                                          "  - name: am\n    type: alertmanager\n    url: %2\n"
                                          "default_datasource: prod\n")
                               .arg(promUrl, amUrl)
                               .arg(kTimeoutSeconds);
    QVERIFY(writeFile(dir + QStringLiteral("/workspace.yaml"), config.toUtf8()));
    QVERIFY(writeFile(dir + QStringLiteral("/slos/checkout.yaml"), kSlos));

    m_idleHandles = prom::PrometheusClient::liveTransferHandles();
    m_workspace = std::make_unique<ws::Workspace>();
    m_settings = std::make_unique<Settings>();
    m_settings->setRefreshIntervalSeconds(0); // the test decides when to refresh
    m_health = std::make_unique<DatasourceHealth>();
    m_health->setInterval(std::chrono::hours(1));
    m_page = std::make_unique<SloPage>(*m_workspace, *m_settings);
    m_page->resize(1200, 700);
    m_page->show();
    QSignalSpy loaded(m_workspace.get(), &ws::Workspace::loaded);
    m_workspace->open(dir);
    QVERIFY(loaded.wait(20000));
    QVERIFY2(m_workspace->slos().size() == 2,
             qPrintable(QStringLiteral("%1 SLOs loaded").arg(m_workspace->slos().size())));
    m_health->setDatasources(m_workspace->config().datasources);
    // One instant inside the fixture's history, so every refresh asks for the same numbers.
    SloTimeSelection selection;
    selection.asOf = m_end;
    m_page->refresher()->setSelection(selection);
    QVERIFY(refresh(30000));
    QVERIFY2(m_page->refresher()->lastError().isEmpty(), qPrintable(m_page->refresher()->lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(m_health->allChecked(), 10000);
}

void TestNetworkFaults::init()
{
    QVERIFY(setFault(m_promProxy, { { QStringLiteral("mode"), QStringLiteral("none") } }));
    QVERIFY(setFault(m_amProxy, { { QStringLiteral("mode"), QStringLiteral("none") } }));
    m_probe.start();
}

void TestNetworkFaults::cleanup()
{
    const double blocked = stopProbe(m_probe);
    if (!QTest::currentTestFailed())
        QVERIFY2(blocked < kMaxBlockedMs,
                 qPrintable(QStringLiteral("the GUI thread was blocked: %1").arg(m_probe.diagnosis())));
}

bool TestNetworkFaults::refresh(int timeoutMs)
{
    SloRefresher *refresher = m_page->refresher();
    if (!refresher->engine())
        return false;
    refresher->engine()->clearCache();
    QSignalSpy finished(refresher, &SloRefresher::finished);
    refresher->refresh();
    QElapsedTimer timer;
    timer.start();
    while ((finished.isEmpty() || refresher->isRefreshing()) && timer.elapsed() < timeoutMs)
        finished.wait(200);
    return !finished.isEmpty() && !refresher->isRefreshing();
}

bool TestNetworkFaults::checkHealth(const QString &name, int timeoutMs)
{
    QSignalSpy changed(m_health.get(), &DatasourceHealth::changed);
    auto checked = [&] {
        for (const DatasourceHealth::Entry &e : m_health->entries())
            if (e.name == name)
                return e.checked;
        return QDateTime();
    };
    const QDateTime before = checked();
    m_health->checkNow();
    QElapsedTimer timer;
    timer.start();
    // The answer to this check, not the one before it (which may be less than a millisecond old).
    auto done = [&] { return checked().isValid() && (!before.isValid() || checked() > before); };
    while (!done() && timer.elapsed() < timeoutMs)
        changed.wait(200);
    return done();
}

QString TestNetworkFaults::sliText(const QString &id) const
{
    SloOverviewModel *model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(IdRole).toString() == id)
            return model->index(row, SloOverviewModel::Sli).data().toString();
    return {};
}

bool TestNetworkFaults::isStale(const QString &id) const
{
    SloOverviewModel *model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(IdRole).toString() == id)
            return model->index(row, 0).data(SloOverviewModel::StaleRole).toBool();
    return false;
}

void TestNetworkFaults::verifyAgainstGroundTruth(const QString &id)
{
    const SloEvaluation *ev = m_page->model()->evaluation(id);
    QVERIFY(ev && ev->ok());
    const slo::SloReport &r = ev->report;
    const bool latency = id == kLatency;
    const QJsonObject truth = testing::groundTruth(QStringLiteral("checkout"), r.windowStart, r.evaluatedAt,
                                                   latency ? QStringLiteral("0.3") : QString());
    QVERIFY2(!truth.isEmpty(), "sre-demo-history counts failed");
    const double total = truth.value(QStringLiteral("total")).toDouble();
    const double bad = latency ? total - truth.value(QStringLiteral("within_le")).toDouble()
                               : truth.value(QStringLiteral("bad")).toDouble();
    QVERIFY(total > 0 && bad > 0);
    QVERIFY2(std::abs(r.totalEvents - total) <= 0.01 * total,
             qPrintable(QStringLiteral("%1 total: shown %2, generator %3").arg(id).arg(r.totalEvents).arg(total)));
    QVERIFY2(std::abs(r.badEvents - bad) <= 0.01 * bad,
             qPrintable(QStringLiteral("%1 bad: shown %2, generator %3").arg(id).arg(r.badEvents).arg(bad)));
    QVERIFY(r.windowStart == m_end - 7 * kDay);
}

void TestNetworkFaults::verifyRecovered()
{
    QVERIFY(setFault(m_promProxy, { { QStringLiteral("mode"), QStringLiteral("none") } }));
    const qsizetype logBefore = proxyLog(m_promProxy).size();
    QVERIFY(refresh(20000));
    QVERIFY2(countInLog(m_promProxy, logBefore, QStringLiteral("none")) >= 4, "the refresh sent no request");
    QVERIFY2(m_page->refresher()->lastError().isEmpty(), qPrintable(m_page->refresher()->lastError()));
    QVERIFY(m_page->staleBanner()->isHidden());
    for (const QString &id : { kAvailability, kLatency }) {
        QVERIFY(!isStale(id));
        verifyAgainstGroundTruth(id);
        if (QTest::currentTestFailed())
            return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(prom::PrometheusClient::liveTransferHandles(), m_idleHandles, 5000);
}

void TestNetworkFaults::faultShownStaleThenRecovered_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QString>("failure"); // a regular expression for what the error must say
    QTest::newRow("latency beyond the datasource timeout")
        << faultOf("latency", { { "ms", (kTimeoutSeconds + 2) * 1000 } }) << QStringLiteral("no answer in time");
    QTest::newRow("slow drip: one byte per 100 ms")
        << faultOf("drip", { { "ms", 100 } }) << QStringLiteral("no answer in time");
    QTest::newRow("connection reset mid-body, every attempt")
        << faultOf("reset")
        << QStringLiteral("network error: .*(reset|Recv failure|closed with).*after [2-4] attempts");
    QTest::newRow("truncated gzip body") << faultOf("gzip-truncated")
                                         << QStringLiteral("gzip-compressed answer is cut short");
    QTest::newRow("stall after the headers")
        << faultOf("stall") << QStringLiteral("stopped after its headers: no data for 1.5 s");
    QTest::newRow("200 with an HTML login page")
        << faultOf("html")
        << QRegularExpression::escape(QStringLiteral("the answer is HTML, not Prometheus JSON (a login page?)"))
            + QStringLiteral(" - a sign-in page or proxy .*credentials of datasource prod");
    QTest::newRow("502 burst longer than the retries")
        << faultOf("status", { { "status", 502 } })
        << QStringLiteral("HTTP 502: an HTML page \"502 Bad Gateway\".*after [2-4] attempts");
    QTest::newRow("503 burst longer than the retries")
        << faultOf("status", { { "status", 503 } }) << QStringLiteral("HTTP 503: .*after [2-4] attempts");
}

void TestNetworkFaults::faultShownStaleThenRecovered()
{
    QFETCH(QJsonObject, fault);
    QFETCH(QString, failure);

    // Good numbers first.
    QVERIFY(refresh(20000));
    QVERIFY2(m_page->refresher()->lastError().isEmpty(), qPrintable(m_page->refresher()->lastError()));
    const QString goodAvailability = sliText(kAvailability);
    const QString goodLatency = sliText(kLatency);
    QVERIFY2(goodAvailability.endsWith(QLatin1String(" %")), qPrintable(goodAvailability));
    QVERIFY2(goodLatency.endsWith(QLatin1String(" %")), qPrintable(goodLatency));

    // The fault, for every request from now on (retries included).
    QVERIFY(setFault(m_promProxy, fault));
    const qsizetype logBefore = proxyLog(m_promProxy).size();
    QElapsedTimer took;
    took.start();
    QVERIFY(refresh(30000));
    const qint64 refreshMs = took.elapsed();
    const QString mode = fault.value(QStringLiteral("mode")).toString();
    QVERIFY2(countInLog(m_promProxy, logBefore, mode) >= 4,
             qPrintable(QStringLiteral("the proxy applied '%1' to only %2 requests")
                            .arg(mode)
                            .arg(countInLog(m_promProxy, logBefore, mode))));
    // Every request has a deadline: nothing waits longer than the datasource timeout (+ slack for
    // a loaded machine).
    QVERIFY2(refreshMs < (kTimeoutSeconds + 4) * 1000, qPrintable(QString::number(refreshMs)));

    // The error names the datasource and the failure, on the banner above the numbers too.
    const QString error = m_page->refresher()->lastError();
    qInfo("shown: %s", qPrintable(error));
    QVERIFY2(error.startsWith(QLatin1String("prod: ")), qPrintable(error));
    QVERIFY2(error.contains(QRegularExpression(failure)), qPrintable(error + QStringLiteral(" // wanted: ") + failure));
    QVERIFY(!m_page->staleBanner()->isHidden());
    const QString banner = m_page->staleBanner()->text();
    QVERIFY2(banner.contains(QLatin1String("Stale")) && banner.contains(error), qPrintable(banner));

    // The last good numbers stay, marked stale.
    QCOMPARE(sliText(kAvailability), goodAvailability);
    QCOMPARE(sliText(kLatency), goodLatency);
    QVERIFY(isStale(kAvailability));
    QVERIFY(isStale(kLatency));

    // The health probe of the same datasource says so too, naming it.
    QVERIFY(checkHealth(QStringLiteral("prod"), 15000));
    for (const DatasourceHealth::Entry &e : m_health->entries())
        if (e.name == QLatin1String("prod")) {
            QCOMPARE(e.state, DatasourceHealth::State::Down);
            QVERIFY2(e.error.startsWith(QLatin1String("prod: ")), qPrintable(e.error));
        }

    // No transfer left behind (the proxy may still be dripping into a closed socket).
    QTRY_COMPARE_WITH_TIMEOUT(prom::PrometheusClient::liveTransferHandles(), m_idleHandles, 5000);
    verifyRecovered();
    QVERIFY(checkHealth(QStringLiteral("prod"), 10000));
    for (const DatasourceHealth::Entry &e : m_health->entries())
        if (e.name == QLatin1String("prod"))
            QCOMPARE(e.state, DatasourceHealth::State::Up);
}

// Faults the client absorbs: the refresh succeeds with the right numbers and shows no error.
void TestNetworkFaults::transparentFaults_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::newRow("latency 1 s, within the timeout")
        << QJsonObject { { QStringLiteral("mode"), QStringLiteral("latency") }, { QStringLiteral("ms"), 1000 } };
    QTest::newRow("503 burst of 2: retried") << QJsonObject { { QStringLiteral("mode"), QStringLiteral("status") },
                                                              { QStringLiteral("status"), 503 },
                                                              { QStringLiteral("count"), 2 } };
    QTest::newRow("one connection reset: retried")
        << QJsonObject { { QStringLiteral("mode"), QStringLiteral("reset") }, { QStringLiteral("count"), 1 } };
}

void TestNetworkFaults::transparentFaults()
{
    QFETCH(QJsonObject, fault);
    QVERIFY(setFault(m_promProxy, fault));
    const qsizetype logBefore = proxyLog(m_promProxy).size();
    QVERIFY(refresh(20000));
    const QString mode = fault.value(QStringLiteral("mode")).toString();
    QVERIFY2(countInLog(m_promProxy, logBefore, mode) >= std::min(2, fault.value(QStringLiteral("count")).toInt(2)),
             "the proxy did not apply the fault");
    QVERIFY2(m_page->refresher()->lastError().isEmpty(), qPrintable(m_page->refresher()->lastError()));
    QVERIFY(m_page->staleBanner()->isHidden());
    verifyAgainstGroundTruth(kAvailability);
    verifyAgainstGroundTruth(kLatency);
    QTRY_COMPARE_WITH_TIMEOUT(prom::PrometheusClient::liveTransferHandles(), m_idleHandles, 5000);
}

// The user changes the window while the answers for the old one are held back; the new window's
// answers come first. The old answers must never replace the new numbers.
void TestNetworkFaults::oldAnswerAfterTheViewChanged()
{
    SloRefresher *refresher = m_page->refresher();
    QVERIFY(setFault(m_promProxy,
                     { { QStringLiteral("mode"), QStringLiteral("latency") },
                       { QStringLiteral("ms"), 2000 },
                       { QStringLiteral("match"), QStringLiteral("query_range") } }));
    const qsizetype logBefore = proxyLog(m_promProxy).size();
    refresher->engine()->clearCache();
    refresher->refresh(); // the 7-day window of the spec
    QTRY_VERIFY_WITH_TIMEOUT(countInLog(m_promProxy, logBefore, QStringLiteral("latency")) == 4, 10000);

    // Now a 1-day window, answered at once.
    QVERIFY(setFault(m_promProxy, { { QStringLiteral("mode"), QStringLiteral("none") } }));
    QSignalSpy finished(refresher, &SloRefresher::finished);
    SloTimeSelection selection = refresher->selection();
    selection.window = std::chrono::seconds(kDay);
    refresher->setSelection(selection);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !refresher->isRefreshing(), 20000);
    QVERIFY2(refresher->lastError().isEmpty(), qPrintable(refresher->lastError()));
    const SloEvaluation *ev = m_page->model()->evaluation(kAvailability);
    QVERIFY(ev && ev->ok());
    QCOMPARE(ev->report.windowStart, m_end - kDay);
    const QString newText = sliText(kAvailability);

    // The held-back answers are over (dropped: the client cancelled them as stale) ...
    QTRY_VERIFY_WITH_TIMEOUT(countInLog(m_promProxy, logBefore, QStringLiteral("dropped"))
                                     + countInLog(m_promProxy, logBefore, QStringLiteral("sent"))
                                 == 4,
                             10000);
    QCOMPARE(countInLog(m_promProxy, logBefore, QStringLiteral("dropped")), 4);
    // ... and the page still shows the 1-day numbers, not stale, with no error.
    QCoreApplication::processEvents();
    QCOMPARE(m_page->model()->evaluation(kAvailability)->report.windowStart, m_end - kDay);
    QCOMPARE(sliText(kAvailability), newText);
    QVERIFY(!isStale(kAvailability));
    QVERIFY(refresher->lastError().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(prom::PrometheusClient::liveTransferHandles(), m_idleHandles, 5000);

    selection.window.reset();
    refresher->setSelection(selection);
    QTRY_VERIFY_WITH_TIMEOUT(!refresher->isRefreshing(), 20000);
}

// Alertmanager behind an SSO proxy: the health probe says so instead of "up".
void TestNetworkFaults::alertmanagerLoginPage()
{
    QVERIFY(checkHealth(QStringLiteral("am"), 10000));
    auto entry = [this] {
        for (const DatasourceHealth::Entry &e : m_health->entries())
            if (e.name == QLatin1String("am"))
                return e;
        return DatasourceHealth::Entry {};
    };
    QCOMPARE(entry().state, DatasourceHealth::State::Up);
    QVERIFY(!entry().version.isEmpty());

    QVERIFY(setFault(m_amProxy, { { QStringLiteral("mode"), QStringLiteral("html") } }));
    QVERIFY(checkHealth(QStringLiteral("am"), 10000));
    QCOMPARE(entry().state, DatasourceHealth::State::Down);
    QVERIFY2(entry().error.startsWith(QLatin1String("am: ")), qPrintable(entry().error));
    qInfo("health: %s", qPrintable(entry().error));
    QVERIFY2(entry().error.contains(QLatin1String("the answer is HTML, not JSON (a login page?)")),
             qPrintable(entry().error));

    QVERIFY2(entry().error.contains(QLatin1String("credentials of datasource am")), qPrintable(entry().error));
    QVERIFY(setFault(m_amProxy, { { QStringLiteral("mode"), QStringLiteral("none") } }));
    QVERIFY(checkHealth(QStringLiteral("am"), 10000));
    QCOMPARE(entry().state, DatasourceHealth::State::Up);
    QTRY_COMPARE_WITH_TIMEOUT(prom::PrometheusClient::liveTransferHandles(), m_idleHandles, 5000);
}

// An Alertmanager slower than the poll interval (600 ms per answer, a tick every 300 ms): a tick
// that finds a poll under way is skipped, so the poller rests between polls instead of asking again
// the moment an answer arrives (it used to queue every such tick: always busy, never idle). Over 4 s
// it must be idle part of the time, and each poll still completes.
void TestNetworkFaults::slowAlertmanagerIsNotPolledBackToBack()
{
    QVERIFY(
        setFault(m_amProxy, { { QStringLiteral("mode"), QStringLiteral("latency") }, { QStringLiteral("ms"), 600 } }));
    DatasourceConfig am;
    am.name = QStringLiteral("am");
    am.type = DatasourceConfig::Type::Alertmanager;
    am.url = QUrl(proxyUrl(m_amProxy));
    alerting::AlertmanagerPoller poller({ am });
    poller.setInterval(std::chrono::milliseconds(300));
    QSignalSpy polls(&poller, &alerting::AlertmanagerPoller::snapshotChanged);
    poller.start();
    // Sampled from a timer in a real event loop: QTest::qWait() sleeps between its rounds of
    // events, which the event-loop probe rightly counts as the GUI thread blocked.
    int samples = 0, idle = 0;
    QTimer sampler;
    sampler.setInterval(20);
    connect(&sampler, &QTimer::timeout, this, [&] {
        ++samples;
        idle += poller.isRefreshing() ? 0 : 1;
    });
    QEventLoop loop;
    QTimer::singleShot(4000, &loop, &QEventLoop::quit);
    sampler.start();
    loop.exec();
    sampler.stop();
    poller.stop();
    QVERIFY(setFault(m_amProxy, { { QStringLiteral("mode"), QStringLiteral("none") } }));
    QVERIFY2(polls.count() >= 2, qPrintable(QString::number(polls.count())));
    QVERIFY2(!poller.snapshot().errors.contains(QStringLiteral("am")), "the slow answers are answers");
    // Skipped ticks leave up to one interval of rest after each 600 ms poll: about a third of the
    // time. Back to back it is none.
    QVERIFY2(idle * 10 >= samples, qPrintable(QStringLiteral("idle in %1 of %2 samples").arg(idle).arg(samples)));
}

QTEST_MAIN(TestNetworkFaults)
#include "tst_network_faults.moc"
