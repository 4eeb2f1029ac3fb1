// Alert replay (models/replay) on both real backends of the CTest fixtures: Prometheus and
// VictoriaMetrics serve the same generated history (docs/demo-world.md), and the replay must give
// the same answers on both: the same one-minute bad and total events for every demo SLO, and every
// tier firing at the same evaluations. VictoriaMetrics' increase does not extrapolate and its
// lookbehind rules differ from Prometheus'; the bucket queries (slo::bucketQueries) are written so
// that neither matters. That each backend's numbers are the generator's exact counts is checked by
// tst_slo_engine / tst_slo_replay and their _vm runs; this test compares the two directly, so a
// difference between the backends shows even where both stay inside those tolerances.
#include "fixtureenv.h"
#include "prometheusclient.h"
#include "replay.h"
#include "replaysource.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <cmath>

using namespace sre;
using namespace std::chrono_literals;

namespace {
constexpr qint64 kStep = 60;
constexpr qint64 kDay = 86400;

// Where an incident of the generated history starts (0 when it is not there).
qint64 incidentStart(const QString &id)
{
    return qint64(testing::placedIncident(id).value(QStringLiteral("start")).toDouble());
}

bool near(double a, double b)
{
    return std::abs(a - b) <= std::max(1e-9 * std::abs(b), 1e-6);
}

QString spansText(const std::vector<replay::FiringSpan> &spans)
{
    QStringList out;
    for (const replay::FiringSpan &f : spans)
        out << QStringLiteral("[%1 pending, %2..%3%4]")
                   .arg(f.pendingSince)
                   .arg(f.start)
                   .arg(f.end)
                   .arg(f.open ? QStringLiteral(" open") : QString());
    return out.join(QLatin1Char(' '));
}
} // namespace

class TestReplayBackends final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameEventsAndFirings_data();
    void sameEventsAndFirings();

private:
    replay::FetchedEvents fetch(prom::PrometheusClient &client, const slo::SloSpec &spec, qint64 from, qint64 to,
                                std::chrono::seconds lookback);

    ws::Workspace m_workspace;
    std::unique_ptr<prom::PrometheusClient> m_prometheus;
    std::unique_ptr<prom::PrometheusClient> m_victoria;
};

void TestReplayBackends::initTestCase()
{
    const QString promUrl = testing::fixtureUrl("SRE_TEST_PROMETHEUS_URL_FILE");
    const QString vmUrl = testing::fixtureUrl("SRE_TEST_VICTORIA_METRICS_URL_FILE");
    QVERIFY2(!promUrl.isEmpty(), "the prometheus fixture did not write its URL");
    QVERIFY2(!vmUrl.isEmpty(), "the victoriametrics fixture did not write its URL");
    QVERIFY(promUrl != vmUrl);
    m_workspace.openBlocking(QStringLiteral(SRE_SOURCE_DIR "/resources/demo"));
    QVERIFY(m_workspace.slos().items().size() >= 13);
    DatasourceConfig ds;
    ds.name = QStringLiteral("prometheus");
    ds.url = QUrl(promUrl);
    ds.timeout = 60s;
    m_prometheus = std::make_unique<prom::PrometheusClient>(ds);
    ds.name = QStringLiteral("victoria-metrics");
    ds.url = QUrl(vmUrl);
    m_victoria = std::make_unique<prom::PrometheusClient>(ds);
}

replay::FetchedEvents TestReplayBackends::fetch(prom::PrometheusClient &client, const slo::SloSpec &spec, qint64 from,
                                                qint64 to, std::chrono::seconds lookback)
{
    auto future = replay::fetchEvents(client, spec, from, to, std::chrono::seconds(kStep), lookback);
    future.waitForFinished();
    return future.result();
}

