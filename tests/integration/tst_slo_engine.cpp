// The SLO engine against the real Prometheus of the CTest fixture (generated history, docs/demo-world.md).
//
// Every demo SLO is evaluated by SloEngine from bucketed range queries and checked against two
// independent computations:
//   - Prometheus evaluating errorRatioQuery() itself at the same instant (the same SLI, computed
//     by the server over the whole window instead of summed from 5-minute buckets);
//   - the generator's ground truth (`sre-demo-history counts`) for event and latency SLOs.
// The engine talks to Prometheus through a transparent relay that records the requests, so the
// refresh tests can check which ranges a warm cache asks for. Expected numbers come from
// Prometheus or the generator, never from the engine.
#include "fixtureenv.h"
#include "prometheusclient.h"
#include "querybuilder.h"
#include "sloengine.h"
#include "window.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cmath>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace sre;
using namespace std::chrono_literals;

namespace {

// A transparent TCP relay between the client and the fixture's Prometheus. It forwards every
// byte unchanged in both directions (the answers are Prometheus' own; this is no fake server) and
// records the HTTP requests the client sends. Plain HTTP/1.1, which libcurl speaks to http://.
class RecordingRelay final
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray body;

        // A field of the application/x-www-form-urlencoded body, decoded.
        QString formValue(const QString &name) const
        {
            QByteArray b = body;
            b.replace('+', "%20");
            return QUrlQuery(QString::fromLatin1(b)).queryItemValue(name, QUrl::FullyDecoded);
        }
    };

    RecordingRelay() = default;
    RecordingRelay(const RecordingRelay &) = delete;
    RecordingRelay &operator=(const RecordingRelay &) = delete;
    ~RecordingRelay() { stop(); }

    bool start(const QUrl &upstream)
    {
        m_upstreamPort = quint16(upstream.port(80));
        m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (m_listen < 0)
            return false;
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (::bind(m_listen, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(m_listen, 64) != 0
            || ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
            return false;
        m_port = ntohs(addr.sin_port);
        m_acceptThread = std::thread([this] { acceptLoop(); });
        return true;
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    QList<Request> requests() const
    {
        std::lock_guard lock(m_mutex);
        return m_requests;
    }
    void clear()
    {
        std::lock_guard lock(m_mutex);
        m_requests.clear();
    }

    void stop()
    {
        if (m_listen < 0)
            return;
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        ::shutdown(m_listen, SHUT_RDWR); // wakes accept() on Linux
        if (m_acceptThread.joinable())
            m_acceptThread.join();
        std::vector<std::thread> threads;
        {
            std::lock_guard lock(m_mutex);
            for (int fd : m_fds)
                ::shutdown(fd, SHUT_RDWR);
            threads.swap(m_threads);
        }
        for (std::thread &t : threads)
            t.join();
        for (int fd : m_fds)
            ::close(fd);
        m_fds.clear();
        ::close(m_listen);
        m_listen = -1;
    }

private:
    int connectUpstream() const
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0)
            return -1;
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = htons(m_upstreamPort);
        if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
            ::close(fd);
            return -1;
        }
        return fd;
    }

    void acceptLoop()
    {
        for (;;) {
            const int client = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
            if (client < 0) {
                if (errno == EINTR || errno == ECONNABORTED)
                    continue;
                return;
            }
            const int upstream = connectUpstream();
            std::lock_guard lock(m_mutex);
            if (upstream < 0 || m_stopping) {
                ::close(client);
                if (upstream >= 0)
                    ::close(upstream);
                if (m_stopping)
                    return;
                continue;
            }
            m_fds.push_back(client);
            m_fds.push_back(upstream);
            m_threads.emplace_back([this, client, upstream] { pump(client, upstream, true); });
            m_threads.emplace_back([this, client, upstream] { pump(upstream, client, false); });
        }
    }

    void pump(int from, int to, bool record)
    {
        QByteArray pending;
        std::vector<char> buffer(1 << 16);
        for (;;) {
            const ssize_t n = ::recv(from, buffer.data(), buffer.size(), 0);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            if (record) {
                pending.append(buffer.data(), n);
                takeRequests(pending);
            }
            if (!sendAll(to, buffer.data(), std::size_t(n)))
                break;
        }
        ::shutdown(to, SHUT_WR);
    }

    static bool sendAll(int fd, const char *data, std::size_t size)
    {
        while (size > 0) {
            const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            data += n;
            size -= std::size_t(n);
        }
        return true;
    }

    // Records and removes the complete requests (head + Content-Length body) at the front of
    // `pending`. A body sent after "Expect: 100-continue" simply arrives later.
    void takeRequests(QByteArray &pending)
    {
        for (;;) {
            const qsizetype headEnd = pending.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QList<QByteArray> lines = pending.left(headEnd).split('\n');
            qsizetype length = 0;
            for (const QByteArray &line : lines) {
                const QByteArray l = line.trimmed();
                if (l.toLower().startsWith("content-length:"))
                    length = l.mid(15).trimmed().toLongLong();
            }
            if (pending.size() < headEnd + 4 + length)
                return;
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            Request r { requestLine.value(0), requestLine.value(1), pending.mid(headEnd + 4, length) };
            pending.remove(0, headEnd + 4 + length);
            std::lock_guard lock(m_mutex);
            m_requests << r;
        }
    }

    quint16 m_upstreamPort = 0;
    quint16 m_port = 0;
    int m_listen = -1;
    std::thread m_acceptThread;
    mutable std::mutex m_mutex;
    bool m_stopping = false;
    std::vector<int> m_fds;
    std::vector<std::thread> m_threads;
    QList<Request> m_requests;
};

