// fastpath::checkSamples / compareBuckets on Prometheus answers written by hand, and the queries
// the fast path sends. The integration test (tst_slo_fastpath) runs the same check against real
// recorded series.
#include "recordedcheck.h"

#include <QTest>

using namespace sre;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kPhase = 170145; // ms past each multiple of 5 minutes, as promtool's backfill put it
constexpr qint64 kBase = 1793491200000 - 300000 * 6 + kPhase; // the first of six instants

slo::SloSpec spec(const QStringList &groupBy = {})
{
    slo::SloSpec s;
    s.service = QStringLiteral("shop");
    s.name = QStringLiteral("availability");
    s.objective = 0.999;
    s.window = 30 * 24h;
    s.kind = slo::SloSpec::Kind::EventRatio;
    s.ratio.errorQuery = QStringLiteral(R"(sum(rate(http_requests_total{code=~"5.."}[{{window}}])))");
    s.ratio.totalQuery = QStringLiteral(R"(sum(rate(http_requests_total[{{window}}])))");
    s.groupBy = groupBy;
    return s;
}

prom::Series series(const QMap<QString, QString> &labels, const std::vector<std::pair<qint64, double>> &points)
{
    prom::Series s;
    s.labels = labels;
    for (const auto &[ms, v] : points) {
        s.timestamps.push_back(double(ms) / 1000);
        s.values.push_back(v);
    }
    return s;
}

QMap<QString, QString> recordedLabels(const QString &metric, const QMap<QString, QString> &extra = {})
{
    QMap<QString, QString> l { { QStringLiteral("__name__"), metric },
                               { QStringLiteral("service"), QStringLiteral("shop") },
                               { QStringLiteral("slo"), QStringLiteral("availability") } };
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        l.insert(it.key(), it.value());
    return l;
}

// Six instants; bucket 3 (0-based) had no traffic, so neither recorded series has a sample there
// and the raw total is 0 there.
const std::vector<double> kTotal { 1000, 1200, 900, 0, 1100, 1000 };
const std::vector<double> kBad { 1, 0, 3, 0, 2, 5 };

std::vector<std::pair<qint64, double>> points(const std::vector<double> &values, bool skipZeroTraffic)
{
    std::vector<std::pair<qint64, double>> out;
    for (std::size_t i = 0; i < values.size(); ++i)
        if (!skipZeroTraffic || kTotal[i] > 0)
            out.push_back({ kBase + qint64(i) * 300000, values[i] });
    return out;
}

prom::QueryResult recorded(const std::vector<double> &bad = kBad, const std::vector<double> &total = kTotal)
{
    prom::QueryResult r;
    r.series.push_back(series(recordedLabels(QStringLiteral("slo:bad_events:increase5m")), points(bad, true)));
    r.series.push_back(series(recordedLabels(QStringLiteral("slo:total_events:increase5m")), points(total, true)));
    return r;
}

prom::QueryResult raw(const std::vector<double> &values)
{
    prom::QueryResult r;
    r.series.push_back(series({}, points(values, false)));
    return r;
}

} // namespace

class TestFastPathCheck : public QObject
{
    Q_OBJECT

private slots:
    void queries();
    void grid();
    void agreeingBucketsWithZeroTraffic();
    void disagreeingBucket();
    void missingSample();
    void sampleWithoutTraffic();
    void extraLabel();
    void twoGrids();
    void notDeployed();
};

void TestFastPathCheck::queries()
{
    QCOMPARE(fastpath::recordedSeriesSelector(spec()),
             QStringLiteral(R"({__name__=~"slo:bad_events:increase5m|slo:total_events:increase5m",)"
                            R"(service="shop",slo="availability"})"));
    const slo::EventQueries q = fastpath::recordedBucketQueries(spec());
    QCOMPARE(q.bad,
             QStringLiteral(R"(sum(sum_over_time(slo:bad_events:increase5m{service="shop",slo="availability"}[1m])))"));
    QCOMPARE(
        q.total,
        QStringLiteral(R"(sum(sum_over_time(slo:total_events:increase5m{service="shop",slo="availability"}[1m])))"));
    QCOMPARE(
        fastpath::recordedBucketQueries(spec({ QStringLiteral("handler") })).total,
        QStringLiteral(
            R"(sum by (handler)(sum_over_time(slo:total_events:increase5m{service="shop",slo="availability"}[1m])))"));
    QCOMPARE(
        fastpath::recordedSampleCountQuery(spec(), 3600000),
        QStringLiteral(R"(sum(count_over_time(slo:total_events:increase5m{service="shop",slo="availability"}[1h])))"));
}

void TestFastPathCheck::grid()
{
    QCOMPARE(fastpath::gridDown(1793491200000, 0), 1793491200000);
    QCOMPARE(fastpath::gridDown(1793491200000, kPhase), 1793491200000 - 300000 + kPhase);
    QCOMPARE(fastpath::gridDown(1793491200000 + kPhase, kPhase), 1793491200000 + kPhase);
    QCOMPARE(fastpath::gridDown(1793491200000 + kPhase - 1, kPhase), 1793491200000 - 300000 + kPhase);
}

