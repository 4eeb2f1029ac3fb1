#include "tst_prometheus.h"

#include "prometheusclient.h"

#include <cmath>

using namespace sre;
using namespace sre::prom;
using namespace sre::prom::test;
using namespace std::chrono_literals;

namespace {

const QDateTime kAt = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);

QueryResult awaitOk(const QFuture<QueryResult> &future)
{
    const std::optional<QueryResult> result = await(future);
    if (!result)
        qFatal("query did not finish");
    if (result->error)
        qWarning("%s", qPrintable(result->error->toString()));
    return *result;
}

} // namespace

void TestPrometheus::instantQueries_data()
{
    QTest::addColumn<QString>("promql");
    QTest::addColumn<ResultType>("type");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("label");
    QTest::newRow("vector(1)") << "vector(1)" << ResultType::Vector << 1.0 << QString();
    QTest::newRow("plus sign survives form encoding")
        << "vector(1) + vector(2)" << ResultType::Vector << 3.0 << QString();
    QTest::newRow("scalar time() at a given time") << "time()" << ResultType::Scalar << 1700000000.123 << QString();
    QTest::newRow("labels from label_replace")
        << R"(label_replace(vector(7), "job", "api", "", ""))" << ResultType::Vector << 7.0 << "api";
    QTest::newRow("NaN from 0/0") << "vector(0/0)" << ResultType::Vector << std::nan("") << QString();
    QTest::newRow("-Inf from -1/0") << "vector(-1/0)" << ResultType::Vector << -std::numeric_limits<double>::infinity()
                                    << QString();
    QTest::newRow("multi-line PromQL") << "sum(\n  vector(2)\n)\n" << ResultType::Vector << 2.0 << QString();
}

void TestPrometheus::instantQueries()
{
    REQUIRE_PROMETHEUS();
    QFETCH(QString, promql);
    QFETCH(ResultType, type);
    QFETCH(double, value);
    QFETCH(QString, label);
    PrometheusClient client(plainConfig());
    const QueryResult result = awaitOk(client.query(promql, kAt));
    QVERIFY(result.ok());
    QCOMPARE(result.query, promql);
    QCOMPARE(result.resultType, type);
    double got = 0;
    if (type == ResultType::Scalar) {
        got = result.scalar->value;
    } else {
        QCOMPARE(result.series.size(), std::size_t(1));
        QCOMPARE(result.series[0].timestamps, std::vector<double> { 1700000000.123 });
        QCOMPARE(result.series[0].labels.value(QStringLiteral("job")), label);
        got = result.series[0].values.at(0);
    }
    if (std::isnan(value))
        QVERIFY(std::isnan(got));
    else
        QCOMPARE(got, value);
}

void TestPrometheus::longQueryIsPosted()
{
    REQUIRE_PROMETHEUS();
    // 40 KB of PromQL: far beyond what URLs and proxies accept in a GET.
    const QString longValue(40000, QLatin1Char('x'));
    const QString promql = QStringLiteral("label_replace(vector(1), \"long\", \"%1\", \"\", \"\")").arg(longValue);
    PrometheusClient client(plainConfig());
    const QueryResult result = awaitOk(client.query(promql));
    QVERIFY(result.ok());
    QCOMPARE(result.series.at(0).labels.value(QStringLiteral("long")), longValue);
}

void TestPrometheus::rangeQuery()
{
    REQUIRE_PROMETHEUS();
    PrometheusClient client(plainConfig());
    const QDateTime start = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const QueryResult result
        = awaitOk(client.queryRange(QStringLiteral("vector(time())"), start, start.addSecs(600), 15s));
    QVERIFY(result.ok());
    QCOMPARE(result.resultType, ResultType::Matrix);
    const Series &series = result.series.at(0);
    QCOMPARE(series.timestamps.size(), std::size_t(41));
    for (std::size_t i = 0; i < series.timestamps.size(); ++i) {
        QCOMPARE(series.timestamps[i], 1700000000.0 + 15.0 * double(i));
        QCOMPARE(series.values[i], series.timestamps[i]);
    }
}