constexpr qint64 kStep = SloEngine::kStep.count();
constexpr qint64 kDay = 86400;

// Ratios this close to zero are compared absolutely. 1e-6 is one bad event in a million: 0.2 %
// of the tightest demo budget (auth 99.95 %, 5e-4), so a disagreement below it cannot move any
// budget number by more than 0.2 %, while "0 bad events" on one side and a few on the other
// (a real disagreement) is still caught, since every demo window holds far fewer than 1e6
// slices and at most ~1e9 requests (1e-6 of those is ~1000 requests, 0.1 % of the budget at
// 99.9 %). Without a floor, 0 vs 1e-17 (floating-point noise in Prometheus' `1 - (1 - x)`)
// would count as an infinite relative error.
constexpr double kRatioFloor = 1e-6;
// "No errors at all": Prometheus' `1 - (1 - 0 / total)` is exactly 0; anything below this is
// floating-point noise, not an event (one event in the largest demo window is ~1e-9).
constexpr double kZeroRatio = 1e-12;

QDateTime utc(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc());
}

QString windowLabel(qint64 seconds)
{
    return seconds % kDay == 0 ? QStringLiteral("%1d").arg(seconds / kDay) : QStringLiteral("%1s").arg(seconds);
}

// The SLO with a rolling window of `seconds` (0: its own window, rolling or calendar).
slo::SloSpec withWindow(slo::SloSpec spec, qint64 seconds)
{
    if (seconds > 0) {
        spec.window = std::chrono::seconds(seconds);
        spec.calendar.reset();
    }
    return spec;
}

bool near(double a, double b, double relative, double absolute)
{
    return std::abs(a - b) <= std::max(relative * std::abs(b), absolute);
}

QString optText(std::optional<double> v)
{
    return v ? QString::number(*v, 'g', 12) : QStringLiteral("null");
}

// Two reports describe the same numbers (up to floating-point rounding of the prefix sums).
QString reportDifference(const slo::SloReport &a, const slo::SloReport &b)
{
    QStringList diff;
    auto num = [&](const char *what, double x, double y) {
        if (!near(x, y, 1e-9, 1e-12))
            diff << QStringLiteral("%1: %2 vs %3").arg(QLatin1String(what)).arg(x, 0, 'g', 15).arg(y, 0, 'g', 15);
    };
    auto opt = [&](const QString &what, std::optional<double> x, std::optional<double> y) {
        if (x.has_value() != y.has_value() || (x && !near(*x, *y, 1e-9, 1e-12)))
            diff << QStringLiteral("%1: %2 vs %3").arg(what, optText(x), optText(y));
    };
    if (a.evaluatedAt != b.evaluatedAt)
        diff << QStringLiteral("evaluatedAt: %1 vs %2").arg(a.evaluatedAt).arg(b.evaluatedAt);
    if (a.windowStart != b.windowStart)
        diff << QStringLiteral("windowStart: %1 vs %2").arg(a.windowStart).arg(b.windowStart);
    if (a.windowLength != b.windowLength)
        diff << QStringLiteral("windowLength");
    opt(QStringLiteral("sli"), a.sli, b.sli);
    opt(QStringLiteral("errorBudgetRemaining"), a.errorBudgetRemaining, b.errorBudgetRemaining);
    opt(QStringLiteral("errorBudgetConsumed"), a.errorBudgetConsumed, b.errorBudgetConsumed);
    num("badEvents", a.badEvents, b.badEvents);
    num("totalEvents", a.totalEvents, b.totalEvents);
    num("allowedBadEvents", a.allowedBadEvents, b.allowedBadEvents);
    opt(QStringLiteral("timeToExhaustionSeconds"), a.timeToExhaustionSeconds, b.timeToExhaustionSeconds);
    if (a.burnRates.size() != b.burnRates.size())
        diff << QStringLiteral("burn rate count");
    for (std::size_t i = 0; i < std::min(a.burnRates.size(), b.burnRates.size()); ++i)
        opt(QStringLiteral("burn ") + a.burnRates[i].window, a.burnRates[i].value, b.burnRates[i].value);
    if (a.alerts.size() != b.alerts.size())
        diff << QStringLiteral("alert count");
    for (std::size_t i = 0; i < std::min(a.alerts.size(), b.alerts.size()); ++i) {
        if (a.alerts[i].firing != b.alerts[i].firing || a.alerts[i].tier != b.alerts[i].tier)
            diff << QStringLiteral("alert %1").arg(a.alerts[i].tier);
        opt(QStringLiteral("alert long ") + a.alerts[i].tier, a.alerts[i].longBurnRate, b.alerts[i].longBurnRate);
        opt(QStringLiteral("alert short ") + a.alerts[i].tier, a.alerts[i].shortBurnRate, b.alerts[i].shortBurnRate);
    }
    if (a.status != b.status)
        diff << QStringLiteral("status: %1 vs %2").arg(slo::statusName(a.status), slo::statusName(b.status));
    return diff.join(QStringLiteral("; "));
}

} // namespace

class TestSloEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void errorRatioAgreesWithPrometheus_data();
    void errorRatioAgreesWithPrometheus();
    void eventCountsMatchGroundTruth_data();
    void eventCountsMatchGroundTruth();
    void timesliceCountsMatchPrometheus_data();
    void timesliceCountsMatchPrometheus();
    void refreshFetchesOnlyNewBuckets_data();
    void refreshFetchesOnlyNewBuckets();
    void calendarMonthStartsAtLocalMidnight_data();
    void calendarMonthStartsAtLocalMidnight();
    void timeToExhaustion_data();
    void timeToExhaustion();
    void incidentBurnRatePages();

private:
    void addRows(bool own, const QList<qint64> &windows, const std::function<bool(const slo::SloSpec &)> &keep);
    const slo::SloSpec *spec(const QString &id) const;
    // A cold evaluation (fresh engine) through the relay, memoised per SLO and window.
    const SloEvaluation &coldEvaluation(const slo::SloSpec &spec, qint64 windowSeconds, qint64 at);
    SloEvaluation evaluate(SloEngine &engine, const slo::SloSpec &spec, qint64 at);
    // Prometheus' own instant evaluation; a message in *error when there is no single value.
    double instant(const QString &promql, qint64 at, QString *error);
    // The window W for errorRatioQuery(): the rolling window, or the calendar period so far.
    static std::chrono::seconds evaluatedWindow(const slo::SloReport &report);

    ws::Workspace m_workspace;
    std::vector<slo::SloSpec> m_specs;
    qint64 m_end = 0;
    DatasourceConfig m_direct;
    DatasourceConfig m_relayed;
    RecordingRelay m_relay;
    std::unique_ptr<prom::PrometheusClient> m_promClient; // straight to Prometheus (expected values)
    std::unique_ptr<prom::PrometheusClient> m_engineClient; // through the relay (the code under test)
    std::map<QString, SloEvaluation> m_cold;
};

void TestSloEngine::initTestCase()
{
    const QString url = testing::fixtureUrl("SRE_TEST_PROMETHEUS_URL_FILE");
    QVERIFY2(!url.isEmpty(), "the prometheus fixture did not write its URL");
    m_end = testing::historyEnd();
    QVERIFY(m_end > 0);

    m_workspace.openBlocking(QStringLiteral(SRE_SOURCE_DIR "/resources/demo"));
    const Problems problems = m_workspace.problems(ws::Part::Slos);
    for (const Problem &p : problems)
        QVERIFY2(!p.isError(), qPrintable(p.toString()));
    m_specs = m_workspace.slos().items();
    QVERIFY2(m_specs.size() >= 13, qPrintable(QString::number(m_specs.size())));

    m_direct.name = QStringLiteral("fixture");
    m_direct.url = QUrl(url);
    m_direct.timeout = 60s;
    QVERIFY(m_relay.start(m_direct.url));
    m_relayed = m_direct;
    m_relayed.url = m_relay.url();
    m_promClient = std::make_unique<prom::PrometheusClient>(m_direct);
    m_engineClient = std::make_unique<prom::PrometheusClient>(m_relayed);
}

void TestSloEngine::cleanupTestCase()
{
    m_engineClient.reset();
    m_promClient.reset();
    m_relay.stop();
}

const slo::SloSpec *TestSloEngine::spec(const QString &id) const
{
    for (const slo::SloSpec &s : m_specs)
        if (s.id() == id)
            return &s;
    return nullptr;
}

