#include "tst_prometheus.h"

#include "prometheusclient.h"
#include "rangesplit.h"

using namespace sre::prom;
using namespace std::chrono_literals;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

QDateTime after(std::chrono::seconds offset)
{
    return kStart.addSecs(offset.count());
}

Series series(const QString &job, std::vector<double> timestamps)
{
    Series s;
    s.labels.insert(QStringLiteral("job"), job);
    s.values = timestamps; // values equal to timestamps make the expectation obvious
    s.timestamps = std::move(timestamps);
    return s;
}

} // namespace

void TestPrometheus::pointCount_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("one hour at 15s") << qint64(3600) << qint64(15) << qint64(241);
    QTest::newRow("empty range: one point") << qint64(0) << qint64(15) << qint64(1);
    QTest::newRow("end off the grid") << qint64(100) << qint64(15) << qint64(7);
    QTest::newRow("robustness: reversed range") << qint64(-60) << qint64(15) << qint64(0);
    QTest::newRow("robustness: zero step") << qint64(60) << qint64(0) << qint64(0);
}

void TestPrometheus::pointCount()
{
    QFETCH(qint64, span);
    QFETCH(qint64, step);
    QFETCH(qint64, expected);
    QCOMPARE(sre::prom::pointCount(kStart, after(std::chrono::seconds(span)), std::chrono::seconds(step)), expected);
}

void TestPrometheus::chooseStep_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<qint64>("maxPoints");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("1h within Prometheus' limit: 1s") << qint64(3600) << qint64(11000) << qint64(1);
    QTest::newRow("6h within Prometheus' limit: 2s") << qint64(6 * 3600) << qint64(11000) << qint64(2);
    QTest::newRow("30d within Prometheus' limit: 5m") << qint64(30 * 86400) << qint64(11000) << qint64(300);
    QTest::newRow("7d on a 1000 px chart: 15m") << qint64(7 * 86400) << qint64(1000) << qint64(900);
    QTest::newRow("365d within Prometheus' limit: 1h") << qint64(365 * 86400) << qint64(11000) << qint64(3600);
    QTest::newRow("empty range: 1s") << qint64(0) << qint64(11000) << qint64(1);
    QTest::newRow("100 years: whole days") << qint64(36525 * 86400LL) << qint64(11000) << qint64(4 * 86400);
}

void TestPrometheus::chooseStep()
{
    QFETCH(qint64, span);
    QFETCH(qint64, maxPoints);
    QFETCH(qint64, expected);
    const QDateTime end = after(std::chrono::seconds(span));
    const std::chrono::seconds step = sre::prom::chooseStep(kStart, end, maxPoints);
    QCOMPARE(qint64(step.count()), expected);
    QVERIFY(sre::prom::pointCount(kStart, end, step) <= maxPoints);
}

void TestPrometheus::splitRange_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<int>("parts");
    QTest::newRow("fits in one request") << qint64(3600) << qint64(15) << 1;
    QTest::newRow("exactly 11000 points: one request") << qint64(10999) << qint64(1) << 1;
    QTest::newRow("11001 points: two requests") << qint64(11000) << qint64(1) << 2;
    QTest::newRow("6h at 1s: two requests") << qint64(6 * 3600) << qint64(1) << 2;
    QTest::newRow("30d at 15s: sixteen requests") << qint64(30 * 86400) << qint64(15) << 16;
    QTest::newRow("end off the grid") << qint64(6 * 3600 + 7) << qint64(1) << 2;
    QTest::newRow("robustness: zero step is left to Prometheus") << qint64(3600) << qint64(0) << 1;
    QTest::newRow("robustness: reversed range is left to Prometheus") << qint64(-3600) << qint64(1) << 1;
}

void TestPrometheus::splitRange()
{
    QFETCH(qint64, span);
    QFETCH(qint64, step);
    QFETCH(int, parts);
    const QDateTime end = after(std::chrono::seconds(span));
    const std::chrono::seconds stepSeconds(step);
    const std::vector<TimeRange> ranges = sre::prom::splitRange(kStart, end, stepSeconds);
    QCOMPARE(int(ranges.size()), parts);
    QCOMPARE(ranges.front().start, kStart);
    QCOMPARE(ranges.back().end, end);
    if (parts == 1)
        return;
    qint64 total = 0;
    for (std::size_t i = 0; i < ranges.size(); ++i) {
        const qint64 points = sre::prom::pointCount(ranges[i].start, ranges[i].end, stepSeconds);
        QVERIFY(points <= kMaxPointsPerRequest);
        total += points;
        if (i > 0) // the next part starts one step after the previous one ended: no shared point
            QCOMPARE(ranges[i].start, ranges[i - 1].end.addSecs(step));
    }
    QCOMPARE(total, sre::prom::pointCount(kStart, end, stepSeconds));
}