void TestPrometheus::rangeQuerySplitAndStitched()
{
    REQUIRE_PROMETHEUS();
    PrometheusClient client(plainConfig());
    const QDateTime start = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const QDateTime end = start.addSecs(6 * 3600);
    // 21,601 points at 1s: Prometheus refuses that in one request, so the client needs two.
    const QueryResult result = awaitOk(client.queryRange(QStringLiteral("vector(time())"), start, end, 1s));
    QVERIFY(result.ok());
    const ClientStatistics stats = client.statistics();
    QCOMPARE(stats.transfers, quint64(2));
    // Prometheus gzips what curl asked for with Accept-Encoding; JSON this regular shrinks a lot.
    QVERIFY2(stats.bytesOnWire * 4 < stats.bytesDecoded,
             qPrintable(QStringLiteral("%1 of %2 bytes").arg(stats.bytesOnWire).arg(stats.bytesDecoded)));
    QCOMPARE(result.series.size(), std::size_t(1));
    const Series &series = result.series[0];
    QCOMPARE(series.timestamps.size(), std::size_t(21601));
    for (std::size_t i = 0; i < series.timestamps.size(); ++i) {
        if (series.timestamps[i] != 1700000000.0 + double(i) || series.values[i] != series.timestamps[i])
            QFAIL(qPrintable(QStringLiteral("point %1 is %2").arg(i).arg(series.timestamps[i], 0, 'f', 3)));
    }
}

void TestPrometheus::prometheusErrorsSurface_data()
{
    QTest::addColumn<QString>("promql");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<QString>("text");
    QTest::newRow("invalid PromQL: bad_data") << "rate(x[5m)" << 400 << "bad_data"
                                              << "parse error: unexpected";
    QTest::newRow("many-to-many: execution")
        << R"(vector(1) + on() (label_replace(vector(1),"a","1","","") or label_replace(vector(2),"a","2","","")))"
        << 422 << "execution"
        << "found duplicate series for the match group";
}

void TestPrometheus::prometheusErrorsSurface()
{
    REQUIRE_PROMETHEUS();
    QFETCH(QString, promql);
    QFETCH(int, status);
    QFETCH(QString, errorType);
    QFETCH(QString, text);
    PrometheusClient client(plainConfig());
    const QueryResult result = *await(client.query(promql, kAt));
    QVERIFY(!result.ok());
    const Error &error = *result.error;
    QCOMPARE(error.kind, Error::Kind::Prometheus);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.errorType, errorType);
    QVERIFY2(error.message.contains(text), qPrintable(error.message));
    QCOMPARE(error.query, promql);
    QCOMPARE(error.attempts, 1); // 4xx is never retried
    QCOMPARE(client.statistics().transfers, quint64(1));
    QVERIFY(error.toString().contains(error.message));
}

void TestPrometheus::warningsPassedThrough()
{
    REQUIRE_PROMETHEUS();
    PrometheusClient client(plainConfig());
    const QueryResult result = awaitOk(client.query(QStringLiteral("up"), kAt));
    QVERIFY(result.ok());
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings[0].startsWith(QLatin1String("remote_read:")), qPrintable(result.warnings[0]));
}

void TestPrometheus::buildInfo()
{
    REQUIRE_PROMETHEUS();
    PrometheusClient client(plainConfig());
    const BuildInfo info = *await(client.buildInfo());
    QVERIFY(info.ok());
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+")).match(info.version).hasMatch(),
             qPrintable(info.version));
    QVERIFY(!info.revision.isEmpty());
    QVERIFY(!info.branch.isEmpty());
    QVERIFY(info.goVersion.startsWith(QLatin1String("go")));
    QVERIFY(info.fields.contains(QStringLiteral("buildDate")));
}

