// The Alerts page against a real Alertmanager behind the fault proxy (tests/faultproxy): for each
// fault, the page's banner names the datasource and the failure, the last good alerts stay listed,
// the GUI thread is never blocked more than 50 ms (the event-loop probe, per test function), no
// transfer is left behind, and the next poll after the fault heals recovers by itself. (The SLO
// page's side of the same faults is tst_network_faults.)
#include "../common/alertmanagertestutil.h"
#include "alertmanagerpoller.h"
#include "alertspage.h"
#include "datasourcehealth.h"
#include "faultproxyutil.h"
#include "firingalertsmodel.h"
#include "firingtab.h"
#include "lagprobe.h"
#include "mainwindow.h"
#include "prometheusclient.h"
#include "settings.h"
#include "workspace.h"

#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace sre;
using namespace sre::testing;

namespace {
constexpr double kMaxBlockedMs = 50.0 * SRE_TEST_SLOWDOWN;
constexpr int kTimeoutSeconds = 3;
} // namespace

class TestAlertsFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void faultShownStaleThenRecovered_data();
    void faultShownStaleThenRecovered();
    void cleanupTestCase();

private:
    FiringTab *tab() const { return m_window->alertsPage()->firingTab(); }

    QString m_proxy;
    QString m_run;
    QTemporaryDir m_dir;
    int m_idleHandles = 0;
    std::unique_ptr<ws::Workspace> m_workspace;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DatasourceHealth> m_health;
    std::unique_ptr<MainWindow> m_window;
    LagProbe m_probe;
};

void TestAlertsFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_proxy = qEnvironmentVariable("SRE_TEST_FAULTPROXY_ALERTMANAGER_DIR");
    const QString url = proxyUrl(m_proxy);
    QVERIFY2(!url.isEmpty(), "the faultproxy fixture did not write its URL");
    g_probe = &m_probe;
    QVERIFY(setFault(m_proxy, { { QStringLiteral("mode"), QStringLiteral("none") } }));
    m_run = QStringLiteral("faults") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QList<alerting::LabelSet> alerts;
    for (const char *instance : { "f-1", "f-2", "f-3" })
        alerts << alerting::LabelSet { { QStringLiteral("alertname"), QStringLiteral("FaultyPeerAlert") },
                                       { QStringLiteral("severity"), QStringLiteral("warning") },
                                       { QStringLiteral("instance"), QString::fromLatin1(instance) },
                                       { QStringLiteral("run"), m_run } };
    postAlerts(url, alerts, PostedAlertShape { 120, 3600, {} });

    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("workspace.yaml")),
                      QStringLiteral("name: alerts faults\ntimezone: UTC\ndatasources:\n"
                                     "  - name: am\n    type: alertmanager\n    url: %1\n    timeout: %2s\n")
                          .arg(url)
                          .arg(kTimeoutSeconds)
                          .toUtf8()));
    m_workspace = std::make_unique<ws::Workspace>();
    m_settings = std::make_unique<Settings>();
    m_health = std::make_unique<DatasourceHealth>();
    m_health->setInterval(std::chrono::hours(1));
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_settings, *m_health);
    m_window->resize(1280, 800);
    m_window->show();
    QSignalSpy loaded(m_workspace.get(), &ws::Workspace::loaded);
    m_window->openWorkspace(m_dir.path());
    QVERIFY(loaded.wait(20000));
    QVERIFY(m_window->showPage(QStringLiteral("alerts")));
    tab()->filterEdit()->setText(QStringLiteral("run=\"%1\"").arg(m_run));
    QTRY_VERIFY_WITH_TIMEOUT(tab()->model()->visibleAlertCount() == 3, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->alertPoller()->isRefreshing(), 10000);
    QVERIFY(!tab()->banner()->isVisible());
    m_idleHandles = prom::PrometheusClient::liveTransferHandles();
}

void TestAlertsFaults::init()
{
    QVERIFY(setFault(m_proxy, { { QStringLiteral("mode"), QStringLiteral("none") } }));
    m_probe.start();
}

void TestAlertsFaults::cleanup()
{
    const double blocked = stopProbe(m_probe);
    QVERIFY(setFault(m_proxy, { { QStringLiteral("mode"), QStringLiteral("none") } }));
    if (!QTest::currentTestFailed())
        QVERIFY2(blocked < kMaxBlockedMs,
                 qPrintable(QStringLiteral("the GUI thread was blocked: %1").arg(m_probe.diagnosis())));
}

void TestAlertsFaults::faultShownStaleThenRecovered_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QString>("failure"); // a regular expression for what the banner must say
    QTest::newRow("latency beyond the datasource timeout")
        << faultOf("latency", { { "ms", (kTimeoutSeconds + 2) * 1000 } }) << QStringLiteral("no answer in time");
    QTest::newRow("slow drip: one byte per 100 ms")
        << faultOf("drip", { { "ms", 100 } }) << QStringLiteral("no answer in time");
    QTest::newRow("connection reset mid-body")
        << faultOf("reset") << QStringLiteral("(reset|Recv failure|closed with)");
    QTest::newRow("truncated gzip body") << faultOf("gzip-truncated")
                                         << QStringLiteral("gzip-compressed answer is cut short or corrupt");
    QTest::newRow("stall after the headers") << faultOf("stall") << QStringLiteral("stopped after its headers");
    QTest::newRow("200 with an HTML login page") << faultOf("html") << QStringLiteral("HTML, not JSON");
    // A proxy's error page is named by its title, not shown as markup.
    QTest::newRow("502 burst") << faultOf("status", { { "status", 502 } })
                               << QStringLiteral("HTTP 502: an HTML page \"502 Bad Gateway\", not an API answer");
    QTest::newRow("503 burst") << faultOf("status", { { "status", 503 } })
                               << QStringLiteral("HTTP 503: an HTML page \"503 Service Unavailable\"");
}

void TestAlertsFaults::faultShownStaleThenRecovered()
{
    QFETCH(QJsonObject, fault);
    QFETCH(QString, failure);
    alerting::AlertmanagerPoller *poller = m_window->alertPoller();
    QVERIFY(setFault(m_proxy, fault));
    poller->refreshNow();
    const QRegularExpression expected(failure);
    QVERIFY2(
        waitInEventLoop(
            [&] { return tab()->banner()->isVisible() && expected.match(tab()->banner()->text()).hasMatch(); }, 40000),
        qPrintable(tab()->banner()->text()));
    const QString banner = tab()->banner()->text();
    qInfo("banner: %s", qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("am: ")), qPrintable(banner)); // the datasource is named
    QCOMPARE(tab()->model()->visibleAlertCount(), 3); // the last good alerts stay

    QVERIFY(setFault(m_proxy, { { QStringLiteral("mode"), QStringLiteral("none") } }));
    QVERIFY(waitInEventLoop([&] { return !poller->isRefreshing(); }, 40000));
    poller->refreshNow();
    QVERIFY(waitInEventLoop([&] { return !tab()->banner()->isVisible(); }, 20000));
    QCOMPARE(tab()->model()->visibleAlertCount(), 3);
    QVERIFY(waitInEventLoop([&] { return prom::PrometheusClient::liveTransferHandles() == m_idleHandles; }, 10000));
}

void TestAlertsFaults::cleanupTestCase()
{
    m_window.reset();
    g_probe = nullptr;
}

QTEST_MAIN(TestAlertsFaults)
#include "tst_alerts_faults.moc"
