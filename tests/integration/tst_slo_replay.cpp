// Alert replay against the real Prometheus of the CTest fixture (generated history,
// docs/demo-world.md). The firing starts the replay finds from Prometheus' one-minute increases
// are checked against an independent computation from the generator's exact counts
// (`sre-demo-history counts` for each window at each evaluation time), within one step.
//
// Agreement with Prometheus' own rule engine on the generated rules (models/rules, `srectl slo
// rules`) is proven by tst_replay_promtool: `promtool test rules` fires every tier at the same 5m
// evaluations as the replay at step 5m, on raw counters with an outage, no traffic and a slow
// burn; a 1m replay starts at most one evaluation interval earlier.
// TODO (issue 15): also load the generated rules into the fixture Prometheus and compare with its
// `ALERTS` series where it evaluated live (backfilled history is never evaluated by rules).
#include "demoworkspace.h"
#include "fixtureenv.h"
#include "prometheusclient.h"
#include "replaysource.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sre;
using namespace std::chrono_literals;

namespace {
constexpr qint64 kStep = 60;

using testing::placedIncident;

// Whether the tier's condition holds at `t` by the generator's exact counts: both windows
// (t - w, t] burn at least the factor. No traffic, no burn.
bool truthActive(const QString &service, const replay::ReplayTier &tier, double objective, qint64 t, bool *ok)
{
    *ok = true;
    for (const std::chrono::seconds w : { tier.tier.longWindow, tier.tier.shortWindow }) {
        const QJsonObject c = testing::groundTruth(service, t - w.count(), t);
        if (c.isEmpty()) {
            *ok = false;
            return false;
        }
        const double total = c.value(QStringLiteral("total")).toDouble();
        const double bad = c.value(QStringLiteral("bad")).toDouble();
        if (!(total > 0) || bad / total / (1 - objective) < tier.factor)
            return false;
    }
    return true;
}
} // namespace

class TestSloReplay final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firingStartsMatchGroundTruth_data();
    void firingStartsMatchGroundTruth();
    void srectlReplaysTheIncident();

private:
    replay::ReplayResult run(const slo::SloSpec &spec, const std::vector<replay::ReplayTier> &tiers, qint64 from,
                             qint64 to, QString *error);

    QTemporaryDir m_dir;
    ws::Workspace m_workspace;
    std::unique_ptr<prom::PrometheusClient> m_client;
};

void TestSloReplay::initTestCase()
{
    const QString url = testing::fixtureUrl("SRE_TEST_PROMETHEUS_URL_FILE");
    QVERIFY2(!url.isEmpty(), "the prometheus fixture did not write its URL");
    QVERIFY(m_dir.isValid());
    QVERIFY(testing::makeDemoWorkspace(m_dir.path(), url, true, QStringLiteral("60s")));
    m_workspace.openBlocking(m_dir.path());
    DatasourceConfig ds;
    ds.name = QStringLiteral("fixture");
    ds.url = QUrl(url);
    ds.timeout = 60s;
    m_client = std::make_unique<prom::PrometheusClient>(ds);
}

replay::ReplayResult TestSloReplay::run(const slo::SloSpec &spec, const std::vector<replay::ReplayTier> &tiers,
                                        qint64 from, qint64 to, QString *error)
{
    auto future
        = replay::fetchEvents(*m_client, spec, from, to, std::chrono::seconds(kStep), replay::longestWindow(tiers));
    future.waitForFinished();
    const replay::FetchedEvents fetched = future.result();
    if (fetched.error)
        *error = fetched.error->toString();
    const auto incidents = replay::incidentsOf(spec.id(), m_workspace.postmortems().items(), from, to);
    return replay::replay(spec, fetched.series, tiers, incidents, from, to, std::chrono::seconds(kStep));
}

void TestSloReplay::firingStartsMatchGroundTruth_data()
{
    QTest::addColumn<QString>("slo");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("incident");
    QTest::addColumn<QString>("edit"); // a what-if edit, or empty for the SLO's own tiers

    QTest::newRow("myapp-api: INC-2025-001, default tiers")
        << QStringLiteral("myapp-api/availability") << QStringLiteral("myapp-api") << QStringLiteral("INC-2025-001")
        << QString();
    QTest::newRow("payments-api (28d): INC-2026-014, default tiers")
        << QStringLiteral("payments-api/availability") << QStringLiteral("payments-api")
        << QStringLiteral("INC-2026-014") << QString();
    QTest::newRow("what if: page-fast at factor 30, for 3m")
        << QStringLiteral("myapp-api/availability") << QStringLiteral("myapp-api") << QStringLiteral("INC-2025-001")
        << QStringLiteral("page-fast:factor=30,for=3m");
}

