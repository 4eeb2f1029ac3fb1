// The SLO overview grouped by service (SloServiceTreeModel over SloOverviewModel) and the proxy the
// page sorts and filters it with; the detail's history series and the reducer behind the charts.
#include "seriesreducer.h"
#include "slohistory.h"
#include "slooverviewmodel.h"
#include "slorefresher.h"
#include "sloservicetreemodel.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <cmath>

using namespace sre;

namespace {
constexpr qint64 kAt = 1793491200; // 2026-11-01T00:00:00Z

// An evaluation as the engine would deliver it: bad and total spread evenly over 31 days.
SloEvaluation evaluation(const slo::SloSpec &spec, double bad, double total, bool failed = false)
{
    SloEvaluation e;
    e.spec = spec;
    std::vector<slo::EventBucket> buckets;
    const qint64 step = 300;
    const qint64 n = 31 * 24 * 12;
    for (qint64 i = 0; i < n; ++i)
        buckets.push_back({ kAt - (n - i) * step, bad / double(n), total / double(n) });
    e.series = slo::EventSeries(std::chrono::seconds(step), buckets);
    e.report = slo::computeReport(spec, e.series, kAt);
    if (failed)
        e.error = prom::Error { prom::Error::Kind::ConnectionRefused };
    return e;
}

void configure(QSortFilterProxyModel &proxy, QAbstractItemModel *source)
{
    proxy.setSourceModel(source);
    proxy.setSortRole(SortRole);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setAutoAcceptChildRows(true);
}
} // namespace

class TestSloOverview : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void treeAndProxyPassTheTester();
    void groupsEverySloUnderItsService();
    void serviceRowShowsItsWorstSlo();
    void groupsSitBeneathTheirSloWorstFirst();
    void proxySortsLeastBudgetFirstAndFilters_data();
    void proxySortsLeastBudgetFirstAndFilters();
    void historyEndsAtTheReportedNumbers();
    void calendarHistoryHasAnIdealBurndown();
    void selectionAppliesWindowsLikeSrectl();
    void reducerKeepsExtremesAtPixelWidth();
    void reducerDeliversOnlyTheLatestOfManyRequests();
    void rulesDriftMarksOnlyTheDriftedSlo();
    void rulesAuditMarksOnlyThatSlo();
    void refreshOutcomeCountsOnlyWhatWasFetched();

private:
    ws::Workspace m_workspace;
};

void TestSloOverview::initTestCase()
{
    m_workspace.openBlocking(QStringLiteral(SRE_SOURCE_DIR "/resources/demo"));
    QVERIFY(m_workspace.slos().size() >= 13);
}

void TestSloOverview::treeAndProxyPassTheTester()
{
    SloOverviewModel flat(m_workspace);
    SloServiceTreeModel tree(flat);
    QAbstractItemModelTester treeTester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    configure(proxy, &tree);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QList<SloEvaluation> evaluations;
    double bad = 100;
    for (const slo::SloSpec &s : m_workspace.slos().items())
        evaluations << evaluation(s, bad += 150, 2000000);
    flat.setEvaluations(evaluations);
    for (int c = 0; c < tree.columnCount(); ++c) {
        proxy.sort(c, Qt::AscendingOrder);
        proxy.sort(c, Qt::DescendingOrder);
    }
    for (const char *filter : { "checkout", "latency", "critical", "no such slo", "" })
        proxy.setFilterFixedString(QString::fromLatin1(filter));
    flat.setEvaluations({ evaluation(m_workspace.slos().items().front(), 0, 0, true) });
    flat.clearEvaluations();
    m_workspace.openBlocking(QStringLiteral(SRE_SOURCE_DIR "/resources/demo")); // a reload resets
    QCOMPARE(tree.rowCount() > 0, true);
}

