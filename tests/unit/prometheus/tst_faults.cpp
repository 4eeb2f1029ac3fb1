#include "tst_prometheus.h"

#include "closeswitch.h"
#include "prometheusclient.h"

#include <QElapsedTimer>
#include <QTcpSocket>

using namespace sre;
using namespace sre::prom;
using namespace sre::prom::test;
using namespace std::chrono_literals;

namespace {

const QByteArray kVectorBody
    = R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"42"]}]}})";

DatasourceConfig configFor(quint16 port, std::chrono::milliseconds timeout = 20s)
{
    DatasourceConfig config;
    config.name = QStringLiteral("faulty");
    config.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    config.timeout = timeout;
    return config;
}

Error::Kind kindOf(const QFuture<QueryResult> &future)
{
    const std::optional<QueryResult> result = await(future, 10000);
    return result && result->error ? result->error->kind : Error::Kind::Config;
}

} // namespace

void TestPrometheus::connectionRefused_data()
{
    QTest::addColumn<int>("retries");
    QTest::addColumn<int>("minMs");
    QTest::addColumn<int>("maxMs");
    QTest::newRow("no retries: fails at once") << 0 << 0 << 1000;
    QTest::newRow("three retries: 200 + 400 + 800 ms of backoff") << 3 << 1400 << 4000;
}

void TestPrometheus::connectionRefused()
{
    QFETCH(int, retries);
    QFETCH(int, minMs);
    QFETCH(int, maxMs);
    PrometheusClient client(configFor(closedPort()));
    client.setRetryPolicy({ retries, 200ms });
    QElapsedTimer timer;
    timer.start();
    const QueryResult result = *await(client.query(QStringLiteral("up")));
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, Error::Kind::ConnectionRefused);
    QCOMPARE(result.error->attempts, retries + 1);
    QCOMPARE(client.statistics().retries, quint64(retries));
    QVERIFY2(elapsed >= minMs && elapsed < maxMs, qPrintable(QString::number(elapsed)));
    QVERIFY(result.error->toString().contains(QLatin1String("connection refused")));
}

void TestPrometheus::silentServerTimesOut()
{
    QTcpServer silent; // the kernel accepts connections; nobody ever answers
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    PrometheusClient client(configFor(silent.serverPort(), 700ms));
    QElapsedTimer timer;
    timer.start();
    const QueryResult result = *await(client.query(QStringLiteral("up")));
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, Error::Kind::Timeout);
    QCOMPARE(result.error->attempts, 1); // the whole timeout is used up: no time left to retry
    QVERIFY2(elapsed >= 650 && elapsed < 3000, qPrintable(QString::number(elapsed)));
}

void TestPrometheus::retried_data()
{
    QTest::addColumn<QByteArray>("failure");
    QTest::addColumn<int>("minMs");
    QTest::addColumn<int>("maxMs");
    QTest::newRow("503 then success") << ScriptedResponder::response(503, "Service Unavailable", "Service Unavailable",
                                                                     "text/plain")
                                      << 200 << 4000;
    QTest::newRow("HTML 502 from a proxy then success")
        << ScriptedResponder::response(502, "Bad Gateway", "<html><h1>502</h1></html>", "text/html") << 200 << 4000;
    QTest::newRow("429 with Retry-After: 1 then success")
        << QByteArray("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\nContent-Length: 0\r\n"
                      "Connection: close\r\n\r\n")
        << 1000 << 5000;
}

void TestPrometheus::retried()
{
    QFETCH(QByteArray, failure);
    QFETCH(int, minMs);
    QFETCH(int, maxMs);
    ScriptedResponder responder({ failure, ScriptedResponder::response(200, "OK", kVectorBody) });
    PrometheusClient client(configFor(responder.port()));
    QElapsedTimer timer;
    timer.start();
    const std::optional<QueryResult> result = await(client.query(QStringLiteral("up")));
    const qint64 elapsed = timer.elapsed();
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(describe(*result)));
    QCOMPARE(result->series.at(0).values.at(0), 42.0);
    QCOMPARE(responder.requestCount(), 2);
    QCOMPARE(client.statistics().retries, quint64(1));
    QVERIFY2(elapsed >= minMs && elapsed < maxMs, qPrintable(QString::number(elapsed)));
}

