// The interval impact behind "Impact from SLOs" and the budget report, against the fixture's
// real Prometheus and the generator's ground truth.
//
// The demo postmortems are moved onto the incidents the generator placed in the history
// (sre-demo-history workspace). For each postmortem and linked SLO, the engine's numbers over
// [started, resolved) (rounded outward to 5-minute buckets) are compared with:
//   - Prometheus evaluating the SLO's event queries over that whole interval in one instant query
//     (bucketQueries() with the interval as its range, at the interval's end), and over the
//     budget window for the allowed bad events;
//   - `sre-demo-history counts` over the same interval (event-ratio SLOs).
#include "demoworkspace.h"
#include "fixtureenv.h"
#include "incidentimpact.h"
#include "prometheusclient.h"
#include "querybuilder.h"
#include "sloengine.h"
#include "workspace.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <cmath>

using namespace sre;
using namespace std::chrono_literals;

namespace {
// Relative 1 % (one increase() over the interval extrapolates differently from a sum of 5-minute
// ones), with a floor of 2 events for near-empty intervals.
bool near(double actual, double expected)
{
    return std::abs(actual - expected) <= std::max(2.0, 0.01 * std::abs(expected));
}

QDateTime utc(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc());
}
} // namespace

class TestIntervalImpact : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void impactAgreesWithPrometheus_data();
    void impactAgreesWithPrometheus();
    void seedSentenceComesFromData();

private:
    double instant(const QString &promql, qint64 at);
    reports::PostmortemImpact impactOf(const QString &id);

    QTemporaryDir m_tmp;
    ws::Workspace m_workspace;
    std::unique_ptr<prom::PrometheusClient> m_client;
    std::unique_ptr<prom::PrometheusClient> m_engineClient;
    std::unique_ptr<SloEngine> m_engine;
    qint64 m_end = 0;
};

void TestIntervalImpact::initTestCase()
{
    const QString url = testing::fixtureUrl("SRE_TEST_PROMETHEUS_URL_FILE");
    QVERIFY2(!url.isEmpty(), "the prometheus fixture did not write its URL");
    m_end = testing::historyEnd();
    QVERIFY(m_tmp.isValid());
    const QString dir = m_tmp.filePath(QStringLiteral("demo"));
    QVERIFY(testing::makeDemoWorkspace(dir, url, true));
    m_workspace.openBlocking(dir);
    QVERIFY(m_workspace.postmortems().size() >= 3);
    DatasourceConfig ds;
    ds.name = QStringLiteral("fixture");
    ds.url = QUrl(url);
    ds.timeout = 60s;
    m_client = std::make_unique<prom::PrometheusClient>(ds);
    m_engineClient = std::make_unique<prom::PrometheusClient>(ds);
    m_engine = std::make_unique<SloEngine>(*m_engineClient);
}

double TestIntervalImpact::instant(const QString &promql, qint64 at)
{
    auto f = m_client->query(promql, utc(at));
    f.waitForFinished();
    const prom::QueryResult r = f.result();
    if (r.error || r.series.size() != 1 || r.series[0].values.size() != 1) {
        qWarning() << "no single value for" << promql << (r.error ? r.error->toString() : QString());
        return std::nan("");
    }
    return r.series[0].values[0];
}

reports::PostmortemImpact TestIntervalImpact::impactOf(const QString &id)
{
    const pm::Postmortem *p = m_workspace.findPostmortem(id);
    if (!p)
        return {};
    auto f = reports::computePostmortemImpact(*m_engine, *p, m_workspace.slos().items(), m_end);
    f.waitForFinished();
    return f.result();
}

void TestIntervalImpact::impactAgreesWithPrometheus_data()
{
    QTest::addColumn<QString>("postmortem");
    QTest::addColumn<QString>("slo");
    int rows = 0;
    for (const pm::Postmortem &p : m_workspace.postmortems().items()) {
        for (const QString &slo : p.slos) {
            QTest::newRow(qPrintable(p.id + QLatin1Char(' ') + slo)) << p.id << slo;
            ++rows;
        }
    }
    QVERIFY(rows >= 5);
}