void TestSloOverview::groupsEverySloUnderItsService()
{
    SloOverviewModel flat(m_workspace);
    SloServiceTreeModel tree(flat);
    QSet<QString> services;
    for (const slo::SloSpec &s : m_workspace.slos().items())
        services.insert(s.service);
    QCOMPARE(tree.rowCount(), int(services.size()));
    int slos = 0;
    for (int r = 0; r < tree.rowCount(); ++r) {
        const QModelIndex service = tree.index(r, 0);
        QVERIFY(tree.isService(service));
        for (int c = 0; c < tree.rowCount(service); ++c) {
            const QModelIndex slo = tree.index(c, 0, service);
            const slo::SloSpec *spec = m_workspace.findSlo(slo.data(IdRole).toString());
            QVERIFY(spec);
            QCOMPARE(spec->service, service.data(ServiceRole).toString());
            QCOMPARE(slo.data().toString(), spec->name);
            QCOMPARE(tree.indexOfSlo(spec->id()), slo);
            ++slos;
        }
    }
    QCOMPARE(slos, int(m_workspace.slos().size()));
}

// A per-group SLO: its groups beneath it, the worst first, and how many are out of budget.
void TestSloOverview::groupsSitBeneathTheirSloWorstFirst()
{
    SloOverviewModel flat(m_workspace);
    SloServiceTreeModel tree(flat);
    QAbstractItemModelTester treeTester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    configure(proxy, &tree);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(SloServiceTreeModel::BudgetRemaining, Qt::AscendingOrder); // as the SLO page does

    slo::SloSpec spec = m_workspace.slos().items().front();
    spec.groupBy = { QStringLiteral("handler") };
    spec.objective = 0.999;
    spec.calendar.reset();
    SloEvaluation ev = evaluation(spec, 1000, 2000000);
    // Budget of a 99.9 % SLO: 2000 bad of 2,000,000 allowed. /pay has spent 150 %.
    const QList<std::pair<QString, double>> handlers
        = { { QStringLiteral("/cart"), 200 }, { QStringLiteral("/pay"), 3000 }, { QStringLiteral("/confirm"), 1000 } };
    for (const auto &[handler, bad] : handlers) {
        const SloEvaluation g = evaluation(spec, bad, 2000000);
        ev.groups.push_back({ { { QStringLiteral("handler"), handler } }, g.report, g.series });
        ev.groups.back().report.group = ev.groups.back().labels;
    }
    QCOMPARE(ev.groupsOutOfBudget(), 1);
    flat.setEvaluations({ ev });

    const QModelIndex slo = tree.indexOfSlo(spec.id());
    QVERIFY(slo.isValid());
    QCOMPARE(tree.rowCount(slo), 3);
    QVERIFY(tree.isGroup(tree.index(0, 0, slo)));
    QVERIFY2(slo.data().toString() == spec.name + QStringLiteral(" (1 of 3 out of budget)"),
             qPrintable(slo.data().toString()));
    // The SLO's own numbers are within budget, but one group is not: the SLO row and its service
    // say so.
    QCOMPARE(ev.report.status, slo::SloStatus::Ok);
    QCOMPARE(slo.data(StatusRole).toString(), QStringLiteral("critical"));
    QCOMPARE(slo.parent().data(StatusRole).toString(), QStringLiteral("critical"));
    const QModelIndex shown = proxy.mapFromSource(slo);
    QCOMPARE(proxy.rowCount(shown), 3);
    QStringList order;
    for (int r = 0; r < 3; ++r)
        order << proxy.index(r, SloServiceTreeModel::Name, shown).data().toString();
    QCOMPARE(order,
             QStringList({ QStringLiteral("handler=/pay"), QStringLiteral("handler=/confirm"),
                           QStringLiteral("handler=/cart") }));
    const QModelIndex pay = proxy.index(0, 0, shown);
    QCOMPARE(pay.data(StatusRole).toString(), QStringLiteral("critical"));
    QCOMPARE(pay.data(IdRole).toString(), spec.id()); // opens the SLO's detail
    QCOMPARE(proxy.index(0, SloServiceTreeModel::BudgetRemaining, shown).data().toString(), QStringLiteral("-50.0 %"));

    flat.clearEvaluations(); // the groups go with the numbers
    QCOMPARE(tree.rowCount(tree.indexOfSlo(spec.id())), 0);
}

