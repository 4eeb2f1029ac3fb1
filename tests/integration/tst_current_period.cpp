// The period in progress: `srectl slo report --period`, `srectl slo gate --period`, `srectl report
// budget --period` and the SLO page (SloRefresher feeding the overview model that the detail shows)
// against the generator's exact counts, on a fixture whose history ends inside a month, a quarter
// and an ISO week (prometheus_current: 2026-12-02 06:35 UTC, ten days long).
//
// The bug this guards against: `slo report --period 2026-12` on 2026-12-06 evaluated the 31-day
// rolling window ending now, not 2026-12-01..now, so the deploy gate disagreed with the review
// handout for the current month.
#include "../common/processrun.h"
#include "demoworkspace.h"
#include "fixtureenv.h"
#include "prometheusclient.h"
#include "slohistory.h"
#include "slooverviewmodel.h"
#include "slorefresher.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <cmath>

using namespace sre;

namespace {

using Run = testing::ProcessRun;
constexpr auto srectl
    = [](const QString &workspace, const QStringList &args) { return testing::runSrectl(workspace, args); };

constexpr qint64 kStep = 300;
const QString kZone = QStringLiteral("Asia/Tokyo"); // the demo workspace's

// One SLO of each kind whose events the generator counts exactly: a rolling window, a latency
// histogram, a calendar month.
constexpr const char *kCheckoutSlos = R"(apiVersion: sre-console/v1
service: checkout
slos:
  - name: availability
    objective: 99.9
    window: 30d
    sli:
      events:
        error_query: sum(rate(http_requests_total{service="checkout",code=~"5.."}[{{window}}]))
        total_query: sum(rate(http_requests_total{service="checkout"}[{{window}}]))
  - name: latency
    objective: 99
    window: 30d
    sli:
      latency:
        histogram: http_request_duration_seconds{service="checkout"}
        threshold: 0.3
)";
constexpr const char *kAuthSlos = R"(apiVersion: sre-console/v1
service: auth
slos:
  - name: availability
    objective: 99.95
    calendar: { period: month, timezone: Asia/Tokyo }
    sli:
      events:
        error_query: sum(rate(http_requests_total{service="auth",code=~"5.."}[{{window}}]))
        total_query: sum(rate(http_requests_total{service="auth"}[{{window}}]))
)";

qint64 seconds(const QJsonValue &iso)
{
    return QDateTime::fromString(iso.toString(), Qt::ISODate).toSecsSinceEpoch();
}

QString iso(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate); // "…Z"
}

// The numbers every source must give alike, from one SLO's JSON object.
struct Numbers
{
    qint64 windowStart = 0;
    qint64 evaluatedAt = 0;
    std::optional<qint64> dataFrom;
    double total = 0;
    double bad = 0;
    std::optional<double> sli;
    std::optional<double> remaining;

    static Numbers fromJson(const QJsonObject &o)
    {
        Numbers n;
        n.windowStart = seconds(o.value(QStringLiteral("window_start")));
        n.evaluatedAt = seconds(o.value(QStringLiteral("evaluated_at")));
        if (!o.value(QStringLiteral("data_from")).isNull())
            n.dataFrom = seconds(o.value(QStringLiteral("data_from")));
        n.total = o.value(QStringLiteral("total_events")).toDouble();
        n.bad = o.value(QStringLiteral("bad_events")).toDouble();
        if (!o.value(QStringLiteral("sli")).isNull())
            n.sli = o.value(QStringLiteral("sli")).toDouble();
        if (!o.value(QStringLiteral("error_budget_remaining")).isNull())
            n.remaining = o.value(QStringLiteral("error_budget_remaining")).toDouble();
        return n;
    }
    static Numbers fromReport(const slo::SloReport &r)
    {
        return { r.windowStart, r.evaluatedAt, r.dataFrom, r.totalEvents, r.badEvents, r.sli, r.errorBudgetRemaining };
    }
    QString text() const
    {
        return QStringLiteral("[%1, %2] data from %3: %4 bad of %5, sli %6, remaining %7")
            .arg(iso(windowStart), iso(evaluatedAt), dataFrom ? iso(*dataFrom) : QStringLiteral("-"))
            .arg(bad, 0, 'f', 3)
            .arg(total, 0, 'f', 3)
            .arg(sli.value_or(NAN), 0, 'g', 17)
            .arg(remaining.value_or(NAN), 0, 'g', 17);
    }
    friend bool operator==(const Numbers &, const Numbers &) = default;
};