SloEvaluation TestSloEngine::evaluate(SloEngine &engine, const slo::SloSpec &spec, qint64 at)
{
    auto future = engine.evaluate(spec, at);
    future.waitForFinished();
    return future.result();
}

const SloEvaluation &TestSloEngine::coldEvaluation(const slo::SloSpec &spec, qint64 windowSeconds, qint64 at)
{
    const QString key = QStringLiteral("%1|%2|%3").arg(spec.id()).arg(windowSeconds).arg(at);
    auto it = m_cold.find(key);
    if (it == m_cold.end()) {
        SloEngine engine(*m_engineClient);
        it = m_cold.emplace(key, evaluate(engine, withWindow(spec, windowSeconds), at)).first;
    }
    return it->second;
}

double TestSloEngine::instant(const QString &promql, qint64 at, QString *error)
{
    auto future = m_promClient->query(promql, utc(at));
    future.waitForFinished();
    const prom::QueryResult r = future.result();
    if (r.error) {
        *error = r.error->toString();
        return std::nan("");
    }
    if (r.series.size() != 1 || r.series[0].values.size() != 1) {
        *error = QStringLiteral("expected one sample, got %1 series for %2").arg(r.series.size()).arg(promql);
        return std::nan("");
    }
    return r.series[0].values[0];
}

std::chrono::seconds TestSloEngine::evaluatedWindow(const slo::SloReport &report)
{
    return std::chrono::seconds(report.evaluatedAt - report.windowStart);
}

void TestSloEngine::addRows(bool own, const QList<qint64> &windows,
                            const std::function<bool(const slo::SloSpec &)> &keep)
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("window"); // seconds of a rolling override; 0 = the SLO's own window
    for (const slo::SloSpec &s : m_specs) {
        if (!keep(s))
            continue;
        if (own)
            QTest::newRow(qPrintable(QStringLiteral("%1 own window %2").arg(s.id(), slo::windowText(s))))
                << s.id() << qint64(0);
        for (qint64 w : windows)
            QTest::newRow(qPrintable(QStringLiteral("%1 rolling %2").arg(s.id(), windowLabel(w)))) << s.id() << w;
    }
}

// (a) 1 - SLI from the engine's bucket sums equals Prometheus evaluating errorRatioQuery() over
// the same window at the same instant, for every SLO kind and window.
void TestSloEngine::errorRatioAgreesWithPrometheus_data()
{
    addRows(true, { 1 * kDay, 7 * kDay, 30 * kDay }, [](const slo::SloSpec &) { return true; });
}