void TestSloOverview::serviceRowShowsItsWorstSlo()
{
    SloOverviewModel flat(m_workspace);
    SloServiceTreeModel tree(flat);
    const slo::SloSpec *availability = m_workspace.findSlo(QStringLiteral("checkout/availability"));
    QVERIFY(availability);
    QList<SloEvaluation> evaluations { evaluation(*availability, 3000, 2000000) }; // 150 % of the budget used
    for (const slo::SloSpec &s : m_workspace.slos().items())
        if (s.service == u"checkout" && s.id() != availability->id())
            evaluations << evaluation(s, 0, 2000000);
    flat.setEvaluations(evaluations);
    const QModelIndex slo = tree.indexOfSlo(availability->id());
    const QModelIndex service = slo.parent();
    QCOMPARE(service.data(ServiceRole).toString(), QStringLiteral("checkout"));
    QCOMPARE(service.data(StatusRole).toString(), QStringLiteral("critical"));
    const double expected = 1.0 - (3000.0 / 2000000.0) / (1.0 - availability->objective);
    QCOMPARE(service.data(SloOverviewModel::BudgetFractionRole).toDouble(), expected);
    QCOMPARE(tree.index(service.row(), SloServiceTreeModel::BudgetRemaining).data().toString(),
             QStringLiteral("%1 %").arg(expected * 100, 0, 'f', 1));
    QCOMPARE(tree.index(slo.row(), SloServiceTreeModel::Status, service).data().toString(), QStringLiteral("Critical"));
}

void TestSloOverview::proxySortsLeastBudgetFirstAndFilters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("firstService");
    QTest::addColumn<int>("visibleServices");
    QTest::newRow("no filter: the service with the least budget first") << ""
                                                                        << "search" << -1;
    QTest::newRow("a service name keeps all its SLOs") << "checkout"
                                                       << "checkout" << 1;
    QTest::newRow("an SLO name keeps its service") << "latency"
                                                   << "search" << -2;
    QTest::newRow("nothing matches") << "no such slo"
                                     << "" << 0;
}

void TestSloOverview::proxySortsLeastBudgetFirstAndFilters()
{
    QFETCH(QString, filter);
    QFETCH(QString, firstService);
    QFETCH(int, visibleServices);
    SloOverviewModel flat(m_workspace);
    SloServiceTreeModel tree(flat);
    QSortFilterProxyModel proxy;
    configure(proxy, &tree);
    proxy.sort(SloServiceTreeModel::BudgetRemaining, Qt::AscendingOrder);
    QList<SloEvaluation> evaluations;
    for (const slo::SloSpec &s : m_workspace.slos().items())
        evaluations << evaluation(s, s.id() == u"search/latency" ? 100000 : 10, 2000000);
    flat.setEvaluations(evaluations);
    proxy.setFilterFixedString(filter);
    if (visibleServices >= 0)
        QCOMPARE(proxy.rowCount(), visibleServices);
    if (firstService.isEmpty())
        return;
    const QModelIndex first = proxy.index(0, 0);
    QCOMPARE(first.data(ServiceRole).toString(), firstService);
    if (filter == u"checkout") {
        int expected = 0;
        for (const slo::SloSpec &s : m_workspace.slos().items())
            expected += s.service == u"checkout";
        QCOMPARE(proxy.rowCount(first), expected);
    }
    if (filter == u"latency")
        for (int r = 0; r < proxy.rowCount(); ++r)
            for (int c = 0; c < proxy.rowCount(proxy.index(r, 0)); ++c)
                QVERIFY(proxy.index(c, 0, proxy.index(r, 0)).data(IdRole).toString().contains(filter));
    if (filter.isEmpty() && m_workspace.findSlo(QStringLiteral("search/latency"))) {
        // Within the service too: the SLO with the least budget on top.
        QCOMPARE(proxy.index(0, 0, first).data(IdRole).toString(), QStringLiteral("search/latency"));
    }
}

