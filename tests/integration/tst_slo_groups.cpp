// Per-group SLOs (Pyrra `grouping`, native `group_by`, Sloth's `sum by (...)` queries) against the
// generator's per-handler ground truth, on the prometheus_current fixture (checkout's requests
// carry a `handler` label: /cart, /confirm, /pay; /pay fails four times as often as the others,
// so its 99.9 % budget runs out). Checked: `srectl slo report` gives one row per group with a
// `group` object, worst first; `srectl slo gate` fails exactly the group out of budget; the engine
// sends one query per series for all groups; every group's events equal the generator's.
#include "../common/processrun.h"
#include "demoworkspace.h"
#include "duration.h"
#include "fixtureenv.h"
#include "prometheusclient.h"
#include "sloengine.h"
#include "workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <limits>

using namespace sre;
using namespace std::chrono_literals;

namespace {

using Run = testing::ProcessRun;
constexpr auto srectl
    = [](const QString &workspace, const QStringList &args) { return testing::runSrectl(workspace, args); };

constexpr const char *kNative = R"(apiVersion: sre-console/v1
service: checkout
slos:
  - name: availability-per-route
    objective: 99.9
    window: 30d
    group_by: [handler]
    sli:
      events:
        error_query: sum(rate(http_requests_total{service="checkout",code=~"5.."}[{{window}}]))
        total_query: sum(rate(http_requests_total{service="checkout"}[{{window}}]))
  - name: latency-per-route
    objective: 99
    window: 30d
    group_by: [handler]
    sli:
      latency:
        histogram: http_request_duration_seconds{service="checkout"}
        threshold: 0.3
)";

constexpr const char *kPyrra = R"(apiVersion: pyrra.dev/v1alpha1
kind: ServiceLevelObjective
metadata:
  name: pyrra-errors
  labels:
    service: checkout
spec:
  target: '99.9'
  window: 30d
  indicator:
    ratio:
      errors:
        metric: http_requests_total{service="checkout",code=~"5.."}
      total:
        metric: http_requests_total{service="checkout"}
      grouping: [handler]
)";

constexpr const char *kSloth = R"(version: "prometheus/v1"
service: checkout
slos:
  - name: sloth-by-handler
    objective: 99.9
    sli:
      events:
        error_query: sum by (handler) (rate(http_requests_total{service="checkout",code=~"5.."}[{{.window}}]))
        total_query: sum by (handler) (rate(http_requests_total{service="checkout"}[{{.window}}]))
)";

qint64 seconds(const QJsonValue &iso)
{
    return QDateTime::fromString(iso.toString(), Qt::ISODate).toSecsSinceEpoch();
}

// The generator's exact events of one handler: {bad, total}.
std::pair<double, double> truth(const QString &handler, qint64 from, qint64 to, bool latency)
{
    QStringList args = { QStringLiteral("counts"),
                         QStringLiteral("--end"),
                         qEnvironmentVariable("SRE_TEST_HISTORY_END"),
                         QStringLiteral("--seed"),
                         qEnvironmentVariable("SRE_TEST_HISTORY_SEED"),
                         QStringLiteral("--days"),
                         qEnvironmentVariable("SRE_TEST_HISTORY_DAYS"),
                         QStringLiteral("--service"),
                         QStringLiteral("checkout"),
                         QStringLiteral("--handler"),
                         handler,
                         QStringLiteral("--from"),
                         QString::number(from),
                         QStringLiteral("--to"),
                         QString::number(to) };
    if (latency)
        args << QStringLiteral("--le") << QStringLiteral("0.3");
    QProcess p;
    p.start(qEnvironmentVariable("SRE_DEMO_HISTORY"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return { -1, -1 };
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const double total = o.value(QStringLiteral("total")).toDouble();
    const double bad
        = latency ? total - o.value(QStringLiteral("within_le")).toDouble() : o.value(QStringLiteral("bad")).toDouble();
    return { bad, total };
}

const QStringList kHandlers = { QStringLiteral("/cart"), QStringLiteral("/confirm"), QStringLiteral("/pay") };

} // namespace

class TestSloGroups : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyGroupAgreesWithTheGenerator_data();
    void everyGroupAgreesWithTheGenerator();
    void gateFailsOnlyTheGroupOutOfBudget();
    void engineSendsOneQueryPerSeriesForAllGroups();
    void replayFiresEachGroupOnItsOwnEvents();

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    QString m_url;
    qint64 m_end = 0;
    QMap<QString, QList<QJsonObject>> m_rows; // slo report rows by SLO id, in report order
};