void TestPrometheus::stitchRangeResults()
{
    QueryResult first;
    first.resultType = ResultType::Matrix;
    first.series = { series(QStringLiteral("a"), { 0, 10, 20 }), series(QStringLiteral("b"), { 10, 20 }) };
    first.warnings = { QStringLiteral("w1") };
    QueryResult second;
    second.resultType = ResultType::Matrix;
    second.series = { series(QStringLiteral("b"), { 20, 30 }), series(QStringLiteral("c"), { 30 }),
                      series(QStringLiteral("a"), { 30, 40 }) };
    second.warnings = { QStringLiteral("w1"), QStringLiteral("w2") };

    const QueryResult stitched = sre::prom::stitchRangeResults({ first, second });
    QVERIFY(stitched.ok());
    QCOMPARE(stitched.series.size(), std::size_t(3));
    QCOMPARE(stitched.series[0].timestamps, (std::vector<double> { 0, 10, 20, 30, 40 }));
    QCOMPARE(stitched.series[1].timestamps, (std::vector<double> { 10, 20, 30 })); // 20 only once
    QCOMPARE(stitched.series[1].values, (std::vector<double> { 10, 20, 30 }));
    QCOMPARE(stitched.series[2].labels.value(QStringLiteral("job")), QStringLiteral("c"));
    QCOMPARE(stitched.warnings, (QStringList { QStringLiteral("w1"), QStringLiteral("w2") }));

    QueryResult failed;
    failed.error = Error { Error::Kind::Timeout };
    const QueryResult withError = sre::prom::stitchRangeResults({ first, failed });
    QVERIFY(!withError.ok());
    QCOMPARE(withError.error->kind, Error::Kind::Timeout);
}

void TestPrometheus::formEncoding_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("plus stays a plus") << "a + b" << QByteArray("q=a%20%2B%20b");
    QTest::newRow("ampersand and equals") << "x=1&y" << QByteArray("q=x%3D1%26y");
    QTest::newRow("PromQL braces and quotes") << "up{job=\"a\"}" << QByteArray("q=up%7Bjob%3D%22a%22%7D");
    QTest::newRow("non-ASCII as UTF-8") << QString::fromUtf8("\u00e9") << QByteArray("q=%C3%A9");
    QTest::newRow("newline in multi-line PromQL") << "a\nb" << QByteArray("q=a%0Ab");
}

void TestPrometheus::formEncoding()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, encoded);
    QCOMPARE(formEncode({ { QStringLiteral("q"), value } }), encoded);
    QCOMPARE(formEncode({ { QStringLiteral("a"), QStringLiteral("1") }, { QStringLiteral("b"), QStringLiteral("2") } }),
             QByteArray("a=1&b=2"));
}

void TestPrometheus::apiTime()
{
    QCOMPARE(formatApiTime(QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC)), QStringLiteral("1700000000.123"));
    QCOMPARE(formatApiTime(QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC)), QStringLiteral("1700000000.000"));
    QCOMPARE(formatApiTime(QDateTime::fromMSecsSinceEpoch(5, Qt::UTC)), QStringLiteral("0.005"));
}

void TestPrometheus::errorMessages_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<QStringList>("mentions");
    auto make = [](Error::Kind kind, int status, const char *type, const char *message) {
        Error e;
        e.kind = kind;
        e.httpStatus = status;
        e.errorType = QString::fromLatin1(type);
        e.message = QString::fromLatin1(message);
        e.query = QStringLiteral("sum(rate(http_requests_total[5m]))\n  by (code)");
        e.url = QStringLiteral("http://prom:9090/api/v1/query");
        e.datasource = QStringLiteral("prod");
        return e;
    };
    const QString flatQuery = QStringLiteral("\"sum(rate(http_requests_total[5m])) by (code)\"");
    QTest::newRow("prometheus bad_data: its text and a fix hint")
        << make(Error::Kind::Prometheus, 400, "bad_data", "1:10: parse error: unexpected \")\"")
        << QStringList { flatQuery, QStringLiteral("bad_data"), QStringLiteral("1:10: parse error"),
                         QStringLiteral("fix the query") };
    QTest::newRow("refused: check the server")
        << make(Error::Kind::ConnectionRefused, 0, "", "Failed to connect")
        << QStringList { flatQuery, QStringLiteral("connection refused"), QStringLiteral("running") };
    QTest::newRow("timeout: raise the timeout")
        << make(Error::Kind::Timeout, 0, "", "Operation timed out after 500 milliseconds")
        << QStringList { QStringLiteral("500 milliseconds"), QStringLiteral("timeout of datasource prod") };
    QTest::newRow("http: status and body")
        << make(Error::Kind::Http, 502, "", "Bad Gateway")
        << QStringList { QStringLiteral("HTTP 502"), QStringLiteral("Bad Gateway"), QStringLiteral("credentials") };
    QTest::newRow("parse: is it Prometheus?")
        << make(Error::Kind::Parse, 200, "", "at byte 0: expected a JSON value")
        << QStringList { QStringLiteral("at byte 0"), QStringLiteral("Prometheus-compatible") };
    QTest::newRow("config: fix workspace.yaml")
        << make(Error::Kind::Config, 0, "", "cannot read secret file /x")
        << QStringList { QStringLiteral("datasource prod"), QStringLiteral("/x"), QStringLiteral("workspace.yaml") };
    QTest::newRow("stale") << make(Error::Kind::Stale, 0, "", "") << QStringList { QStringLiteral("newer request") };
}

void TestPrometheus::errorMessages()
{
    QFETCH(Error, error);
    QFETCH(QStringList, mentions);
    const QString text = error.toString();
    QVERIFY2(!text.contains(QLatin1Char('\n')), qPrintable(text));
    for (const QString &mention : mentions)
        QVERIFY2(text.contains(mention), qPrintable(text + QStringLiteral(" lacks ") + mention));
}