void TestSloOverview::historyEndsAtTheReportedNumbers()
{
    const slo::SloSpec *spec = m_workspace.findSlo(QStringLiteral("checkout/availability"));
    QVERIFY(spec && !spec->calendar);
    const SloEvaluation ev = evaluation(*spec, 1000, 2000000);
    const SloHistory h = computeHistory(ev);
    QVERIFY(!h.calendar);
    QCOMPARE(h.from, ev.report.windowStart);
    QCOMPARE(qint64(h.budgetRemaining.t.back()), ev.report.evaluatedAt);
    // Evenly spread events: every window has the same error ratio, so every point equals
    // (1 - bad/total / (1 - objective)), and the burn rates equal bad/total / (1 - objective).
    const double ratio = 1000.0 / 2000000.0;
    const double budget = 1 - spec->objective;
    QVERIFY(std::abs(h.budgetRemaining.v.back() - *ev.report.errorBudgetRemaining) < 1e-9);
    QVERIFY(std::abs(h.budgetRemaining.v.front() - (1 - ratio / budget)) < 1e-9);
    QVERIFY(std::abs(h.burn1h.v.back() - ratio / budget) < 1e-9);
    QVERIFY(std::abs(h.burn6h.v[h.burn6h.size() / 2] - ratio / budget) < 1e-9);
    QVERIFY(std::abs(h.sliWindow.v.back() - (1 - ratio)) < 1e-12);
    const QList<double> spark = budgetSparkline(ev, 48);
    QCOMPARE(spark.size(), 48);
    for (double v : spark)
        QVERIFY(std::abs(v - (1 - ratio / budget)) < 1e-9);
}

void TestSloOverview::calendarHistoryHasAnIdealBurndown()
{
    slo::SloSpec spec = *m_workspace.findSlo(QStringLiteral("checkout/availability"));
    spec.calendar = slo::CalendarWindow { slo::CalendarWindow::Period::Month, QStringLiteral("Asia/Tokyo") };
    SloEvaluation ev = evaluation(spec, 1000, 2000000);
    // Half way through November in Tokyo.
    const auto november = slo::namedPeriod(QStringLiteral("2026-11"), QStringLiteral("Asia/Tokyo"));
    QVERIFY(november);
    const qint64 mid = november->range.start + 15 * 86400;
    std::vector<slo::EventBucket> buckets;
    for (qint64 t = november->range.start - 3 * 86400; t < mid; t += 300)
        buckets.push_back({ t, 1, 1000 });
    ev.series = slo::EventSeries(std::chrono::seconds(300), buckets);
    ev.report = slo::computeReport(spec, ev.series, mid);
    const SloHistory h = computeHistory(ev);
    QVERIFY(h.calendar);
    QCOMPARE(h.from, november->range.start);
    QCOMPARE(h.to, november->range.end);
    QCOMPARE(h.idealBurndown.size(), std::size_t(2));
    QCOMPARE(h.idealBurndown.v.front(), 1.0);
    QCOMPARE(h.idealBurndown.v.back(), 0.0);
    // 0.1 % errors against a 0.1 % budget: spending exactly at the ideal pace, so half of the
    // period's budget is left half way through.
    QVERIFY(std::abs(h.periodBudgetRemaining.v.back() - 0.5) < 1e-6);
}

void TestSloOverview::selectionAppliesWindowsLikeSrectl()
{
    const std::vector<slo::SloSpec> specs = m_workspace.slos().items();
    SloTimeSelection rolling;
    rolling.window = std::chrono::seconds(7 * 86400);
    for (const slo::SloSpec &s : SloRefresher::applySelection(specs, rolling, kAt, QStringLiteral("Asia/Tokyo"))) {
        QCOMPARE(s.window.count(), qint64(7 * 86400));
        QVERIFY(!s.calendar);
    }
    SloTimeSelection closed;
    closed.period = slo::namedPeriod(QStringLiteral("2026-10"), QStringLiteral("Asia/Tokyo"));
    for (const slo::SloSpec &s : SloRefresher::applySelection(specs, closed, kAt, QStringLiteral("Asia/Tokyo"))) {
        QCOMPARE(s.window.count(), closed.period->range.seconds()); // October: 31 days
        QCOMPARE(s.window.count(), qint64(31 * 86400));
        QVERIFY(!s.calendar);
    }
    SloTimeSelection open;
    open.period = slo::namedPeriod(QStringLiteral("2026-Q4"), QStringLiteral("Asia/Tokyo"));
    for (const slo::SloSpec &s : SloRefresher::applySelection(specs, open, kAt, QStringLiteral("Asia/Tokyo"))) {
        QVERIFY(s.calendar);
        QCOMPARE(s.calendar->timezone, QStringLiteral("Asia/Tokyo"));
        QCOMPARE(slo::evaluationWindow(s, kAt).range.start, open.period->range.start);
    }
}

