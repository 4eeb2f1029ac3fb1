// The PromQL built from specs: bucketed event counts, and the SLI for Prometheus to evaluate.
#include "tst_slospec.h"

#include "promqltext.h"
#include "querybuilder.h"

#include <QTest>

using namespace sre::slo;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(sre::slo::SloSpec)

namespace {

SloSpec errorRatio()
{
    SloSpec s;
    s.kind = SloSpec::Kind::EventRatio;
    s.ratio.errorQuery
        = QStringLiteral(R"(sum(rate(http_requests_total{service="checkout",code=~"5.."}[{{window}}])))");
    s.ratio.totalQuery = QStringLiteral(R"(sum(rate(http_requests_total{service="checkout"}[{{window}}])))");
    return s;
}

SloSpec goodRatio()
{
    SloSpec s;
    s.kind = SloSpec::Kind::EventRatio;
    s.ratio.goodQuery = QStringLiteral(R"(sum(rate(http_requests_total{code!~"5.."}[{{.window}}])))");
    s.ratio.totalQuery = QStringLiteral(R"(sum(rate(http_requests_total[{{ .window }}])))");
    return s;
}

SloSpec latency(double threshold, bool native = false)
{
    SloSpec s;
    s.kind = SloSpec::Kind::Latency;
    s.latency.histogram = QStringLiteral(R"(http_request_duration_seconds{service="checkout"})");
    s.latency.threshold = threshold;
    s.latency.nativeHistogram = native;
    return s;
}

SloSpec grouped(SloSpec s)
{
    s.groupBy = { QStringLiteral("handler") };
    return s;
}

SloSpec timeslice(const QString &query, TimesliceSli::Op op, double threshold)
{
    SloSpec s;
    s.kind = SloSpec::Kind::Timeslice;
    s.timeslice.query = query;
    s.timeslice.op = op;
    s.timeslice.threshold = threshold;
    s.timeslice.slice = 60s;
    return s;
}

const QString kP99 = QStringLiteral("histogram_quantile(0.99, sum by (le) (rate(h_bucket[5m])))");

} // namespace

void TestSloSpec::bucketQueries_data()
{
    QTest::addColumn<SloSpec>("spec");
    QTest::addColumn<int>("stepSeconds");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("total");

    QTest::newRow("event ratio, error query: rate becomes increase over the step")
        << errorRatio() << 3600
        << R"(sum(increase(http_requests_total{service="checkout",code=~"5.."}[1h])) or vector(0))"
        << R"(sum(increase(http_requests_total{service="checkout"}[1h])))";
    QTest::newRow("event ratio, good query: bad = total - good; {{.window}} spellings")
        << goodRatio() << 300
        << R"(sum(increase(http_requests_total[5m])) - (sum(increase(http_requests_total{code!~"5.."}[5m])) or vector(0)))"
        << R"(sum(increase(http_requests_total[5m])))";
    QTest::newRow("latency: le bucket is good, _count is total")
        << latency(0.3) << 300
        << R"(sum(increase(http_request_duration_seconds_count{service="checkout"}[5m])) - (sum(increase(http_request_duration_seconds_bucket{service="checkout",le="0.3"}[5m])) or vector(0)))"
        << R"(sum(increase(http_request_duration_seconds_count{service="checkout"}[5m])))";
    QTest::newRow("latency: a whole-number threshold matches le=\"1\" and Prometheus 3's le=\"1.0\"")
        << latency(1) << 60
        << R"(sum(increase(http_request_duration_seconds_count{service="checkout"}[1m])) - (sum(increase(http_request_duration_seconds_bucket{service="checkout",le=~"1|1\\.0"}[1m])) or vector(0)))"
        << R"(sum(increase(http_request_duration_seconds_count{service="checkout"}[1m])))";
    QTest::newRow("latency: native histogram")
        << latency(0.2, true) << 3600
        << R"(sum(histogram_count(increase(http_request_duration_seconds{service="checkout"}[1h]))) - (sum(histogram_fraction(0, 0.2, increase(http_request_duration_seconds{service="checkout"}[1h])) * histogram_count(increase(http_request_duration_seconds{service="checkout"}[1h]))) or vector(0)))"
        << R"(sum(histogram_count(increase(http_request_duration_seconds{service="checkout"}[1h]))))";
    QTest::newRow("timeslice: bad slices fail the comparison, NaN slices are not counted, range 1 ms short of the step")
        << timeslice(kP99, TimesliceSli::Op::Lt, 0.2) << 3600
        << QStringLiteral("sum(sum_over_time((%1 >= bool 0.2)[59m59s999ms:1m]))").arg(kP99)
        << QStringLiteral("sum(count_over_time((%1 >= -Inf)[59m59s999ms:1m]))").arg(kP99);
    QTest::newRow("grouped event ratio: sum by (handler), and a zero per group where no error series exists")
        << grouped(errorRatio()) << 300
        << R"(sum by (handler) (increase(http_requests_total{service="checkout",code=~"5.."}[5m])) or sum by (handler) (increase(http_requests_total{service="checkout"}[5m])) * 0)"
        << R"(sum by (handler) (increase(http_requests_total{service="checkout"}[5m])))";
    QTest::newRow("grouped good ratio: total - (good or total * 0), per group")
        << grouped(goodRatio()) << 300
        << R"(sum by (handler) (increase(http_requests_total[5m])) - (sum by (handler) (increase(http_requests_total{code!~"5.."}[5m])) or sum by (handler) (increase(http_requests_total[5m])) * 0))"
        << R"(sum by (handler) (increase(http_requests_total[5m])))";
    QTest::newRow("grouped latency: every sum keeps the handler")
        << grouped(latency(0.3)) << 300
        << R"(sum by (handler) (increase(http_request_duration_seconds_count{service="checkout"}[5m])) - (sum by (handler) (increase(http_request_duration_seconds_bucket{service="checkout",le="0.3"}[5m])) or sum by (handler) (increase(http_request_duration_seconds_count{service="checkout"}[5m])) * 0))"
        << R"(sum by (handler) (increase(http_request_duration_seconds_count{service="checkout"}[5m])))";
    QTest::newRow("timeslice: a binary expression is parenthesised")
        << timeslice(QStringLiteral("a - b"), TimesliceSli::Op::Ge, 1) << 300
        << "sum(sum_over_time(((a - b) < bool 1)[4m59s999ms:1m]))"
        << "sum(count_over_time(((a - b) >= -Inf)[4m59s999ms:1m]))";
}