void TestIntervalImpact::impactAgreesWithPrometheus()
{
    QFETCH(QString, postmortem);
    QFETCH(QString, slo);
    const pm::Postmortem *p = m_workspace.findPostmortem(postmortem);
    QVERIFY(p);
    // The moved postmortem lies inside the history.
    QVERIFY(p->started.toSecsSinceEpoch() > m_end - 35 * 86400 && p->started.toSecsSinceEpoch() < m_end);
    const reports::PostmortemImpact impact = impactOf(postmortem);
    const auto it = std::find_if(impact.slos.cbegin(), impact.slos.cend(),
                                 [&](const reports::ImpactResult &r) { return r.spec.id() == slo; });
    QVERIFY2(it != impact.slos.cend(), qPrintable(slo));
    QVERIFY2(!it->error, qPrintable(it->error ? it->error->toString() : QString()));
    const reports::IntervalImpact &i = it->impact;

    // Outward to the 5-minute grid.
    const qint64 started = p->started.toSecsSinceEpoch();
    const qint64 resolved = p->resolved.toSecsSinceEpoch();
    QCOMPARE(i.counted.start, started - started % 300);
    QCOMPARE(i.counted.end, resolved % 300 == 0 ? resolved : resolved - resolved % 300 + 300);

    // Prometheus over the whole interval, and over the budget window.
    const std::chrono::seconds interval(i.counted.seconds());
    const slo::EventQueries q = slo::bucketQueries(it->spec, interval);
    const double bad = instant(q.bad, i.counted.end);
    const double total = instant(q.total, i.counted.end);
    QVERIFY(!std::isnan(total) && total > 0);
    QVERIFY2(near(i.totalEvents, total),
             qPrintable(QStringLiteral("total: engine %1, Prometheus %2").arg(i.totalEvents).arg(total)));
    const double promBad = std::isnan(bad) ? 0.0 : bad; // no 5xx series at all: nothing failed
    QVERIFY2(near(i.badEvents, promBad),
             qPrintable(QStringLiteral("bad: engine %1, Prometheus %2").arg(i.badEvents).arg(promBad)));

    const slo::EventQueries w = slo::bucketQueries(it->spec, std::chrono::seconds(i.budgetWindow.seconds()));
    const double windowTotal = instant(w.total, i.budgetWindow.end);
    QVERIFY(windowTotal > 0);
    const double allowed = (1 - it->spec.objective) * windowTotal;
    QVERIFY(i.budgetShare.has_value());
    QVERIFY2(std::abs(*i.budgetShare - promBad / allowed) <= std::max(0.0005, 0.015 * promBad / allowed),
             qPrintable(QStringLiteral("share: engine %1, Prometheus %2").arg(*i.budgetShare).arg(promBad / allowed)));

    // A rolling window ends where the incident ends; a calendar one is the period around it.
    if (!it->spec.calendar) {
        QCOMPARE(i.budgetWindow.end, i.counted.end);
        QCOMPARE(i.budgetWindow.seconds(), qint64(it->spec.window.count()));
    }

    // The generator's own count of the events it wrote (event-ratio SLOs).
    if (it->spec.kind == slo::SloSpec::Kind::EventRatio) {
        const QJsonObject truth = testing::groundTruth(it->spec.service, i.counted.start, i.counted.end);
        const double truthTotal = truth.value(QStringLiteral("total")).toDouble();
        const double truthBad = truth.value(QStringLiteral("bad")).toDouble();
        QVERIFY(truthTotal > 0);
        QVERIFY2(near(i.totalEvents, truthTotal),
                 qPrintable(QStringLiteral("total: engine %1, generator %2").arg(i.totalEvents).arg(truthTotal)));
        QVERIFY2(near(i.badEvents, truthBad),
                 qPrintable(QStringLiteral("bad: engine %1, generator %2").arg(i.badEvents).arg(truthBad)));
    }
}

// The seed's "消費: 40% of the monthly budget" line, written from the data in Japanese for the
// Japanese postmortem: its share is Prometheus' bad events over the allowed bad events.
void TestIntervalImpact::seedSentenceComesFromData()
{
    const pm::Postmortem *p = m_workspace.findPostmortem(QStringLiteral("INC-2025-001"));
    QVERIFY(p);
    const reports::PostmortemImpact impact = impactOf(p->id);
    QCOMPARE(impact.slos.size(), 1);
    const reports::IntervalImpact &i = impact.slos[0].impact;
    QVERIFY(i.budgetShare && *i.budgetShare > 0.05); // 30 % failing for 43 minutes is a big bite
    const pm::PostmortemDocument doc = pm::PostmortemDocument::parse(p->raw);
    QCOMPARE(reports::documentLanguage(doc), QStringLiteral("ja"));
    const QString block = reports::impactMarkdown(impact, QStringLiteral("ja"), m_workspace.config().timezone);
    const QString expected
        = QStringLiteral("消費: 30日間のエラーバジェットの %1 %").arg(QString::number(*i.budgetShare * 100, 'f', 1));
    QVERIFY2(block.contains(expected), qPrintable(block));
    const QByteArray written
        = reports::withImpactSection(p->raw, pm::TableHeadings::defaults(), block, QStringLiteral("ja"));
    const pm::PostmortemDocument after = pm::PostmortemDocument::parse(written);
    const qsizetype section = after.findSection(QStringLiteral("影響"));
    QVERIFY(section >= 0);
    QVERIFY(after.section(section).body().contains(expected));
    QVERIFY(after.section(section).body().contains(QStringLiteral("**エラー率**: 30% (通常0.1%)")));
}

QTEST_GUILESS_MAIN(TestIntervalImpact)
#include "tst_interval_impact.moc"