void TestSloOverview::reducerKeepsExtremesAtPixelWidth()
{
    auto s = std::make_shared<series::TimeSeries>();
    for (int i = 0; i < 43200; ++i)
        s->append(1.7e9 + i * 60.0, std::sin(i * 0.01) + (i == 12345 ? 5.0 : 0.0));
    const auto out = SeriesReducer::reduce({ s }, s->t.front(), s->t.back(), 800);
    QCOMPARE(out.size(), 1);
    QVERIFY2(out[0].size() <= 4 * 802, qPrintable(QString::number(out[0].size())));
    double maxY = -1e9;
    for (const QPointF &p : out[0])
        maxY = std::max(maxY, p.y());
    QCOMPARE(maxY, s->v[12345]); // the spike survives
    QCOMPARE(out[0].front().x(), s->t.front() * 1000.0); // x in ms for the chart axis

    // Zoomed into the middle of a two-point line (the ideal burndown): both ends are kept.
    auto ideal = std::make_shared<series::TimeSeries>();
    ideal->append(0, 1.0);
    ideal->append(1000, 0.0);
    const auto zoomed = SeriesReducer::reduce({ ideal }, 400, 600, 100);
    QCOMPARE(zoomed[0].size(), 2);
    QCOMPARE(zoomed[0].front(), QPointF(0, 1.0));
    QCOMPARE(zoomed[0].back(), QPointF(1000 * 1000.0, 0.0));
}

// Many reductions of one shared series in flight on the pool at once (the chart while the user
// drags): only the last request's points arrive, equal to a synchronous reduction of that range.
// Under ThreadSanitizer this is the reducer's concurrency test.
void TestSloOverview::reducerDeliversOnlyTheLatestOfManyRequests()
{
    auto s = std::make_shared<series::TimeSeries>();
    for (int i = 0; i < 20000; ++i)
        s->append(1.7e9 + i * 60.0, std::cos(i * 0.003) * (i % 97));
    SeriesReducer reducer;
    reducer.setSeries({ s, s });
    QSignalSpy reduced(&reducer, &SeriesReducer::reduced);
    constexpr int kRequests = 24;
    double t0 = 0, t1 = 0;
    for (int k = 0; k < kRequests; ++k) {
        t0 = s->t.front() + k * 3600.0;
        t1 = s->t.back() - k * 1800.0;
        reducer.request(t0, t1, 300 + k);
    }
    QVERIFY(reducer.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!reducer.isBusy(), 60000);
    QCOMPARE(reduced.size(), 1); // every older generation was dropped
    const auto points = reduced.front().front().value<QList<QList<QPointF>>>();
    QCOMPARE(points, SeriesReducer::reduce({ s, s }, t0, t1, 300 + kRequests - 1));
}

void TestSloOverview::rulesDriftMarksOnlyTheDriftedSlo()
{
    SloOverviewModel flat(m_workspace);
    SloServiceTreeModel tree(flat);
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString drifted = m_workspace.slos().items()[1].id();
    const QString detail = QStringLiteral("missing group sre-console-x: group sre-console-x not loaded");
    QSignalSpy changed(&flat, &QAbstractItemModel::dataChanged);
    flat.setRulesDrift({ { drifted, detail } });
    QCOMPARE(changed.size(), 1);
    for (int row = 0; row < flat.rowCount(); ++row) {
        const QModelIndex status = flat.index(row, SloOverviewModel::Status);
        const bool isDrifted = status.data(IdRole).toString() == drifted;
        QCOMPARE(status.data(SloOverviewModel::RulesDriftRole).toString(), isDrifted ? detail : QString());
        QCOMPARE(status.data().toString().contains(QStringLiteral("rules drifted")), isDrifted);
        QCOMPARE(status.data(Qt::ToolTipRole).toString().contains(detail), isDrifted);
    }
    // The tree shows the SLO row's own text and tooltip.
    const QModelIndex inTree = tree.indexOfSlo(drifted).siblingAtColumn(SloServiceTreeModel::Status);
    QVERIFY(inTree.data().toString().contains(QStringLiteral("rules drifted")));
    QVERIFY(inTree.data(Qt::ToolTipRole).toString().contains(detail));
    flat.setRulesDrift({}); // the rules were deployed again
    QVERIFY(!flat.index(1, SloOverviewModel::Status).data().toString().contains(QStringLiteral("rules drifted")));
}