void TestSloEngine::errorRatioAgreesWithPrometheus()
{
    QFETCH(QString, id);
    QFETCH(qint64, window);
    const slo::SloSpec *base = spec(id);
    QVERIFY(base);
    const SloEvaluation &ev = coldEvaluation(*base, window, m_end);
    QVERIFY2(ev.ok(), qPrintable(ev.error ? ev.error->toString() : QString()));
    const slo::SloReport &r = ev.report;
    QCOMPARE(r.evaluatedAt, m_end); // the history end is a bucket boundary
    if (window > 0)
        QCOMPARE(r.evaluatedAt - r.windowStart, window);
    QVERIFY2(r.sli.has_value(), "no data");

    const slo::SloSpec evaluated = withWindow(*base, window);
    QString error;
    const QString promql = slo::errorRatioQuery(evaluated, evaluatedWindow(r));
    const double expected = instant(promql, r.evaluatedAt, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const double actual = 1 - *r.sli;
    QVERIFY2(near(actual, expected, 0.005, kRatioFloor),
             qPrintable(QStringLiteral("engine error ratio %1, Prometheus %2 (%3 bad / %4 total)\n  %5")
                            .arg(actual, 0, 'g', 10)
                            .arg(expected, 0, 'g', 10)
                            .arg(r.badEvents, 0, 'f', 0)
                            .arg(r.totalEvents, 0, 'f', 0)
                            .arg(promql)));
}

// (b) Bad and total events of the event-ratio and latency SLOs equal what the generator put into
// (evaluatedAt - W, evaluatedAt].
void TestSloEngine::eventCountsMatchGroundTruth_data()
{
    addRows(true, { 1 * kDay, 7 * kDay, 30 * kDay },
            [](const slo::SloSpec &s) { return s.kind != slo::SloSpec::Kind::Timeslice; });
}

void TestSloEngine::eventCountsMatchGroundTruth()
{
    QFETCH(QString, id);
    QFETCH(qint64, window);
    const slo::SloSpec *base = spec(id);
    QVERIFY(base);
    const SloEvaluation &ev = coldEvaluation(*base, window, m_end);
    QVERIFY2(ev.ok(), qPrintable(ev.error ? ev.error->toString() : QString()));
    const slo::SloReport &r = ev.report;

    const bool latency = base->kind == slo::SloSpec::Kind::Latency;
    const QString le = latency ? QString::number(base->latency.threshold) : QString();
    const QJsonObject truth = testing::groundTruth(base->service, r.windowStart, r.evaluatedAt, le);
    QVERIFY2(!truth.isEmpty(), "sre-demo-history counts failed");
    const double total = truth.value(QStringLiteral("total")).toDouble();
    const double bad = latency ? total - truth.value(QStringLiteral("within_le")).toDouble()
                               : truth.value(QStringLiteral("bad")).toDouble();
    QVERIFY(total > 0);
    QVERIFY2(near(r.totalEvents, total, 0.01, 0.5),
             qPrintable(
                 QStringLiteral("total: engine %1, generator %2").arg(r.totalEvents, 0, 'f', 1).arg(total, 0, 'f', 0)));
    QVERIFY2(
        near(r.badEvents, bad, 0.01, 0.5),
        qPrintable(QStringLiteral("bad: engine %1, generator %2").arg(r.badEvents, 0, 'f', 1).arg(bad, 0, 'f', 0)));
}

// A timeslice SLI's events are slices: the window's slices with a value (total) and those where
// the condition fails (bad), as Prometheus counts them over the whole window with one subquery.
// Prometheus 2.x subqueries include both ends of the range, so its count over W has one slice
// more than W / slice; the tolerance is 1 % (or 1 slice).
void TestSloEngine::timesliceCountsMatchPrometheus_data()
{
    addRows(true, { 1 * kDay, 7 * kDay },
            [](const slo::SloSpec &s) { return s.kind == slo::SloSpec::Kind::Timeslice; });
}

void TestSloEngine::timesliceCountsMatchPrometheus()
{
    QFETCH(QString, id);
    QFETCH(qint64, window);
    const slo::SloSpec *base = spec(id);
    QVERIFY(base);
    const SloEvaluation &ev = coldEvaluation(*base, window, m_end);
    QVERIFY2(ev.ok(), qPrintable(ev.error ? ev.error->toString() : QString()));
    const slo::SloReport &r = ev.report;
    const slo::TimesliceSli &ts = base->timeslice;
    const QString w = QStringLiteral("%1s").arg(r.evaluatedAt - r.windowStart);
    const QString slice = QStringLiteral("%1s").arg(ts.slice.count());
    const QString q = QStringLiteral("(%1)").arg(ts.query.trimmed());
    QString error;
    const double total
        = instant(QStringLiteral("sum(count_over_time((%1 >= -Inf)[%2:%3]))").arg(q, w, slice), r.evaluatedAt, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const double bad = instant(QStringLiteral("sum(sum_over_time((%1 %2 bool %3)[%4:%5]))")
                                   .arg(q, slo::inverseOpSymbol(ts.op), QString::number(ts.threshold), w, slice),
                               r.evaluatedAt, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(near(r.totalEvents, total, 0.01, 1.0),
             qPrintable(QStringLiteral("slices with a value: engine %1, Prometheus %2 (window of %3 slices)")
                            .arg(r.totalEvents)
                            .arg(total)
                            .arg((r.evaluatedAt - r.windowStart) / ts.slice.count())));
    QVERIFY2(near(r.badEvents, bad, 0.01, 1.0),
             qPrintable(QStringLiteral("bad slices: engine %1, Prometheus %2").arg(r.badEvents).arg(bad)));
}

// A second evaluation on the same engine asks Prometheus only for the buckets after the last
// one it has (that one again: it may have been incomplete), and reports exactly what a cold
// evaluation at the second time reports.
void TestSloEngine::refreshFetchesOnlyNewBuckets_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("second");
    QTest::addColumn<qint64>("secondWindow"); // a rolling override for the second evaluation; 0: none
    const qint64 end = testing::historyEnd();
    const QStringList ids = { QStringLiteral("checkout/availability"), QStringLiteral("myapp-api/availability"),
                              QStringLiteral("checkout/latency"), QStringLiteral("auth/availability"),
                              QStringLiteral("search/p99-under-400ms") };
    for (const QString &id : ids) {
        QTest::newRow(qPrintable(id + QStringLiteral(" twice at the end"))) << id << end << end << qint64(0);
        QTest::newRow(qPrintable(id + QStringLiteral(" at end-1h then at the end")))
            << id << end - 3600 << end << qint64(0);
    }
    QTest::newRow("checkout/availability unaligned times 2h apart")
        << QStringLiteral("checkout/availability") << end - 7200 - 137 << end - 61 << qint64(0);
    QTest::newRow("auth/latency across the calendar month boundary (end-10h then end)")
        << QStringLiteral("auth/latency") << end - 10 * 3600 << end << qint64(0);
    QTest::newRow("checkout/availability 30d window then 1d window at the same time")
        << QStringLiteral("checkout/availability") << end << end << kDay;
    // Going back in time: every bucket the second evaluation needs is already cached (1d + the
    // 3d burn windows lie inside the 30d fetched first), so nothing new is needed at all.
    QTest::newRow("checkout/availability 30d at the end, then 1d window back at end-1h")
        << QStringLiteral("checkout/availability") << end << end - 3600 << kDay;
    // The 30d window starts a day before the history does (a service younger than its window):
    // the buckets missing at the start are known to be empty, not to be fetched again. Before the
    // cache remembered the range it asked for, every refresh re-fetched the whole window.
    QTest::newRow("checkout/availability window older than the history, 1h apart")
        << QStringLiteral("checkout/availability") << end - 6 * kDay << end - 6 * kDay + 3600 << qint64(0);
    // Here the earlier 30d window starts an hour before the cached buckets: a refetch is allowed.
    QTest::newRow("checkout/availability at the end then back at end-1h")
        << QStringLiteral("checkout/availability") << end << end - 3600 << qint64(0);
}

void TestSloEngine::refreshFetchesOnlyNewBuckets()
{
    QFETCH(QString, id);
    QFETCH(qint64, first);
    QFETCH(qint64, second);
    QFETCH(qint64, secondWindow);
    const slo::SloSpec *base = spec(id);
    QVERIFY(base);
    const slo::SloSpec secondSpec = withWindow(*base, secondWindow);
    const slo::EventQueries queries = slo::bucketQueries(*base, SloEngine::kStep);

    SloEngine engine(*m_engineClient);
    // The SLO's own queries: the fast path's check would be one more request (tst_slo_fastpath).
    engine.setFastPath(SloEngine::FastPath::Off);
    m_relay.clear();
    const SloEvaluation one = evaluate(engine, *base, first);
    QVERIFY2(one.ok(), qPrintable(one.error ? one.error->toString() : QString()));
    QCOMPARE(engine.queriesSent(), 2);
    QCOMPARE(m_relay.requests().size(), 2);
    // The first point asked for is the bucket that ends at `start`: the cache covers from there.
    const qint64 firstAsked
        = qint64(std::llround(m_relay.requests().front().formValue(QStringLiteral("start")).toDouble()));

    m_relay.clear();
    const SloEvaluation two = evaluate(engine, secondSpec, second);
    QVERIFY2(two.ok(), qPrintable(two.error ? two.error->toString() : QString()));
    const QList<RecordingRelay::Request> requests = m_relay.requests();

    const qint64 newEnd = second - second % kStep;
    const slo::EvaluationWindow needed = slo::evaluationWindow(secondSpec, newEnd);
    const qint64 neededFrom = std::min(needed.range.start, newEnd - SloEngine::kLongestBurnWindow.count());
    const qint64 cachedFrom = firstAsked - kStep;
    const qint64 cachedTo = one.series.lastEnd();
    if (neededFrom >= cachedFrom) {
        // Everything older than the last cached bucket is in the cache: at most one range query
        // each for bad and total, starting no earlier than the bucket that ends at `cachedTo`
        // (the last cached bucket again) and holding only new buckets.
        QVERIFY2(requests.size() <= 2, qPrintable(QString::number(requests.size())));
        const qint64 allowedPoints = std::max<qint64>(1, (newEnd - cachedTo) / kStep + 1);
        for (const RecordingRelay::Request &req : requests) {
            QCOMPARE(req.path, QByteArray("/api/v1/query_range"));
            const QString query = req.formValue(QStringLiteral("query"));
            QVERIFY2(query == queries.bad || query == queries.total, qPrintable(query));
            const qint64 start = qint64(std::llround(req.formValue(QStringLiteral("start")).toDouble()));
            const qint64 stop = qint64(std::llround(req.formValue(QStringLiteral("end")).toDouble()));
            QCOMPARE(req.formValue(QStringLiteral("step")).toLongLong(), kStep);
            QVERIFY2(start >= cachedTo && (stop - start) / kStep + 1 <= allowedPoints,
                     qPrintable(QStringLiteral("refresh asked for [%1, %2] (%3 points); buckets up to %4 were cached, "
                                               "%5 point(s) at most were needed")
                                    .arg(utc(start).toString(Qt::ISODate), utc(stop).toString(Qt::ISODate))
                                    .arg((stop - start) / kStep + 1)
                                    .arg(utc(cachedTo).toString(Qt::ISODate))
                                    .arg(allowedPoints)));
        }
        if (newEnd > cachedTo)
            QCOMPARE(requests.size(), 2); // there are new buckets: both series are asked for them
    }

    SloEngine cold(*m_engineClient);
    const SloEvaluation reference = evaluate(cold, secondSpec, second);
    QVERIFY2(reference.ok(), qPrintable(reference.error ? reference.error->toString() : QString()));
    QVERIFY(two.report.sli.has_value());
    const QString diff = reportDifference(two.report, reference.report);
    QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("refreshed vs cold: ") + diff));
}