void TestPrometheus::notRetried_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("errorType");
    QTest::newRow("400 bad_data") << ScriptedResponder::response(
        400, "Bad Request", R"({"status":"error","errorType":"bad_data","error":"1:5: parse error"})")
                                  << Error::Kind::Prometheus << "bad_data";
    QTest::newRow("404 from a wrong URL path")
        << ScriptedResponder::response(404, "Not Found", "404 page not found", "text/plain") << Error::Kind::Http
        << QString();
    QTest::newRow("503 from a Prometheus query timeout") << ScriptedResponder::response(
        503, "Service Unavailable",
        R"({"status":"error","errorType":"timeout","error":"query timed out in expression evaluation"})")
                                                         << Error::Kind::Prometheus << "timeout";
}

void TestPrometheus::notRetried()
{
    QFETCH(QByteArray, response);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, errorType);
    ScriptedResponder responder({ response, ScriptedResponder::response(200, "OK", kVectorBody) });
    PrometheusClient client(configFor(responder.port()));
    const QueryResult result = *await(client.query(QStringLiteral("up")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, kind);
    QCOMPARE(result.error->errorType, errorType);
    QCOMPARE(result.error->attempts, 1);
    QCOMPARE(responder.requestCount(), 1);
}

void TestPrometheus::brokenBodies_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("robustness: truncated JSON")
        << ScriptedResponder::response(200, "OK", kVectorBody.left(40)) << Error::Kind::Parse << "truncated";
    QTest::newRow("robustness: HTML with status 200 (a login portal)")
        << ScriptedResponder::response(200, "OK", "<html>login</html>", "text/html") << Error::Kind::Parse
        << "the answer is HTML, not Prometheus JSON (a login page?)";
    QTest::newRow("robustness: HTML with status 200, labelled text/plain")
        << ScriptedResponder::response(200, "OK", "\n<!DOCTYPE html><html>login</html>", "text/plain")
        << Error::Kind::Parse << "the answer is HTML";
    QTest::newRow("robustness: empty body")
        << ScriptedResponder::response(200, "OK", QByteArray()) << Error::Kind::Parse << "empty body";
    QTest::newRow("robustness: JSON but not the Prometheus API")
        << ScriptedResponder::response(200, "OK", R"({"hello":"world"})") << Error::Kind::Parse << "status";
    QTest::newRow("robustness: success without resultType")
        << ScriptedResponder::response(200, "OK", R"({"status":"success","data":{}})") << Error::Kind::Parse
        << "resultType";
    QTest::newRow("robustness: invalid sample value")
        << ScriptedResponder::response(200, "OK", QByteArray(kVectorBody).replace("\"42\"", "\"4x2\""))
        << Error::Kind::Parse << "invalid sample value \"4x2\"";
    QTest::newRow("robustness: redirect is reported, not followed")
        << QByteArray("HTTP/1.1 302 Found\r\nLocation: http://elsewhere/\r\nContent-Length: "
                      "0\r\nConnection: close\r\n\r\n")
        << Error::Kind::Http << "http://elsewhere/";
}

void TestPrometheus::brokenBodies()
{
    QFETCH(QByteArray, response);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, message);
    ScriptedResponder responder({ response });
    PrometheusClient client(configFor(responder.port()));
    const QueryResult result = *await(client.query(QStringLiteral("up")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, kind);
    QVERIFY2(result.error->message.contains(message), qPrintable(result.error->message));
    QVERIFY(result.series.empty());
}

void TestPrometheus::latestWinsMakesOlderStale()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    PrometheusClient client(configFor(silent.serverPort()));
    const QString key = QStringLiteral("panel");
    const QFuture<QueryResult> first = client.query(QStringLiteral("a"), {}, key);
    const QFuture<QueryResult> second = client.query(QStringLiteral("b"), {}, key);
    const QFuture<QueryResult> unrelated = client.query(QStringLiteral("c"), {}, QStringLiteral("other"));
    const QueryResult stale = *await(first, 5000);
    QCOMPARE(stale.error->kind, Error::Kind::Stale);
    QCOMPARE(stale.query, QStringLiteral("a"));
    QVERIFY(!client.isLatest(key, stale.generation));
    QVERIFY(!second.isFinished());
    QVERIFY(!unrelated.isFinished());
    client.cancel(key);
    QCOMPARE(kindOf(second), Error::Kind::Cancelled);
    QVERIFY(!unrelated.isFinished());
    client.cancelAll();
    QCOMPARE(kindOf(unrelated), Error::Kind::Cancelled);
}

void TestPrometheus::cancelByViewKey()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    PrometheusClient client(configFor(silent.serverPort()));
    const QDateTime start = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    // A split range query: all of its parts go with the key.
    const QFuture<QueryResult> range
        = client.queryRange(QStringLiteral("up"), start, start.addDays(2), 1s, QStringLiteral("chart"));
    const QFuture<RawResponse> other = client.get(QStringLiteral("/api/v1/rules"));
    client.cancel(QStringLiteral("chart"));
    QCOMPARE(kindOf(range), Error::Kind::Cancelled);
    QVERIFY(!other.isFinished());
    client.cancelAll();
    QCOMPARE(await(other, 5000)->error->kind, Error::Kind::Cancelled);
}

