// The foundation's integration test: Prometheus, started by the CTest fixture on generated
// history, is queried through the project's own client, and one window's counts are compared
// with the generator's ground truth.
#include "fixtureenv.h"
#include "prometheusclient.h"

#include <QTest>
#include <QTimeZone>

using namespace sre;

class TestHistoryThroughClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void countsMatchGroundTruth_data();
    void countsMatchGroundTruth();
    void rangeQueryCoversTheHistory();

private:
    DatasourceConfig m_ds;
};

void TestHistoryThroughClient::initTestCase()
{
    const QString url = testing::fixtureUrl("SRE_TEST_PROMETHEUS_URL_FILE");
    QVERIFY2(!url.isEmpty(), "the prometheus fixture did not write its URL");
    m_ds.name = QStringLiteral("fixture");
    m_ds.url = QUrl(url);
    m_ds.timeout = std::chrono::seconds(30);
    QVERIFY(testing::historyEnd() > 0);
}

void TestHistoryThroughClient::countsMatchGroundTruth_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("days");
    for (const char *service : { "checkout", "payments-api", "search", "auth", "myapp-api" })
        for (int days : { 1, 7 })
            QTest::newRow(qPrintable(QStringLiteral("%1 last %2d").arg(QLatin1String(service)).arg(days)))
                << QString::fromLatin1(service) << days;
}

void TestHistoryThroughClient::countsMatchGroundTruth()
{
    QFETCH(QString, service);
    QFETCH(int, days);
    prom::PrometheusClient client(m_ds);
    const qint64 end = testing::historyEnd();
    const QDateTime at = QDateTime::fromSecsSinceEpoch(end, QTimeZone::utc());
    auto value = [&](const QString &promql) -> double {
        auto future = client.query(promql, at);
        future.waitForFinished();
        const prom::QueryResult r = future.result();
        if (r.error)
            qWarning() << r.error->toString();
        if (r.error || r.series.size() != 1 || r.series[0].values.size() != 1)
            return -1;
        return r.series[0].values[0];
    };
    const QString range = QStringLiteral("%1d").arg(days);
    const double total
        = value(QStringLiteral("sum(increase(http_requests_total{service=\"%1\"}[%2]))").arg(service, range));
    const double bad = value(
        QStringLiteral("sum(increase(http_requests_total{service=\"%1\",code=~\"5..\"}[%2]))").arg(service, range));
    const QJsonObject truth = testing::groundTruth(service, end - days * 86400, end);
    QVERIFY2(!truth.isEmpty(), "sre-demo-history counts failed");
    const double trueTotal = truth.value(QStringLiteral("total")).toDouble();
    const double trueBad = truth.value(QStringLiteral("bad")).toDouble();
    QVERIFY(trueTotal > 0);
    QVERIFY(trueBad > 0);
    QVERIFY2(std::abs(total - trueTotal) <= 0.01 * trueTotal,
             qPrintable(QStringLiteral("%1 vs %2").arg(total).arg(trueTotal)));
    QVERIFY2(std::abs(bad - trueBad) <= 0.01 * trueBad, qPrintable(QStringLiteral("%1 vs %2").arg(bad).arg(trueBad)));
}

// A 30-day range at a 1-hour step through the POST range endpoint: one series, one point per
// step, the per-hour increases adding up to the 30-day ground truth.
void TestHistoryThroughClient::rangeQueryCoversTheHistory()
{
    prom::PrometheusClient client(m_ds);
    const qint64 end = testing::historyEnd();
    const qint64 start = end - 30 * 86400;
    auto future = client.queryRange(QStringLiteral("sum(increase(http_requests_total{service=\"checkout\"}[1h]))"),
                                    QDateTime::fromSecsSinceEpoch(start + 3600, QTimeZone::utc()),
                                    QDateTime::fromSecsSinceEpoch(end, QTimeZone::utc()), std::chrono::seconds(3600));
    future.waitForFinished();
    const prom::QueryResult r = future.result();
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
    QCOMPARE(r.series.size(), std::size_t(1));
    QCOMPARE(r.series[0].values.size(), std::size_t(30 * 24));
    double sum = 0;
    for (double v : r.series[0].values)
        sum += v;
    const double truth
        = testing::groundTruth(QStringLiteral("checkout"), start, end).value(QStringLiteral("total")).toDouble();
    QVERIFY2(std::abs(sum - truth) <= 0.01 * truth, qPrintable(QStringLiteral("%1 vs %2").arg(sum).arg(truth)));
}

QTEST_GUILESS_MAIN(TestHistoryThroughClient)
#include "tst_history_through_client.moc"