// auth/* use calendar months in Asia/Tokyo. The history ends at 2026-11-01T00:00Z, which is
// 09:00 on November 1 in Tokyo: the month so far is the 9 hours since 2026-10-31T15:00Z.
void TestSloEngine::calendarMonthStartsAtLocalMidnight_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("auth/availability at 2026-11-01 09:00 JST") << QStringLiteral("auth/availability");
    QTest::newRow("auth/latency at 2026-11-01 09:00 JST") << QStringLiteral("auth/latency");
}

void TestSloEngine::calendarMonthStartsAtLocalMidnight()
{
    QFETCH(QString, id);
    const slo::SloSpec *s = spec(id);
    QVERIFY(s);
    QVERIFY(s->calendar.has_value());
    QCOMPARE(m_end, QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
    const SloEvaluation &ev = coldEvaluation(*s, 0, m_end);
    QVERIFY2(ev.ok(), qPrintable(ev.error ? ev.error->toString() : QString()));
    const qint64 monthStart = QDateTime(QDate(2026, 10, 31), QTime(15, 0), QTimeZone::utc()).toSecsSinceEpoch();
    QCOMPARE(QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone("Asia/Tokyo")).toSecsSinceEpoch(), monthStart);
    QCOMPARE(ev.report.windowStart, monthStart);
    QCOMPARE(ev.report.evaluatedAt, m_end);
    // The budget is November's (30 days in Tokyo, no DST), not the 9 hours so far.
    QCOMPARE(ev.report.windowLength, std::chrono::seconds(30 * kDay));

    // Only those 9 hours are counted: the generator's events since local midnight.
    const bool latency = s->kind == slo::SloSpec::Kind::Latency;
    const QJsonObject truth = testing::groundTruth(s->service, monthStart, m_end,
                                                   latency ? QString::number(s->latency.threshold) : QString());
    const double total = truth.value(QStringLiteral("total")).toDouble();
    QVERIFY(total > 0);
    QVERIFY2(near(ev.report.totalEvents, total, 0.01, 0.5),
             qPrintable(QStringLiteral("engine %1, generator %2").arg(ev.report.totalEvents).arg(total)));
    // The page-fast factor is 2 % of a 30-day month's budget in 1 h.
    for (const slo::AlertState &a : ev.report.alerts)
        if (a.tier == u"page-fast")
            QVERIFY(qFuzzyCompare(a.factor, 0.02 * 30 * 24));
}