void TestSloOverview::rulesAuditMarksOnlyThatSlo()
{
    SloOverviewModel flat(m_workspace);
    const QString differs = m_workspace.slos().items()[0].id();
    const QString drifted = m_workspace.slos().items()[1].id();
    const SloOverviewModel::AuditMark mark {
        QStringLiteral("slo:sli_error:ratio_rate30d{sloth_id=\"x\"}: time-weighted averaging"),
        QStringLiteral("slo:sli_error:ratio_rate30d{sloth_id=\"x\"}: time-weighted averaging "
                       "(recorded 0.0013, exact 0.00092)")
    };
    QSignalSpy changed(&flat, &QAbstractItemModel::dataChanged);
    flat.setRulesAudit({ { differs, mark } });
    flat.setRulesDrift({ { drifted, QStringLiteral("missing group") } });
    QCOMPARE(changed.size(), 2);
    flat.setRulesAudit({ { differs, mark } }); // unchanged: no signal
    QCOMPARE(changed.size(), 2);
    for (int row = 0; row < flat.rowCount(); ++row) {
        const QModelIndex status = flat.index(row, SloOverviewModel::Status);
        const QString id = status.data(IdRole).toString();
        QCOMPARE(status.data(SloOverviewModel::RulesAuditRole).toString(), id == differs ? mark.detail : QString());
        QCOMPARE(status.data().toString().contains(QStringLiteral("rules differ")), id == differs);
        QCOMPARE(status.data().toString().contains(QStringLiteral("rules drifted")), id == drifted);
        QCOMPARE(status.data(Qt::ToolTipRole).toString().contains(mark.detail), id == differs);
    }
    QCOMPARE(flat.rulesAudit(differs), mark);
    QCOMPARE(flat.rulesAudit(drifted).brief, QString());
}

QTEST_GUILESS_MAIN(TestSloOverview)

// A refresh is a success only when every SLO was evaluated: an evaluation cut off (Cancelled) is
// said, not shown as "updated just now"; one replaced by a newer evaluation (Stale) is no news;
// a real error is shown as it is, the first of several with their count.
void TestSloOverview::refreshOutcomeCountsOnlyWhatWasFetched()
{
    const slo::SloSpec spec = m_workspace.slos().items().front();
    const auto withError = [&](std::optional<prom::Error::Kind> kind) {
        SloEvaluation e = evaluation(spec, 1, 1000);
        if (kind) {
            prom::Error error { *kind };
            error.datasource = QStringLiteral("prod");
            error.message = QStringLiteral("boom %1").arg(int(*kind));
            e.error = error;
        }
        return e;
    };
    using K = prom::Error::Kind;

    SloRefresher::Outcome ok = SloRefresher::summarize({ withError({}), withError({}) });
    QVERIFY(ok.success);
    QVERIFY(ok.error.isEmpty());

    ok = SloRefresher::summarize({ withError({}), withError(K::Stale) });
    QVERIFY(ok.success);
    QVERIFY(ok.error.isEmpty());

    const SloRefresher::Outcome cut = SloRefresher::summarize({ withError({}), withError(K::Cancelled) });
    QVERIFY(!cut.success);
    QVERIFY2(cut.error.contains(QStringLiteral("interrupted")), qPrintable(cut.error));

    // A real error wins over an interruption, and names itself.
    const SloRefresher::Outcome failed
        = SloRefresher::summarize({ withError(K::Cancelled), withError(K::ConnectionRefused), withError(K::Timeout) });
    QVERIFY(!failed.success);
    QVERIFY2(failed.error.startsWith(withError(K::ConnectionRefused).error->toString()), qPrintable(failed.error));
    QVERIFY2(failed.error.contains(QStringLiteral("1 more")), qPrintable(failed.error));
}

#include "tst_slooverview.moc"