void TestSloGroups::initTestCase()
{
    m_url = testing::fixtureUrl("SRE_TEST_PROMETHEUS_URL_FILE");
    QVERIFY2(!m_url.isEmpty(), "the prometheus_current fixture did not write its URL");
    m_end = testing::historyEnd();
    QVERIFY(m_tmp.isValid());
    m_dir = m_tmp.filePath(QStringLiteral("ws"));
    QVERIFY(testing::makeDemoWorkspace(m_dir, m_url, false, QStringLiteral("120s")));
    QDir slos(m_dir + QStringLiteral("/slos"));
    for (const QString &f : slos.entryList(QDir::Files))
        QVERIFY(slos.remove(f));
    for (const auto &[name, text] :
         { std::pair("native.yaml", kNative), std::pair("pyrra.yaml", kPyrra), std::pair("sloth.yaml", kSloth) }) {
        QFile f(slos.filePath(QString::fromUtf8(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

    const Run r = srectl(m_dir,
                         { QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("slo"),
                           QStringLiteral("report"), QStringLiteral("--at"), QString::number(m_end) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("not supported")), qPrintable(r.err));
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        m_rows[v.toObject().value(QStringLiteral("id")).toString()] << v.toObject();
    QCOMPARE(
        m_rows.keys(),
        QStringList({ QStringLiteral("checkout/availability-per-route"), QStringLiteral("checkout/latency-per-route"),
                      QStringLiteral("checkout/pyrra-errors"), QStringLiteral("checkout/sloth-by-handler") }));
}

void TestSloGroups::everyGroupAgreesWithTheGenerator_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("latency");
    QTest::newRow("native group_by: [handler], availability") << "checkout/availability-per-route" << false;
    QTest::newRow("native group_by: [handler], latency under 0.3 s") << "checkout/latency-per-route" << true;
    QTest::newRow("Pyrra grouping: [handler]") << "checkout/pyrra-errors" << false;
    QTest::newRow("Sloth queries summed by (handler)") << "checkout/sloth-by-handler" << false;
}

void TestSloGroups::everyGroupAgreesWithTheGenerator()
{
    QFETCH(QString, id);
    QFETCH(bool, latency);
    const QList<QJsonObject> rows = m_rows.value(id);
    QCOMPARE(rows.size(), kHandlers.size()); // one row per group
    QStringList seen;
    double previous = -std::numeric_limits<double>::infinity();
    for (const QJsonObject &row : rows) {
        const QJsonObject group = row.value(QStringLiteral("group")).toObject();
        QCOMPARE(group.keys(), QStringList { QStringLiteral("handler") });
        const QString handler = group.value(QStringLiteral("handler")).toString();
        seen << handler;
        const double remaining = row.value(QStringLiteral("error_budget_remaining")).toDouble();
        QVERIFY2(remaining >= previous, "groups are not worst first");
        previous = remaining;

        const qint64 from = seconds(row.value(QStringLiteral("window_start")));
        const qint64 to = seconds(row.value(QStringLiteral("evaluated_at")));
        QCOMPARE(to, m_end);
        const auto [bad, total] = truth(handler, from, to, latency);
        QVERIFY2(total > 1e5, qPrintable(handler));
        const double engineTotal = row.value(QStringLiteral("total_events")).toDouble();
        const double engineBad = row.value(QStringLiteral("bad_events")).toDouble();
        QVERIFY2(
            std::abs(engineTotal - total) <= 0.005 * total,
            qPrintable(QStringLiteral("%1 total: engine %2, generator %3").arg(handler).arg(engineTotal).arg(total)));
        QVERIFY2(std::abs(engineBad - bad) <= std::max(0.02 * bad, 5.0),
                 qPrintable(QStringLiteral("%1 bad: engine %2, generator %3").arg(handler).arg(engineBad).arg(bad)));
        // Budget remaining from the generator's counts: 1 - (bad / total) / (1 - objective).
        const double objective = row.value(QStringLiteral("objective")).toDouble();
        const double expected = 1 - (bad / total) / (1 - objective);
        QVERIFY2(
            std::abs(remaining - expected) <= 0.03,
            qPrintable(
                QStringLiteral("%1 remaining: engine %2, generator %3").arg(handler).arg(remaining).arg(expected)));
    }
    seen.sort();
    QCOMPARE(seen, kHandlers);
    if (!latency) // /pay fails four times as often as the service: it is the worst group
        QCOMPARE(rows.front().value(QStringLiteral("group")).toObject().value(QStringLiteral("handler")).toString(),
                 QStringLiteral("/pay"));
}

void TestSloGroups::gateFailsOnlyTheGroupOutOfBudget()
{
    const Run gate = srectl(m_dir,
                            { QStringLiteral("slo"), QStringLiteral("gate"), QStringLiteral("--slo"),
                              QStringLiteral("checkout/availability-per-route"), QStringLiteral("--at"),
                              QString::number(m_end), QStringLiteral("--min-remaining"), QStringLiteral("0") });
    QCOMPARE(gate.exitCode, 1);
    QVERIFY2(gate.err.contains(QStringLiteral("FAIL checkout/availability-per-route{handler=\"/pay\"}")),
             qPrintable(gate.err));
    const QString out = QString::fromUtf8(gate.out);
    for (const QString &h : { QStringLiteral("/cart"), QStringLiteral("/confirm") })
        QVERIFY2(out.contains(QStringLiteral("PASS checkout/availability-per-route{handler=\"%1\"}").arg(h)),
                 qPrintable(out));
}

void TestSloGroups::engineSendsOneQueryPerSeriesForAllGroups()
{
    ws::Workspace workspace;
    workspace.openBlocking(m_dir);
    const slo::SloSpec *spec = workspace.findSlo(QStringLiteral("checkout/pyrra-errors"));
    QVERIFY(spec);
    QCOMPARE(spec->groupBy, QStringList { QStringLiteral("handler") });
    DatasourceConfig ds;
    ds.name = QStringLiteral("fixture");
    ds.url = QUrl(m_url);
    ds.timeout = 60s;
    prom::PrometheusClient client(ds);
    SloEngine engine(client);
    auto future = engine.evaluate(*spec, m_end);
    future.waitForFinished();
    const SloEvaluation ev = future.result();
    QVERIFY2(ev.ok(), qPrintable(ev.error ? ev.error->toString() : QString()));
    QCOMPARE(engine.queriesSent(), 2); // bad and total, each `sum by (handler)`
    QCOMPARE(int(ev.groups.size()), kHandlers.size());
    QCOMPARE(ev.groupsOutOfBudget(), 1);
    // The SLO itself is all groups together.
    double bad = 0, total = 0;
    for (const SloGroupEvaluation &g : ev.groups) {
        bad += g.report.badEvents;
        total += g.report.totalEvents;
    }
    QVERIFY(std::abs(ev.report.totalEvents - total) <= 1e-6 * total);
    QVERIFY(std::abs(ev.report.badEvents - bad) <= 1e-6 * std::max(1.0, bad));
    // Equal to srectl's rows.
    for (const QJsonObject &row : m_rows.value(spec->id())) {
        const QString handler
            = row.value(QStringLiteral("group")).toObject().value(QStringLiteral("handler")).toString();
        const auto it = std::find_if(ev.groups.cbegin(), ev.groups.cend(), [&](const SloGroupEvaluation &g) {
            return g.labels.value(QStringLiteral("handler")) == handler;
        });
        QVERIFY(it != ev.groups.cend());
        QCOMPARE(it->report.totalEvents, row.value(QStringLiteral("total_events")).toDouble());
        QCOMPARE(it->report.badEvents, row.value(QStringLiteral("bad_events")).toDouble());
    }
}

QTEST_GUILESS_MAIN(TestSloGroups)

// Replay of an SLO with groups (issue 15): one replay per route, as the per-route alerts of the
// generated rules fire. Every firing's start is checked against that route's exact counts from
// the generator: both windows burn at least the factor where it became pending, and not one step
// before. /pay, failing four times as often, fires; the groups come most firings first.
void TestSloGroups::replayFiresEachGroupOnItsOwnEvents()
{
    constexpr qint64 kStep = 300;
    const qint64 to = m_end / kStep * kStep;
    const qint64 from = to - 2 * 86400;
    const Run r
        = srectl(m_dir,
                 { QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("slo"), QStringLiteral("replay"),
                   QStringLiteral("--slo"), QStringLiteral("checkout/availability-per-route"), QStringLiteral("--from"),
                   QString::number(from), QStringLiteral("--to"), QString::number(to), QStringLiteral("--step"),
                   QStringLiteral("5m") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray groups = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(groups.size(), kHandlers.size());
    const double objective = 0.999;
    QStringList seen;
    int previousFirings = std::numeric_limits<int>::max();
    QMap<QString, int> firingsOf;
    for (const QJsonValue &g : groups) {
        const QJsonObject o = g.toObject();
        const QString handler = o.value(QStringLiteral("group")).toObject().value(QStringLiteral("handler")).toString();
        QVERIFY2(kHandlers.contains(handler), qPrintable(handler));
        seen << handler;
        int firings = 0;
        for (const QJsonValue &tv : o.value(QStringLiteral("tiers")).toArray()) {
            const QJsonObject tier = tv.toObject();
            const double factor = tier.value(QStringLiteral("factor")).toDouble();
            const auto window = [&](const char *key) {
                return qint64(parseDuration(tier.value(QLatin1String(key)).toString())->count() / 1000);
            };
            const qint64 longW = window("long_window"), shortW = window("short_window");
            // Both windows of the route's exact events burn at least the factor at `t`.
            const auto active = [&](qint64 t) {
                for (const qint64 w : { longW, shortW }) {
                    const auto [bad, total] = truth(handler, t - w, t, false);
                    if (!(total > 0) || bad / total / (1 - objective) < factor)
                        return false;
                }
                return true;
            };
            const QJsonArray spans = tier.value(QStringLiteral("firing_spans")).toArray();
            firings += int(spans.size());
            for (qsizetype i = 0; i < std::min<qsizetype>(spans.size(), 3); ++i) {
                const qint64 pending
                    = QDateTime::fromString(spans[i].toObject().value(QStringLiteral("pending_since")).toString(),
                                            Qt::ISODate)
                          .toSecsSinceEpoch();
                const QString what = QStringLiteral("%1 %2 pending at %3")
                                         .arg(handler, tier.value(QStringLiteral("tier")).toString())
                                         .arg(pending);
                QVERIFY2(active(pending), qPrintable(what + QStringLiteral(": the exact counts do not burn")));
                QVERIFY2(pending <= from || !active(pending - kStep),
                         qPrintable(what + QStringLiteral(": the exact counts burned a step earlier")));
            }
        }
        QVERIFY2(firings <= previousFirings, "groups are not in order of their firings");
        previousFirings = firings;
        firingsOf[handler] = firings;
    }
    seen.sort();
    QCOMPARE(seen, kHandlers);
    QVERIFY2(firingsOf.value(QStringLiteral("/pay")) > 0, "the failing route never paged");
    QVERIFY(firingsOf.value(QStringLiteral("/pay")) > firingsOf.value(QStringLiteral("/cart")));
}

#include "tst_slo_groups.moc"