// Over the week around the incident, every tier fires for it, and each firing start is where
// the generator's exact counts first make both windows reach the factor (then `for` later);
// one step before a start the counts do not, so the replay neither fires late nor early.
void TestSloReplay::firingStartsMatchGroundTruth()
{
    QFETCH(QString, slo);
    QFETCH(QString, service);
    QFETCH(QString, incident);
    QFETCH(QString, edit);
    const slo::SloSpec *spec = m_workspace.findSlo(slo);
    QVERIFY(spec);
    const QJsonObject placed = placedIncident(incident);
    QVERIFY2(!placed.isEmpty(), qPrintable(incident));
    const qint64 started = qint64(placed.value(QStringLiteral("start")).toDouble());
    const qint64 from = started - 3 * 86400;
    const qint64 to = std::min(started + 3 * 86400, testing::historyEnd());

    std::vector<replay::ReplayTier> tiers = replay::replayTiers(*spec);
    QCOMPARE(tiers.size(), std::size_t(4));
    if (!edit.isEmpty()) {
        const auto problem = replay::applyTierEdit(tiers, edit, replay::factorWindow(*spec));
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
    }
    QString error;
    const replay::ReplayResult r = run(*spec, tiers, from, to, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(r.incidents.size() >= 1);

    for (const replay::TierReplay &t : r.tiers) {
        const QString name = t.tier.tier.name;
        QVERIFY2(!t.firings.empty(), qPrintable(name + QStringLiteral(": no firing")));
        // The independent scan: the first evaluation from 10 minutes before the incident on at
        // which the exact counts meet the condition, then held for `for`.
        qint64 active = 0;
        for (qint64 at = (started - 600) / kStep * kStep; at < started + 6 * 3600; at += kStep) {
            bool ok = false;
            if (truthActive(service, t.tier, spec->objective, at, &ok)) {
                active = at;
                break;
            }
            QVERIFY(ok);
        }
        QVERIFY2(active > 0, qPrintable(name + QStringLiteral(": the exact counts never reach the factor")));
        const qint64 expectedStart = active + (t.tier.forDuration.count() + kStep - 1) / kStep * kStep;
        const auto hit = std::find_if(t.firings.begin(), t.firings.end(),
                                      [&](const replay::FiringSpan &f) { return f.end >= started - 600; });
        QVERIFY(hit != t.firings.end());
        QVERIFY2(std::abs(hit->start - expectedStart) <= kStep,
                 qPrintable(QStringLiteral("%1: replay fired at %2, the exact counts say %3")
                                .arg(name)
                                .arg(hit->start)
                                .arg(expectedStart)));
        QVERIFY(hit->pendingSince <= hit->start);
        // Every firing of the week: the exact counts meet the condition where it became pending
        // and not one step before.
        for (const replay::FiringSpan &f : t.firings) {
            bool ok = false;
            const bool at = truthActive(service, t.tier, spec->objective, f.pendingSince, &ok);
            QVERIFY(ok);
            QVERIFY2(at, qPrintable(QStringLiteral("%1: not active at %2").arg(name).arg(f.pendingSince)));
            const bool before = truthActive(service, t.tier, spec->objective, f.pendingSince - kStep, &ok);
            QVERIFY(ok);
            QVERIFY2(!before || f.pendingSince - kStep < from,
                     qPrintable(QStringLiteral("%1: already active before %2").arg(name).arg(f.pendingSince)));
        }
        // The postmortem is linked by `slos:`: the tier detected it, from its `started`.
        const auto detection = std::find_if(t.detections.begin(), t.detections.end(),
                                            [&](const replay::Detection &d) { return d.incident.id == incident; });
        QVERIFY(detection != t.detections.end());
        QVERIFY(detection->firedAt.has_value());
        QCOMPARE(*detection->timeToDetect, std::max<qint64>(0, hit->start - detection->incident.started));
    }
}

// The command line: the same replay as JSON, exit 0; an unknown SLO is exit 2.
void TestSloReplay::srectlReplaysTheIncident()
{
    const QJsonObject placed = placedIncident(QStringLiteral("INC-2025-001"));
    const qint64 started = qint64(placed.value(QStringLiteral("start")).toDouble());
    QProcess p;
    p.start(QStringLiteral(SRECTL_BIN),
            { QStringLiteral("--workspace"), m_dir.path(), QStringLiteral("--format"), QStringLiteral("json"),
              QStringLiteral("slo"), QStringLiteral("replay"), QStringLiteral("--slo"),
              QStringLiteral("myapp-api/availability"), QStringLiteral("--from"), QString::number(started - 86400),
              QStringLiteral("--to"), QString::number(started + 86400) });
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QJsonArray out = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    QCOMPARE(out.size(), 1);
    const QJsonArray tiers = out[0].toObject().value(QStringLiteral("tiers")).toArray();
    QCOMPARE(tiers.size(), 4);
    const QJsonObject fast = tiers[0].toObject();
    QCOMPARE(fast.value(QStringLiteral("tier")).toString(), QStringLiteral("page-fast"));
    QCOMPARE(fast.value(QStringLiteral("firings")).toInt(), 1);
    QCOMPARE(fast.value(QStringLiteral("incidents_missed")).toInt(), 0);
    const QJsonArray incidents = fast.value(QStringLiteral("incidents")).toArray();
    QCOMPARE(incidents.size(), 1);
    QCOMPARE(incidents[0].toObject().value(QStringLiteral("incident")).toString(), QStringLiteral("INC-2025-001"));
    QVERIFY(incidents[0].toObject().value(QStringLiteral("time_to_detect_seconds")).toDouble() <= 15 * 60);

    p.start(QStringLiteral(SRECTL_BIN),
            { QStringLiteral("--workspace"), m_dir.path(), QStringLiteral("slo"), QStringLiteral("replay"),
              QStringLiteral("--slo"), QStringLiteral("no/such") });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestSloReplay)
#include "tst_slo_replay.moc"