void TestFastPathCheck::agreeingBucketsWithZeroTraffic()
{
    const fastpath::SampleCheck samples = fastpath::checkSamples(spec(), recorded());
    QVERIFY(!samples.refused);
    QCOMPARE(samples.phaseMs, kPhase);
    // The instants with a recorded sample, newest six: bucket 3 has none.
    QCOMPARE(samples.comparedMs.size(), std::size_t(5));
    QCOMPARE(samples.comparedMs.front(), kBase);
    QCOMPARE(samples.comparedMs.back(), kBase + 5 * 300000);
    // A difference of rounding only (1e-12 relative) still agrees.
    std::vector<double> rawTotal = kTotal;
    rawTotal[0] *= 1 + 1e-12;
    const fastpath::Check c = fastpath::compareBuckets(spec(), recorded(), raw(kBad), raw(rawTotal), samples);
    QVERIFY2(c.usable, qPrintable(c.reason));
    QCOMPARE(c.phaseMs, kPhase);
    QCOMPARE(c.compared, 5); // the zero-traffic bucket is skipped, not compared
}

void TestFastPathCheck::disagreeingBucket()
{
    std::vector<double> rawBad = kBad;
    rawBad[4] = 3; // recorded 2
    const fastpath::SampleCheck samples = fastpath::checkSamples(spec(), recorded());
    const fastpath::Check c = fastpath::compareBuckets(spec(), recorded(), raw(rawBad), raw(kTotal), samples);
    QVERIFY(!c.usable);
    QVERIFY(!c.transient);
    QVERIFY2(c.reason.contains(QStringLiteral("slo:bad_events:increase5m")) && c.reason.contains(QStringLiteral(" 2,"))
                 && c.reason.contains(QStringLiteral("gives 3")),
             qPrintable(c.reason));
}

void TestFastPathCheck::missingSample()
{
    // Traffic in bucket 3 that the recorded series do not have.
    std::vector<double> rawTotal = kTotal;
    rawTotal[3] = 50;
    const fastpath::SampleCheck samples = fastpath::checkSamples(spec(), recorded());
    const fastpath::Check c = fastpath::compareBuckets(spec(), recorded(), raw(kBad), raw(rawTotal), samples);
    QVERIFY(!c.usable);
    QVERIFY2(c.reason.contains(QStringLiteral("has no sample")), qPrintable(c.reason));
}

void TestFastPathCheck::sampleWithoutTraffic()
{
    std::vector<double> rawTotal = kTotal;
    rawTotal[2] = 0; // recorded 900
    const fastpath::SampleCheck samples = fastpath::checkSamples(spec(), recorded());
    const fastpath::Check c = fastpath::compareBuckets(spec(), recorded(), raw(kBad), raw(rawTotal), samples);
    QVERIFY(!c.usable);
    QVERIFY2(c.reason.contains(QStringLiteral("counts no events")), qPrintable(c.reason));
}

void TestFastPathCheck::extraLabel()
{
    prom::QueryResult r = recorded();
    r.series[0].labels.insert(QStringLiteral("replica"), QStringLiteral("a"));
    const fastpath::SampleCheck samples = fastpath::checkSamples(spec(), r);
    QVERIFY(samples.refused);
    QVERIFY2(samples.refused->reason.contains(QStringLiteral("replica")), qPrintable(samples.refused->reason));
    // A grouping label of the SLO is expected.
    prom::QueryResult grouped = recorded();
    for (prom::Series &s : grouped.series)
        s.labels.insert(QStringLiteral("handler"), QStringLiteral("/api"));
    QVERIFY(!fastpath::checkSamples(spec({ QStringLiteral("handler") }), grouped).refused);
}

void TestFastPathCheck::twoGrids()
{
    prom::QueryResult r = recorded();
    r.series[1].timestamps.back() += 60; // one sample a minute later
    const fastpath::SampleCheck samples = fastpath::checkSamples(spec(), r);
    QVERIFY(samples.refused);
    QVERIFY2(samples.refused->reason.contains(QStringLiteral("grid")), qPrintable(samples.refused->reason));
}

void TestFastPathCheck::notDeployed()
{
    const fastpath::SampleCheck samples = fastpath::checkSamples(spec(), prom::QueryResult());
    QVERIFY(samples.refused);
    QVERIFY(!samples.refused->transient);
    QVERIFY2(samples.refused->reason.contains(QStringLiteral("not deployed")), qPrintable(samples.refused->reason));
    prom::QueryResult failed;
    failed.error = prom::Error {};
    QVERIFY(fastpath::checkSamples(spec(), failed).refused->transient);
}

QTEST_GUILESS_MAIN(TestFastPathCheck)
#include "tst_fastpath_check.moc"