// Time to exhaustion = remaining budget * window length / the 1h burn rate; none when the 1h
// burn rate is zero. Both the remaining budget and the burn rate come from Prometheus here.
void TestSloEngine::timeToExhaustion_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("burning"); // Prometheus: errors in the last hour
    int quiet = 0;
    for (const slo::SloSpec &s : m_specs) {
        QString error;
        const double hourRatio = instant(slo::errorRatioQuery(s, 1h), m_end, &error);
        const bool burning = !(std::abs(hourRatio) < kZeroRatio);
        quiet += burning ? 0 : 1;
        QTest::newRow(qPrintable(burning ? QStringLiteral("%1 burning over 1h: time to exhaustion").arg(s.id())
                                         : QStringLiteral("%1 not burning over 1h: no time to exhaustion").arg(s.id())))
            << s.id() << burning;
    }
    if (quiet == 0)
        qWarning("no demo SLO is free of errors over the last hour: the null case is not exercised");
}

void TestSloEngine::timeToExhaustion()
{
    QFETCH(QString, id);
    QFETCH(bool, burning);
    const slo::SloSpec *s = spec(id);
    QVERIFY(s);
    const SloEvaluation &ev = coldEvaluation(*s, 0, m_end);
    QVERIFY2(ev.ok(), qPrintable(ev.error ? ev.error->toString() : QString()));
    const slo::SloReport &r = ev.report;
    QCOMPARE(r.evaluatedAt, m_end);
    QString error;
    const double hourRatio = instant(slo::errorRatioQuery(*s, 1h), r.evaluatedAt, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const double windowRatio = instant(slo::errorRatioQuery(*s, evaluatedWindow(r)), r.evaluatedAt, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const double budget = 1 - s->objective;
    const double burn = hourRatio / budget;
    const double remaining = 1 - windowRatio / budget;

    QCOMPARE(!(std::abs(hourRatio) < kZeroRatio), burning);
    if (!burning) {
        QVERIFY2(
            !r.timeToExhaustionSeconds.has_value(),
            qPrintable(
                QStringLiteral("not burning over 1h, but time to exhaustion is %1 s").arg(*r.timeToExhaustionSeconds)));
        return;
    }
    QVERIFY2(r.timeToExhaustionSeconds.has_value(),
             qPrintable(QStringLiteral("burning at %1 but no time to exhaustion").arg(burn)));
    const double expected = remaining <= 0 ? 0.0 : remaining * double(r.windowLength.count()) / burn;
    QVERIFY2(near(*r.timeToExhaustionSeconds, expected, 0.01, 1.0),
             qPrintable(QStringLiteral("engine %1 s, from Prometheus %2 s (burn %3, remaining %4)")
                            .arg(*r.timeToExhaustionSeconds)
                            .arg(expected)
                            .arg(burn)
                            .arg(remaining)));
}

// INC-2025-001 (myapp-api, 30 % 503s for 43 minutes): 40 minutes in, the 1h burn rate is far
// above 14.4 and the page-fast tier (1h and 5m at 14.4) fires.
void TestSloEngine::incidentBurnRatePages()
{
    const QJsonArray incidents = testing::placedIncidents();
    QVERIFY2(!incidents.isEmpty(), "sre-demo-history incidents failed");
    qint64 start = 0;
    for (const QJsonValue &v : incidents) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("services")).toArray().contains(QStringLiteral("myapp-api")))
            start = qint64(o.value(QStringLiteral("start")).toDouble());
    }
    QVERIFY2(start > 0, "no myapp-api incident in the generated history");

    const slo::SloSpec *s = spec(QStringLiteral("myapp-api/availability"));
    QVERIFY(s);
    QCOMPARE(s->window, std::chrono::seconds(30 * kDay));
    const qint64 at = start + 40 * 60;
    SloEngine engine(*m_engineClient);
    const SloEvaluation ev = evaluate(engine, *s, at);
    QVERIFY2(ev.ok(), qPrintable(ev.error ? ev.error->toString() : QString()));
    const slo::SloReport &r = ev.report;
    QVERIFY(r.evaluatedAt <= at && r.evaluatedAt > at - kStep);

    QString error;
    const double budget = 1 - s->objective;
    const double promHour = instant(slo::errorRatioQuery(*s, 1h), r.evaluatedAt, &error) / budget;
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const double promShort = instant(slo::errorRatioQuery(*s, 5min), r.evaluatedAt, &error) / budget;
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(promHour > 14.4, qPrintable(QString::number(promHour)));
    QVERIFY2(promShort > 14.4, qPrintable(QString::number(promShort)));

    const auto hour = r.burnRate(u"1h");
    QVERIFY(hour.has_value());
    QVERIFY2(near(*hour, promHour, 0.005, kRatioFloor / budget),
             qPrintable(QStringLiteral("engine 1h burn %1, Prometheus %2").arg(*hour).arg(promHour)));
    QVERIFY2(*hour > 14.4, qPrintable(QString::number(*hour)));

    const auto fast = std::find_if(r.alerts.begin(), r.alerts.end(),
                                   [](const slo::AlertState &a) { return a.tier == u"page-fast"; });
    QVERIFY2(fast != r.alerts.end(), "no page-fast tier");
    QCOMPARE(fast->severity, QStringLiteral("page"));
    QCOMPARE(fast->longWindow, std::chrono::seconds(3600));
    QCOMPARE(fast->shortWindow, std::chrono::seconds(300));
    QVERIFY(qFuzzyCompare(fast->factor, 0.02 * 30 * 24)); // 2 % of a 30-day budget in 1 h = 14.4
    QVERIFY(fast->firing);
    QCOMPARE(r.status, slo::SloStatus::Critical);

    // An hour before the incident the same tier is quiet (a fresh engine: this is earlier).
    SloEngine earlier(*m_engineClient);
    const SloEvaluation before = evaluate(earlier, *s, start - 3600);
    QVERIFY(before.ok());
    const double promBefore = instant(slo::errorRatioQuery(*s, 1h), before.report.evaluatedAt, &error) / budget;
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(promBefore < 14.4);
    for (const slo::AlertState &a : before.report.alerts)
        if (a.tier == u"page-fast")
            QVERIFY(!a.firing);
}

QTEST_GUILESS_MAIN(TestSloEngine)
#include "tst_slo_engine.moc"