void TestSloSpec::bucketQueries()
{
    QFETCH(SloSpec, spec);
    QFETCH(int, stepSeconds);
    QFETCH(QString, bad);
    QFETCH(QString, total);
    const EventQueries q = sre::slo::bucketQueries(spec, std::chrono::seconds(stepSeconds));
    QCOMPARE(q.bad, bad);
    QCOMPARE(q.total, total);
}

void TestSloSpec::sliQuery_data()
{
    QTest::addColumn<SloSpec>("spec");
    QTest::addColumn<QString>("expected");

    QTest::newRow("event ratio, errors: 1 - errors / total over 30d")
        << errorRatio()
        << R"(1 - ((sum(rate(http_requests_total{service="checkout",code=~"5.."}[30d])) or vector(0)) / sum(rate(http_requests_total{service="checkout"}[30d]))))";
    QTest::newRow("event ratio, good: good / total")
        << goodRatio()
        << R"((sum(rate(http_requests_total{code!~"5.."}[30d])) or vector(0)) / sum(rate(http_requests_total[30d])))";
    QTest::newRow("latency: bucket rate over count rate")
        << latency(0.3)
        << R"((sum(rate(http_request_duration_seconds_bucket{service="checkout",le="0.3"}[30d])) or vector(0)) / sum(rate(http_request_duration_seconds_count{service="checkout"}[30d])))";
    QTest::newRow("timeslice: good slices over valid slices")
        << timeslice(kP99, TimesliceSli::Op::Lt, 0.2)
        << QStringLiteral("sum(sum_over_time((%1 < bool 0.2)[29d23h59m59s999ms:1m])) / sum(count_over_time((%1 >= "
                          "-Inf)[29d23h59m59s999ms:1m]))")
               .arg(kP99);
}

void TestSloSpec::sliQuery()
{
    QFETCH(SloSpec, spec);
    QFETCH(QString, expected);
    QCOMPARE(sre::slo::sliQuery(spec, 30 * 24h), expected);
    QCOMPARE(errorRatioQuery(spec, 30 * 24h), QStringLiteral("1 - (%1)").arg(expected));
}

