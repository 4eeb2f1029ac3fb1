// End to end, with nothing posted by the test: the fixture Prometheus (prometheus_fire) evaluates
// the rule `vector(1)` of data/e2e-fire-rules.yaml every second and sends the alert to both
// Alertmanagers of the pair itself, as it would in production; the console's poller sees it once,
// deduplicated across the peers, with the rule's labels and annotations and Prometheus' own
// generatorURL. What Prometheus says it fires is read with curl.
#include "../common/alertmanagertestutil.h"
#include "alertmanagerpoller.h"
#include "fixtureenv.h"

#include <QTest>
#include <QUrl>

using namespace sre;
using namespace sre::alerting;
using namespace std::chrono_literals;

namespace {

std::vector<Alert> vectorOneAlerts(const AlertSnapshot &s)
{
    std::vector<Alert> out;
    for (const Alert &a : s.alerts)
        if (a.name() == u"FixtureVectorOne" && a.labels.value(QStringLiteral("test")) == u"e2e-vector")
            out.push_back(a);
    return out;
}

} // namespace

class TestAlertEndToEnd : public QObject
{
    Q_OBJECT

    QString m_prometheus, m_am1, m_am2;

private slots:
    void initTestCase()
    {
        m_prometheus = testing::fixtureUrl("SRE_TEST_PROMETHEUS_FIRE_URL_FILE");
        m_am1 = testing::fixtureUrl("SRE_TEST_AM1_URL_FILE");
        m_am2 = testing::fixtureUrl("SRE_TEST_AM2_URL_FILE");
        QVERIFY2(!m_prometheus.isEmpty(), "the prometheus_fire fixture did not start");
        QVERIFY2(!m_am1.isEmpty() && !m_am2.isEmpty(), "the alertmanager_pair fixture did not start");
    }

    void prometheusFiresIntoAlertmanagerAndTheClientSeesIt()
    {
        // Prometheus itself: the rule fires (for: 0s, so never pending).
        QTRY_VERIFY_WITH_TIMEOUT(QString::fromUtf8(testing::curl({ m_prometheus + QStringLiteral("/api/v1/alerts") }))
                                     .contains(QStringLiteral("\"state\":\"firing\"")),
                                 30000);

        AlertmanagerPoller poller(
            { testing::am(QStringLiteral("am1"), m_am1), testing::am(QStringLiteral("am2"), m_am2) });
        poller.setInterval(1000ms);
        poller.start();
        // Both peers received it from Prometheus: one alert, from both sources.
        QTRY_VERIFY_WITH_TIMEOUT(!vectorOneAlerts(poller.snapshot()).empty()
                                     && vectorOneAlerts(poller.snapshot()).front().sources.size() == 2,
                                 60000);
        const std::vector<Alert> alerts = vectorOneAlerts(poller.snapshot());
        QCOMPARE(alerts.size(), std::size_t(1));
        const Alert &a = alerts.front();
        QCOMPARE(a.labels,
                 (LabelSet { { QStringLiteral("alertname"), QStringLiteral("FixtureVectorOne") },
                             { QStringLiteral("severity"), QStringLiteral("warning") },
                             { QStringLiteral("test"), QStringLiteral("e2e-vector") } }));
        QCOMPARE(a.annotations.value(QStringLiteral("summary")),
                 QStringLiteral("The fixture Prometheus fires vector(1)"));
        QCOMPARE(a.annotations.value(QStringLiteral("runbook_url")),
                 QStringLiteral("https://runbooks.example/FixtureVectorOne"));
        QCOMPARE(a.state, AlertState::Active);
        QVERIFY(a.startsAt.isValid() && a.startsAt <= QDateTime::currentDateTimeUtc());
        // Prometheus links back to the rule's expression.
        QVERIFY2(QUrl::fromPercentEncoding(a.generatorURL.toUtf8()).contains(QStringLiteral("vector(1)")),
                 qPrintable(a.generatorURL));
        QCOMPARE(a.sources, (QStringList { QStringLiteral("am1"), QStringLiteral("am2") }));
    }

    void cleanupTestCase()
    {
        // Resolved, as Prometheus would send it when the rule stops: the other tests of the pair
        // should not see it firing until its last endsAt (four resend delays) has passed.
        if (m_am1.isEmpty())
            return;
        const LabelSet labels { { QStringLiteral("alertname"), QStringLiteral("FixtureVectorOne") },
                                { QStringLiteral("severity"), QStringLiteral("warning") },
                                { QStringLiteral("test"), QStringLiteral("e2e-vector") } };
        testing::postAlerts(m_am1, { labels }, { 60, 0, {} });
        testing::postAlerts(m_am2, { labels }, { 60, 0, {} });
    }
};

QTEST_GUILESS_MAIN(TestAlertEndToEnd)
#include "tst_alert_end_to_end.moc"