QMap<QString, QJsonObject> byId(const QJsonArray &array)
{
    QMap<QString, QJsonObject> out;
    for (const QJsonValue &v : array)
        out.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    return out;
}

} // namespace

class TestCurrentPeriod : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everySourceAgreesWithTheGenerator_data();
    void everySourceAgreesWithTheGenerator();
    void rollingChartsShowTheRollingValue();

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    qint64 m_end = 0;
    std::unique_ptr<ws::Workspace> m_workspace;
    std::unique_ptr<SloOverviewModel> m_model;
    std::unique_ptr<SloRefresher> m_refresher;
};

void TestCurrentPeriod::initTestCase()
{
    const QString url = testing::fixtureUrl("SRE_TEST_PROMETHEUS_URL_FILE");
    QVERIFY2(!url.isEmpty(), "the prometheus_current fixture did not write its URL");
    m_end = testing::historyEnd();
    // The fixture's history ends inside December, 2026-Q4 and 2026-W49 (Tokyo), and began after the
    // quarter and November did.
    QCOMPARE(iso(m_end), QStringLiteral("2026-12-02T06:35:00Z"));
    QVERIFY(testing::historyStart()
            > QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone(kZone.toUtf8())).toSecsSinceEpoch());

    QVERIFY(m_tmp.isValid());
    m_dir = m_tmp.filePath(QStringLiteral("ws"));
    QVERIFY(testing::makeDemoWorkspace(m_dir, url, false, QStringLiteral("120s")));
    QDir slos(m_dir + QStringLiteral("/slos"));
    for (const QString &f : slos.entryList(QDir::Files))
        QVERIFY(slos.remove(f));
    for (const auto &[name, text] : { std::pair("checkout.yaml", kCheckoutSlos), std::pair("auth.yaml", kAuthSlos) }) {
        QFile f(slos.filePath(QString::fromUtf8(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

    m_workspace = std::make_unique<ws::Workspace>();
    m_workspace->openBlocking(m_dir);
    for (const Problem &p : m_workspace->problems(ws::Part::Slos))
        QVERIFY2(!p.isError(), qPrintable(p.toString()));
    QCOMPARE(m_workspace->config().timezone, kZone);
    QCOMPARE(m_workspace->slos().size(), 3);
    m_model = std::make_unique<SloOverviewModel>(*m_workspace);
    m_refresher = std::make_unique<SloRefresher>(*m_workspace, *m_model);
    m_refresher->setInterval(std::chrono::seconds(0));
}

void TestCurrentPeriod::cleanupTestCase()
{
    m_refresher.reset();
    m_model.reset();
    m_workspace.reset();
}

void TestCurrentPeriod::everySourceAgreesWithTheGenerator_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<bool>("atHistoryEnd"); // --at <end>, or the real clock
    QTest::addColumn<bool>("running"); // in progress at the history's end
    QTest::addColumn<bool>("beganBeforeHistory");

    QTest::newRow("current month 2026-12, --at the history end") << "2026-12" << true << true << false;
    QTest::newRow("current quarter 2026-Q4 (began before the history), --at") << "2026-Q4" << true << true << true;
    QTest::newRow("current ISO week 2026-W49, --at") << "2026-W49" << true << true << false;
    QTest::newRow("current month 2026-12, no --at") << "2026-12" << false << true << false;
    QTest::newRow("current quarter 2026-Q4, no --at") << "2026-Q4" << false << true << true;
    QTest::newRow("current ISO week 2026-W49, no --at") << "2026-W49" << false << true << false;
    QTest::newRow("completed month 2026-11 (began before the history), --at") << "2026-11" << true << false << true;
    QTest::newRow("completed ISO week 2026-W48, --at") << "2026-W48" << true << false << false;
}

void TestCurrentPeriod::everySourceAgreesWithTheGenerator()
{
    QFETCH(QString, period);
    QFETCH(bool, atHistoryEnd);
    QFETCH(bool, running);
    QFETCH(bool, beganBeforeHistory);

    const auto named = slo::namedPeriod(period, kZone);
    QVERIFY(named);
    QCOMPARE(named->range.start < testing::historyStart(), beganBeforeHistory);
    QCOMPARE(named->range.end > m_end, running);
    QStringList atArgs;
    if (atHistoryEnd)
        atArgs << QStringLiteral("--at") << QString::number(m_end);
    const qint64 before = QDateTime::currentSecsSinceEpoch();

    // srectl slo report
    const Run report = srectl(m_dir,
                              QStringList { QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("slo"),
                                            QStringLiteral("report"), QStringLiteral("--period"), period }
                                  + atArgs);
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    const QMap<QString, QJsonObject> sloReport = byId(QJsonDocument::fromJson(report.out).array());
    QCOMPARE(sloReport.size(), 3);

    // srectl report budget
    const Run budget
        = srectl(m_dir,
                 QStringList { QStringLiteral("report"), QStringLiteral("budget"), QStringLiteral("--period"), period,
                               QStringLiteral("--format"), QStringLiteral("json") }
                     + atArgs);
    QVERIFY2(budget.exitCode == 0, qPrintable(budget.err));
    const QJsonObject budgetJson = QJsonDocument::fromJson(budget.out).object();
    const QJsonObject budgetPeriod = budgetJson.value(QStringLiteral("period")).toObject();
    QCOMPARE(seconds(budgetPeriod.value(QStringLiteral("start"))), named->range.start);
    const QMap<QString, QJsonObject> budgetReport = byId(budgetJson.value(QStringLiteral("slos")).toArray());
    QCOMPARE(budgetReport.size(), 3);

    // srectl slo gate: passes whatever is left, and says how much that is.
    const Run gate = srectl(m_dir,
                            QStringList { QStringLiteral("slo"), QStringLiteral("gate"), QStringLiteral("--period"),
                                          period, QStringLiteral("--min-remaining"), QStringLiteral("-1000") }
                                + atArgs);
    QVERIFY2(gate.exitCode == 0, qPrintable(gate.err));

    // The SLO page: the period picked in the time bar, live or as of the history's end.
    SloTimeSelection selection;
    selection.period = named;
    if (atHistoryEnd)
        selection.asOf = m_end;
    QSignalSpy finished(m_refresher.get(), &SloRefresher::finished);
    m_refresher->setSelection(selection);
    QVERIFY(finished.wait(120000));
    QVERIFY2(m_refresher->lastError().isEmpty(), qPrintable(m_refresher->lastError()));
    const qint64 after = QDateTime::currentSecsSinceEpoch();

    // The instant evaluated: the history's end (a bucket boundary), or now, and never past the
    // period's end.
    qint64 expectedAt = atHistoryEnd ? m_end : -1;
    if (!running)
        expectedAt = named->range.end;
    const QString budgetEnd = budgetPeriod.value(QStringLiteral("end")).toString();
    if (expectedAt > 0)
        QCOMPARE(seconds(budgetEnd), expectedAt);
    QCOMPARE(budgetPeriod.value(QStringLiteral("complete")).toBool(), seconds(budgetEnd) >= named->range.end);

    for (const slo::SloSpec &spec : m_workspace->slos().items()) {
        const QString id = spec.id();
        const SloEvaluation *gui = m_model->evaluation(id);
        QVERIFY2(gui && gui->ok() && !gui->report.id.isEmpty(), qPrintable(id));
        const Numbers cli = Numbers::fromJson(sloReport.value(id));
        Numbers review = Numbers::fromJson(budgetReport.value(id));
        Numbers page = Numbers::fromReport(gui->report);
        if (expectedAt < 0) {
            // On the real clock the runs may fall either side of a bucket boundary; there are no
            // events after the history's end, so every other number is still the same.
            for (const Numbers *n : { &review, &page })
                QVERIFY2(std::abs(n->evaluatedAt - cli.evaluatedAt) <= kStep, qPrintable(n->text()));
            review.evaluatedAt = page.evaluatedAt = cli.evaluatedAt;
        }
        QVERIFY2(cli == review,
                 qPrintable(id + QStringLiteral("\nslo report:    ") + cli.text() + QStringLiteral("\nreport budget: ")
                            + review.text()));
        QVERIFY2(cli == page,
                 qPrintable(id + QStringLiteral("\nslo report: ") + cli.text() + QStringLiteral("\nSLO page:   ")
                            + page.text()));
        // The budget is the whole period's.
        QCOMPARE(gui->report.windowLength.count(), named->range.seconds());

        // The window is the period: from its start to the instant evaluated.
        QCOMPARE(iso(cli.windowStart), iso(named->range.start));
        if (expectedAt > 0) {
            QCOMPARE(iso(cli.evaluatedAt), iso(expectedAt));
        } else {
            const qint64 lo = std::min(before, named->range.end) / kStep * kStep;
            const qint64 hi = std::min(after, named->range.end);
            QVERIFY2(cli.evaluatedAt >= lo && cli.evaluatedAt <= hi, qPrintable(iso(cli.evaluatedAt)));
        }

        // "Data only from …" exactly when the period began before the history.
        QCOMPARE(cli.dataFrom.has_value(), beganBeforeHistory);
        if (cli.dataFrom)
            QVERIFY2(std::abs(*cli.dataFrom - testing::historyStart()) <= kStep, qPrintable(iso(*cli.dataFrom)));

        // The generator's exact events of the window.
        const bool latency = spec.name == u"latency";
        const QJsonObject truth = testing::groundTruth(spec.service, cli.windowStart, cli.evaluatedAt,
                                                       latency ? QStringLiteral("0.3") : QString());
        QVERIFY2(!truth.isEmpty(), "sre-demo-history counts failed");
        const double total = truth.value(QStringLiteral("total")).toDouble();
        const double bad = latency ? total - truth.value(QStringLiteral("within_le")).toDouble()
                                   : truth.value(QStringLiteral("bad")).toDouble();
        QVERIFY(total > 1e5);
        // 0.5 %: each 5-minute increase() extrapolates its four minutes of samples to five.
        QVERIFY2(std::abs(cli.total - total) <= 0.005 * total,
                 qPrintable(QStringLiteral("%1 total: engine %2, generator %3").arg(id).arg(cli.total).arg(total)));
        QVERIFY2(std::abs(cli.bad - bad) <= std::max(0.01 * bad, 5.0),
                 qPrintable(QStringLiteral("%1 bad: engine %2, generator %3").arg(id).arg(cli.bad).arg(bad)));

        // The gate judged the same budget.
        const QRegularExpression pass(
            QStringLiteral("PASS %1 \\(budget left (-?[0-9.]+) %\\)").arg(QRegularExpression::escape(id)));
        const auto m = pass.match(QString::fromUtf8(gate.out));
        QVERIFY2(m.hasMatch(), qPrintable(QString::fromUtf8(gate.out)));
        QVERIFY(cli.remaining);
        QVERIFY2(std::abs(m.captured(1).toDouble() - *cli.remaining * 100) <= 0.005 + 1e-9, qPrintable(m.captured(0)));
    }
}

// The detail charts of a rolling window: at each point the SLI and budget over the window that
// precedes it (not counted from the window start), from one fetch that includes the extra window.
void TestCurrentPeriod::rollingChartsShowTheRollingValue()
{
    slo::SloSpec spec = *m_workspace->findSlo(QStringLiteral("checkout/availability"));
    spec.window = std::chrono::seconds(2 * 86400); // two days: the chart spans 2d, its points look back 2d more
    DatasourceConfig ds;
    ds.name = QStringLiteral("fixture");
    ds.url = QUrl(testing::fixtureUrl("SRE_TEST_PROMETHEUS_URL_FILE"));
    ds.timeout = std::chrono::seconds(60);
    prom::PrometheusClient client(ds);
    SloEngine engine(client);
    engine.setRollingHistory(true); // as the SLO page does
    QCOMPARE(engine.fetchStart(spec, m_end), m_end - 4 * 86400);
    auto future = engine.evaluate(spec, m_end);
    future.waitForFinished();
    const SloEvaluation ev = future.result();
    QVERIFY2(ev.ok(), qPrintable(ev.error ? ev.error->toString() : QString()));
    QCOMPARE(engine.queriesSent(), 2); // the extra window came with the same two queries
    QCOMPARE(ev.series.firstStart(), m_end - 4 * 86400);

    const SloHistory h = computeHistory(ev);
    QVERIFY(h.rolling);
    QCOMPARE(h.from, m_end - 2 * 86400);
    QCOMPARE(h.to, m_end);
    QCOMPARE(qint64(h.budgetRemaining.t.back()), m_end);
    QCOMPARE(h.budgetRemaining.v.back(), *ev.report.errorBudgetRemaining); // the last point is the report

    // Several points, each against the generator's exact events of the two days before it.
    int checked = 0;
    for (const qint64 back :
         { qint64(0), qint64(6 * 3600), qint64(86400), qint64(36 * 3600), qint64(2 * 86400 - 300) }) {
        const qint64 t = m_end - back;
        const auto it = std::find(h.budgetRemaining.t.cbegin(), h.budgetRemaining.t.cend(), double(t));
        QVERIFY2(it != h.budgetRemaining.t.cend(), qPrintable(iso(t)));
        const std::size_t i = std::size_t(it - h.budgetRemaining.t.cbegin());
        const QJsonObject truth = testing::groundTruth(spec.service, t - 2 * 86400, t);
        const double total = truth.value(QStringLiteral("total")).toDouble();
        const double bad = truth.value(QStringLiteral("bad")).toDouble();
        QVERIFY(total > 1e5);
        const double sli = 1 - bad / total;
        const double remaining = 1 - (bad / total) / (1 - spec.objective);
        QVERIFY2(std::abs(h.sliWindow.v[i] - sli) <= 2e-5,
                 qPrintable(QStringLiteral("%1: SLI %2, generator %3")
                                .arg(iso(t))
                                .arg(h.sliWindow.v[i], 0, 'g', 10)
                                .arg(sli, 0, 'g', 10)));
        QVERIFY2(
            std::abs(h.budgetRemaining.v[i] - remaining) <= 0.02,
            qPrintable(
                QStringLiteral("%1: budget %2, generator %3").arg(iso(t)).arg(h.budgetRemaining.v[i]).arg(remaining)));
        // Not what counting from the window start gives (which, near the start, has hardly any events).
        if (back == 2 * 86400 - 300) {
            const QJsonObject sinceStart = testing::groundTruth(spec.service, m_end - 2 * 86400, t);
            QVERIFY(sinceStart.value(QStringLiteral("total")).toDouble() < 0.01 * total);
        }
        ++checked;
    }
    QCOMPARE(checked, 5);

    // A refresh continues from the cached buckets (it asks only for the newest one again).
    auto again = engine.evaluate(spec, m_end);
    again.waitForFinished();
    QCOMPARE(engine.queriesSent(), 4);
    QCOMPARE(again.result().series.firstStart(), ev.series.firstStart());
    QCOMPARE(again.result().report.badEvents, ev.report.badEvents);
}

QTEST_GUILESS_MAIN(TestCurrentPeriod)
#include "tst_current_period.moc"