void TestPrometheus::rawGet_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<Error::Kind>("kind");
    QTest::newRow("rules") << "/api/v1/rules" << QString() << 200 << Error::Kind::Config;
    QTest::newRow("label values with a query string") << "/api/v1/label/__name__/values"
                                                      << "match[]=up{job=\"a+b\"}" << 200 << Error::Kind::Config;
    QTest::newRow("unknown path: HTTP 404") << "/api/v1/nope" << QString() << 404 << Error::Kind::Http;
    QTest::newRow("Prometheus error on another endpoint") << "/api/v1/query"
                                                          << "query=rate(x[5m)" << 400 << Error::Kind::Prometheus;
}

void TestPrometheus::rawGet()
{
    REQUIRE_PROMETHEUS();
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(Error::Kind, kind); // ignored when status is 200
    PrometheusClient client(plainConfig());
    const RawResponse response = *await(client.get(path, QUrlQuery(query)));
    QCOMPARE(response.httpStatus, status);
    QVERIFY(response.contentType.startsWith("application/json") || status == 404);
    if (status == 200) {
        QVERIFY2(response.ok(), qPrintable(describe(response)));
        QVERIFY(response.body.contains("\"status\":\"success\""));
    } else {
        QVERIFY(!response.ok());
        QCOMPARE(response.error->kind, kind);
        QVERIFY(!response.body.isEmpty());
    }
}

void TestPrometheus::keepAliveReusesConnection()
{
    REQUIRE_PROMETHEUS();
    PrometheusClient client(plainConfig());
    for (int i = 0; i < 10; ++i)
        QVERIFY(awaitOk(client.query(QStringLiteral("vector(%1)").arg(i))).ok());
    const ClientStatistics stats = client.statistics();
    QCOMPARE(stats.transfers, quint64(10));
    QCOMPARE(stats.connectionsOpened, quint64(1));
    QCOMPARE(stats.lastHttpVersion, 1); // plain HTTP: no h2c upgrade
}

void TestPrometheus::parallelQueries()
{
    REQUIRE_PROMETHEUS();
    PrometheusClient client(plainConfig());
    QList<QFuture<QueryResult>> futures;
    for (int i = 0; i < 40; ++i)
        futures << client.query(QStringLiteral("vector(%1)").arg(i), kAt);
    for (int i = 0; i < 40; ++i) {
        const QueryResult result = awaitOk(futures[i]);
        QVERIFY(result.ok());
        QCOMPARE(result.series.at(0).values.at(0), double(i));
    }
    QVERIFY(client.statistics().connectionsOpened <= 8); // CURLMOPT_MAX_HOST_CONNECTIONS
}

void TestPrometheus::latestWinsWithPrometheus()
{
    REQUIRE_PROMETHEUS();
    PrometheusClient client(plainConfig());
    const QString key = QStringLiteral("panel-1");
    const QFuture<QueryResult> older = client.query(QStringLiteral("vector(1)"), kAt, key);
    const QFuture<QueryResult> newer = client.query(QStringLiteral("vector(2)"), kAt, key);
    const QueryResult newest = awaitOk(newer);
    QVERIFY(newest.ok());
    QVERIFY(client.isLatest(key, newest.generation));
    QCOMPARE(newest.series.at(0).values.at(0), 2.0);
    const QueryResult old = *await(older);
    // Either the worker saw the newer request in time (Stale) or the old answer came first; in
    // that case its generation tells the consumer it is no longer current.
    QVERIFY(!old.ok() ? old.error->kind == Error::Kind::Stale : !client.isLatest(key, old.generation));
    // A cancelled view key is usable again for the next request.
    client.cancel(key);
    const QueryResult again = awaitOk(client.query(QStringLiteral("vector(3)"), kAt, key));
    QVERIFY2(again.ok(), qPrintable(describe(again)));
    QCOMPARE(again.series.at(0).values.at(0), 3.0);
}