void TestReplayBackends::sameEventsAndFirings_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<bool>("incident"); // every tier must fire (so firings are compared, not just absences)
    const qint64 end = testing::historyEnd();
    // Every demo SLO (event ratio, latency, timeslice) over the history's last day.
    for (const slo::SloSpec &s : m_workspace.slos().items())
        QTest::newRow(qPrintable(s.id() + QStringLiteral(" last day"))) << s.id() << end - kDay << end << false;
    // The incidents, where the tiers fire.
    const qint64 myapp = incidentStart(QStringLiteral("INC-2025-001"));
    const qint64 payments = incidentStart(QStringLiteral("INC-2026-014"));
    QVERIFY(myapp > 0 && payments > 0);
    QTest::newRow("myapp-api/availability around INC-2025-001")
        << QStringLiteral("myapp-api/availability") << myapp - kDay << std::min(myapp + kDay, end) << true;
    QTest::newRow("payments-api/availability around INC-2026-014")
        << QStringLiteral("payments-api/availability") << payments - kDay << std::min(payments + kDay, end) << true;
}

void TestReplayBackends::sameEventsAndFirings()
{
    QFETCH(QString, id);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(bool, incident);
    const slo::SloSpec *spec = m_workspace.findSlo(id);
    QVERIFY(spec);
    const std::vector<replay::ReplayTier> tiers = replay::replayTiers(*spec);
    const std::chrono::seconds lookback = replay::longestWindow(tiers);

    const replay::FetchedEvents p = fetch(*m_prometheus, *spec, from, to, lookback);
    QVERIFY2(!p.error, qPrintable(p.error ? p.error->toString() : QString()));
    const replay::FetchedEvents v = fetch(*m_victoria, *spec, from, to, lookback);
    QVERIFY2(!v.error, qPrintable(v.error ? v.error->toString() : QString()));

    // The same buckets with the same events.
    const std::vector<slo::EventBucket> &pb = p.series.buckets();
    const std::vector<slo::EventBucket> &vb = v.series.buckets();
    QVERIFY(!pb.empty());
    QCOMPARE(vb.size(), pb.size());
    int differing = 0;
    QString first;
    double total = 0;
    for (std::size_t i = 0; i < pb.size(); ++i) {
        QCOMPARE(vb[i].start, pb[i].start);
        total += pb[i].total;
        if (!near(vb[i].bad, pb[i].bad) || !near(vb[i].total, pb[i].total)) {
            if (differing++ == 0)
                first = QStringLiteral("bucket at %1: Prometheus %2 bad / %3 total, VictoriaMetrics %4 / %5")
                            .arg(pb[i].start)
                            .arg(pb[i].bad, 0, 'g', 12)
                            .arg(pb[i].total, 0, 'g', 12)
                            .arg(vb[i].bad, 0, 'g', 12)
                            .arg(vb[i].total, 0, 'g', 12);
        }
    }
    QVERIFY2(total > 0, "no events at all");
    QVERIFY2(differing == 0,
             qPrintable(QStringLiteral("%1 of %2 buckets differ; first %3").arg(differing).arg(pb.size()).arg(first)));

    // Every tier fires at the same evaluations.
    const auto incidents = replay::incidentsOf(spec->id(), m_workspace.postmortems().items(), from, to);
    const replay::ReplayResult rp = replay::replay(*spec, p.series, tiers, incidents, from, to, 60s);
    const replay::ReplayResult rv = replay::replay(*spec, v.series, tiers, incidents, from, to, 60s);
    QCOMPARE(rv.tiers.size(), rp.tiers.size());
    for (std::size_t t = 0; t < rp.tiers.size(); ++t) {
        if (incident)
            QVERIFY2(!rp.tiers[t].firings.empty(),
                     qPrintable(rp.tiers[t].tier.tier.name + QStringLiteral(": no firing")));
        QVERIFY2(rv.tiers[t].firings == rp.tiers[t].firings,
                 qPrintable(QStringLiteral("%1: Prometheus %2, VictoriaMetrics %3")
                                .arg(rp.tiers[t].tier.tier.name, spansText(rp.tiers[t].firings),
                                     spansText(rv.tiers[t].firings))));
    }
}

QTEST_GUILESS_MAIN(TestReplayBackends)
#include "tst_replay_backends.moc"