void TestPrometheus::cancelAll()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    PrometheusClient client(configFor(silent.serverPort()));
    QList<QFuture<QueryResult>> futures;
    for (int i = 0; i < 20; ++i)
        futures << client.query(QStringLiteral("vector(%1)").arg(i), {},
                                i % 2 ? QStringLiteral("k%1").arg(i) : QString());
    const QFuture<BuildInfo> info = client.buildInfo();
    client.cancelAll();
    for (const auto &future : std::as_const(futures))
        QCOMPARE(kindOf(future), Error::Kind::Cancelled);
    QCOMPARE(await(info, 5000)->error->kind, Error::Kind::Cancelled);
}

void TestPrometheus::futureCancelAbortsTransfer()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    PrometheusClient client(configFor(server.serverPort()));
    QFuture<QueryResult> future = client.query(QStringLiteral("up"));
    QTRY_VERIFY(server.hasPendingConnections());
    QTcpSocket *socket = server.nextPendingConnection();
    QSignalSpy disconnected(socket, &QTcpSocket::disconnected);
    future.cancel();
    QVERIFY(disconnected.wait(5000)); // the transfer is aborted, not left running
    QTRY_VERIFY(future.isFinished());
}

// A worker-thread task with a client of its own (the rule audit, an iCalendar fetch) ends at once
// when its owner closes the switch: a request waiting between retries on a dead server, and every
// request the task makes afterwards, finish as Cancelled; a client attached after the close is
// closed on attaching. Without it the console's exit waited for the retries (1.4 s on the demo).
void TestPrometheus::closeSwitchEndsRetriesAndLaterRequests()
{
    prom::CloseSwitch closeSwitch;
    PrometheusClient client(configFor(closedPort()));
    client.setRetryPolicy({ 5, 2000ms }); // about a minute of backoff in all
    std::optional<prom::CloseSwitch::Attach> attach;
    attach.emplace(&closeSwitch, client);
    const QFuture<QueryResult> waiting = client.query(QStringLiteral("up"));
    QTRY_VERIFY(client.statistics().retries >= 1); // refused once, now waiting to retry
    QVERIFY(!waiting.isFinished());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!closeSwitch.isClosed());
    closeSwitch.close();
    QVERIFY(closeSwitch.isClosed());
    QCOMPARE(await(waiting, 5000)->error->kind, Error::Kind::Cancelled);
    const QFuture<RawResponse> later = client.get(QStringLiteral("/api/v1/rules"));
    QCOMPARE(await(later, 5000)->error->kind, Error::Kind::Cancelled);
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(client.statistics().retries, quint64(1)); // no retry after the close
    attach.reset(); // detached: the switch no longer knows the client

    PrometheusClient second(configFor(closedPort()));
    second.setRetryPolicy({ 5, 2000ms });
    const prom::CloseSwitch::Attach late(&closeSwitch, second); // the switch is closed already
    QCOMPARE(await(second.query(QStringLiteral("up")), 5000)->error->kind, Error::Kind::Cancelled);
    QCOMPARE(second.statistics().retries, quint64(0));

    PrometheusClient unswitched(configFor(closedPort())); // a null switch closes nothing
    unswitched.setRetryPolicy({ 1, 10ms });
    const prom::CloseSwitch::Attach none(nullptr, unswitched);
    QCOMPARE(await(unswitched.query(QStringLiteral("up")), 5000)->error->kind, Error::Kind::ConnectionRefused);
}

void TestPrometheus::destroyingClientCancels()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    auto client = std::make_unique<PrometheusClient>(configFor(silent.serverPort()));
    QList<QFuture<QueryResult>> queries;
    for (int i = 0; i < 10; ++i)
        queries << client->query(QStringLiteral("vector(%1)").arg(i));
    const QFuture<RawResponse> raw = client->get(QStringLiteral("/api/v2/alerts"));
    QElapsedTimer timer;
    timer.start();
    client.reset();
    QVERIFY(timer.elapsed() < 2000);
    for (const auto &future : std::as_const(queries)) {
        QVERIFY(future.isFinished()); // answered before the destructor returned
        QCOMPARE(future.result().error->kind, Error::Kind::Cancelled);
    }
    QVERIFY(raw.isFinished());
    QCOMPARE(raw.result().error->kind, Error::Kind::Cancelled);
}