void TestSloSpec::promqlText_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("rewindow: a bracket inside a label regex is not a range")
        << "rewindow"
        << R"(sum(rate(x{code=~"[45].."}[5m])))"
        << R"(sum(rate(x{code=~"[45].."}[{{window}}])))";
    QTest::newRow("rewindow: a subquery is left alone") << "rewindow"
                                                        << "max_over_time(rate(x[5m])[59m59s999ms:1m])"
                                                        << "max_over_time(rate(x[{{window}}])[59m59s999ms:1m])";
    QTest::newRow("increase: irate and my_rate are not rate") << "increase"
                                                              << "rate(a[1m]) + irate(b[1m]) + my_rate(c)"
                                                              << "increase(a[1m]) + irate(b[1m]) + my_rate(c)";
    QTest::newRow("split: a slash inside a label value is not a division") << "split"
                                                                           << R"(sum(x{path="/a/b"}[5m]) / sum(y[5m]))"
                                                                           << R"(sum(x{path="/a/b"}[5m])|/|sum(y[5m]))";
    QTest::newRow("split: comparison outside parentheses only") << "compare"
                                                                << "histogram_quantile(0.9, rate(h[5m]) > 0) < 0.2"
                                                                << "histogram_quantile(0.9, rate(h[5m]) > 0)|<|0.2";
    QTest::newRow("wrap: selectors of a counter query get a rate")
        << "wrap"
        << R"(sum(a{x="1"}) / sum(b{y="}"}))"
        << R"(sum(rate(a{x="1"}[{{window}}])) / sum(rate(b{y="}"}[{{window}}])))";
    QTest::newRow("wrap: a bare metric inside an aggregation") << "wrap"
                                                               << "sum(http_requests_total)"
                                                               << "sum(rate(http_requests_total[{{window}}]))";
    QTest::newRow("summed: one sum over everything is kept") << "summed"
                                                             << "sum(rate(x[5m]))"
                                                             << "sum(rate(x[5m]))";
    QTest::newRow("summed: sum by is wrapped") << "summed"
                                               << "sum(rate(x[5m])) by (job)"
                                               << "sum(sum(rate(x[5m])) by (job))";
    QTest::newRow("group sums: plain sums get the labels, sum by and strings are left alone")
        << "groupSums"
        << R"q(sum(rate(x{a="sum(b)"}[5m])) / sum by (le) (y) + sum (z))q"
        << R"q(sum by (handler) (rate(x{a="sum(b)"}[5m])) / sum by (le) (y) + sum by (handler) (z))q";
    QTest::newRow("sum by labels: before the argument") << "sumBy"
                                                        << "sum by (handler, code) (rate(x[5m]))"
                                                        << "handler|code";
    QTest::newRow("sum by labels: after the argument") << "sumBy"
                                                       << "sum(rate(x[5m])) by (handler)"
                                                       << "handler";
    QTest::newRow("sum by labels: not over everything") << "sumBy"
                                                        << "sum by (handler) (a) / sum by (handler) (b)"
                                                        << "<none>";
    QTest::newRow("sum by labels: a plain sum has none") << "sumBy"
                                                         << "sum(rate(x[5m]))"
                                                         << "<none>";
    QTest::newRow("number: 100 is written 100, not 1e+02") << "number"
                                                           << "100"
                                                           << "100";
    QTest::newRow("number: 0.1 + 0.2 keeps every digit it needs") << "number"
                                                                  << "0.30000000000000004"
                                                                  << "0.30000000000000004";
    QTest::newRow("number: tiny values use an exponent") << "number"
                                                         << "1e-09"
                                                         << "1e-09";
    QTest::newRow("substitute: every spelling of the window") << "substitute"
                                                              << "a[{{window}}] b[{{.window}}] c[{{ .window }}]"
                                                              << "a[2h] b[2h] c[2h]";
}

void TestSloSpec::promqlText()
{
    QFETCH(QString, function);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString actual;
    if (function == u"rewindow") {
        actual = promql::rewindowRanges(input);
    } else if (function == u"increase") {
        actual = promql::rateToIncrease(input);
    } else if (function == u"split" || function == u"compare") {
        const QStringList ops = function == u"split" ? QStringList { QStringLiteral("/") }
                                                     : QStringList { QStringLiteral("<"), QStringLiteral(">") };
        const auto s = promql::splitTopLevel(input, ops);
        QVERIFY(s);
        actual = s->left + u'|' + s->op + u'|' + s->right;
    } else if (function == u"wrap") {
        actual = promql::wrapSelectors(input, QStringLiteral("rate")).value_or(QStringLiteral("<none>"));
    } else if (function == u"summed") {
        actual = promql::ensureSummed(input);
    } else if (function == u"groupSums") {
        actual = promql::groupSums(input, { QStringLiteral("handler") });
    } else if (function == u"sumBy") {
        const auto labels = promql::sumByLabels(input);
        actual = labels ? labels->join(u'|') : QStringLiteral("<none>");
    } else if (function == u"number") {
        actual = promql::formatNumber(input.toDouble());
    } else if (function == u"substitute") {
        actual = promql::substituteWindow(input, 2h);
    }
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestSloSpec)
