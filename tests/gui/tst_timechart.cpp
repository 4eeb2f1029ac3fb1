// The detail charts' time chart offscreen: reduction to the pixel width, zoom and pan by keyboard
// and wheel, reset, and the shared time range of the detail's charts.
#include "report.h"
#include "slodetailview.h"
#include "timechartview.h"
#include "workspace.h"

#include <QGraphicsView>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>
#include <functional>

using namespace sre;

namespace {
constexpr double kFrom = 1790000000;
constexpr double kTo = kFrom + 30 * 86400;

std::shared_ptr<const series::TimeSeries> minuteSeries()
{
    auto s = std::make_shared<series::TimeSeries>();
    for (int i = 0; i < 43200; ++i)
        s->append(kFrom + i * 60.0, 0.5 + 0.4 * std::sin(i / 500.0));
    return s;
}

// Shown at width x height, over the 30 days of minuteSeries(), values from 0 to 1.
void showOver30Days(TimeChartView &chart, int width, int height)
{
    chart.resize(width, height);
    chart.show();
    chart.setTimeRange(kFrom, kTo);
    chart.setValueRange(0, 1);
}

bool waitReduced(TimeChartView &chart)
{
    for (int i = 0; i < 500 && chart.isReducing(); ++i)
        QTest::qWait(10);
    return !chart.isReducing();
}
} // namespace

class TestTimeChart : public QObject
{
    Q_OBJECT
private slots:
    void reducesToThePixelWidth();
    void hiddenLineIsNotReduced();
    void keyboardAndWheelZoomAndPan();
    void detailChartsShareTheirRange();
    void hoverShowsTimeAndValue();
    void detailKeepsLastGoodNumbersWhenStale();
    void keptFrameFollowsEveryChange();
    void keptFrameLooksAsDrawnDirectly();
};

void TestTimeChart::reducesToThePixelWidth()
{
    TimeChartView chart;
    showOver30Days(chart, 900, 300);
    chart.addLine(QStringLiteral("v"), minuteSeries(), Qt::blue);
    QVERIFY(waitReduced(chart));
    QVERIFY(chart.drawnPoints() > 100);
    QVERIFY2(chart.drawnPoints() <= 4 * (900 + 2), qPrintable(QString::number(chart.drawnPoints())));
}

void TestTimeChart::hiddenLineIsNotReduced()
{
    TimeChartView chart;
    showOver30Days(chart, 900, 300);
    chart.addLine(QStringLiteral("a"), minuteSeries(), Qt::blue);
    chart.addLine(QStringLiteral("b"), minuteSeries(), Qt::red);
    QVERIFY(waitReduced(chart));
    const int both = chart.drawnPoints();
    QVERIFY(both > 200);
    QCOMPARE(both % 2, 0); // the same data twice
    const QList<QAbstractSeries *> series = chart.chart()->series();
    QVERIFY(series.size() >= 2);
    series[1]->setVisible(false);
    QVERIFY(waitReduced(chart));
    QCOMPARE(chart.drawnPoints(), both / 2);
    series[1]->setVisible(true);
    QVERIFY(waitReduced(chart));
    QCOMPARE(chart.drawnPoints(), both);
}

void TestTimeChart::keyboardAndWheelZoomAndPan()
{
    TimeChartView chart;
    showOver30Days(chart, 900, 300);
    chart.addLine(QStringLiteral("v"), minuteSeries(), Qt::blue);
    QSignalSpy changed(&chart, &TimeChartView::visibleRangeChanged);
    const double span = kTo - kFrom;

    QTest::keyClick(&chart, Qt::Key_Plus);
    QCOMPARE(changed.size(), 1);
    QVERIFY(std::abs((chart.visibleTo() - chart.visibleFrom()) - span * 0.7) < 1);
    QVERIFY(std::abs((chart.visibleFrom() + chart.visibleTo()) / 2 - (kFrom + kTo) / 2) < 1);

    const double before = chart.visibleFrom();
    QTest::keyClick(&chart, Qt::Key_Left);
    QVERIFY(chart.visibleFrom() < before);
    QTest::keyClick(&chart, Qt::Key_Right);
    QTest::keyClick(&chart, Qt::Key_Right);
    QVERIFY(chart.visibleFrom() > before);

    // Panning never leaves the data.
    for (int i = 0; i < 20; ++i)
        QTest::keyClick(&chart, Qt::Key_Right);
    QCOMPARE(chart.visibleTo(), kTo);

    QTest::keyClick(&chart, Qt::Key_0);
    QCOMPARE(chart.visibleFrom(), kFrom);
    QCOMPARE(chart.visibleTo(), kTo);

    // The wheel zooms around the pointer.
    const QPointF at = chart.chart()->plotArea().center();
    QWheelEvent wheel(at, chart.mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                      false);
    QCoreApplication::sendEvent(chart.viewport(), &wheel);
    QVERIFY(chart.visibleTo() - chart.visibleFrom() < span * 0.9);
    QVERIFY(chart.visibleFrom() > kFrom && chart.visibleTo() < kTo);
    QVERIFY(waitReduced(chart));
    QVERIFY(chart.drawnPoints() > 0);

    QTest::mouseDClick(chart.viewport(), Qt::LeftButton, {}, at.toPoint());
    QCOMPARE(chart.visibleFrom(), kFrom);
}

void TestTimeChart::detailChartsShareTheirRange()
{
    ws::Workspace workspace;
    SloDetailView view(workspace);
    view.resize(1200, 800);
    view.show();
    const QList<TimeChartView *> charts = view.charts();
    QCOMPARE(charts.size(), 3);
    for (TimeChartView *c : charts)
        c->setTimeRange(kFrom, kTo);
    charts[1]->zoomTo(kFrom + 86400, kFrom + 2 * 86400);
    for (TimeChartView *c : charts) {
        QCOMPARE(c->visibleFrom(), kFrom + 86400);
        QCOMPARE(c->visibleTo(), kFrom + 2 * 86400);
    }
}

void TestTimeChart::hoverShowsTimeAndValue()
{
    TimeChartView chart;
    chart.resize(900, 300);
    chart.setTimeZone(QTimeZone("Asia/Tokyo"));
    chart.setPercent(true, 2);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setTimeRange(kFrom, kTo);
    chart.setValueRange(0, 1);
    const auto data = minuteSeries();
    chart.addLine(QStringLiteral("SLI"), data, Qt::blue);
    QVERIFY(waitReduced(chart));
    const QPoint at = chart.chart()->plotArea().center().toPoint();
    QMouseEvent move(QEvent::MouseMove, at, chart.viewport()->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(chart.viewport(), &move);
    QTRY_VERIFY(QToolTip::isVisible());
    // The sample at or before the time under the pointer, in the chart's zone, with its exact value.
    const double t = chart.chart()->mapToValue(at).x() / 1000.0;
    const std::size_t i = std::size_t(std::floor((t - kFrom) / 60.0));
    const QString when = QDateTime::fromSecsSinceEpoch(qint64(data->t[i]), QTimeZone("Asia/Tokyo"))
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QVERIFY2(QToolTip::text().contains(when), qPrintable(QToolTip::text() + QStringLiteral(" / ") + when));
    QVERIFY2(QToolTip::text().contains(QStringLiteral("SLI: %1 %").arg(data->v[i] * 100, 0, 'f', 2)),
             qPrintable(QToolTip::text()));
}

// A refresh that failed still carries the buckets fetched before (SloEngine); the detail shows
// their numbers and says they are stale, with the error.
void TestTimeChart::detailKeepsLastGoodNumbersWhenStale()
{
    slo::SloSpec spec;
    spec.service = QStringLiteral("shop");
    spec.name = QStringLiteral("availability");
    spec.objective = 0.999;
    spec.window = std::chrono::seconds(7 * 86400);
    std::vector<slo::EventBucket> buckets;
    const qint64 end = 1793491200;
    for (qint64 t = end - 10 * 86400; t < end; t += 300)
        buckets.push_back({ t, 1, 2000 }); // 0.05 % errors: half the budget
    SloEvaluation ev;
    ev.spec = spec;
    ev.series = slo::EventSeries(std::chrono::seconds(300), buckets);
    ev.report = slo::computeReport(spec, ev.series, end);
    ev.error = prom::Error { prom::Error::Kind::ConnectionRefused };

    ws::Workspace workspace;
    SloDetailView view(workspace);
    view.resize(1200, 800);
    view.show();
    QSignalSpy ready(&view, &SloDetailView::historyReady);
    view.setEvaluation(ev);
    QVERIFY(ready.wait(10000));
    const QString text = view.numbersText();
    QVERIFY2(text.contains(QStringLiteral("50.00 %")), qPrintable(text)); // remaining: 1 - 0.0005 / 0.001
    QVERIFY2(text.contains(QStringLiteral("Stale")), qPrintable(text));
    QVERIFY2(text.contains(ev.error->toString()), qPrintable(text));
    // Where the buckets came from: the SLO's queries here, and why not the recorded series.
    QVERIFY2(text.contains(QStringLiteral("the SLO's own queries")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("recorded series since")));

    ev.error.reset();
    ev.fastPathNote = QStringLiteral("the rules are not deployed");
    view.setEvaluation(ev);
    QVERIFY(ready.wait(10000));
    QVERIFY2(view.numbersText().contains(
                 QStringLiteral("Not reading the recorded series of the generated rules: the rules are not deployed")),
             qPrintable(view.numbersText()));

    ev.fastPathNote.clear();
    ev.fromRecorded = true;
    ev.recordedFrom = end - 2 * 86400;
    view.setEvaluation(ev);
    QVERIFY(ready.wait(10000));
    const QString recorded = view.numbersText();
    QVERIFY2(recorded.contains(QStringLiteral("recorded series since ")
                               + QDateTime::fromSecsSinceEpoch(end - 2 * 86400, QTimeZone::utc())
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
             qPrintable(recorded));
    QVERIFY(!recorded.contains(QStringLiteral("Not reading")));
}

QTEST_MAIN(TestTimeChart)
#include "tst_timechart.moc"

// A repaint copies the chart's last frame until the scene changes. After each kind of change (a
// line added, a zoom, bands, a line hidden, a resize) the chart must look exactly as a new chart
// in the same state does, and differ from how it looked before the change.
void TestTimeChart::keptFrameFollowsEveryChange()
{
    const auto fresh = [](const std::function<void(TimeChartView &)> &state) {
        TimeChartView chart;
        showOver30Days(chart, 700, 260);
        state(chart);
        waitReduced(chart);
        QTest::qWait(50);
        return chart.grab().toImage();
    };
    TimeChartView chart;
    showOver30Days(chart, 700, 260);
    QTest::qWait(50);
    QImage before = chart.grab().toImage();
    QCOMPARE(chart.grab().toImage(), before); // the kept frame, copied

    const auto line = [](TimeChartView &c) { c.addLine(QStringLiteral("v"), minuteSeries(), Qt::blue); };
    const auto zoom = [&](TimeChartView &c) {
        line(c);
        c.zoomTo(kFrom + 5 * 86400, kFrom + 9 * 86400);
    };
    const auto bands = [&](TimeChartView &c) {
        zoom(c);
        c.setBands({ { kFrom + 6 * 86400, kFrom + 7 * 86400, QStringLiteral("INC-1"), QStringLiteral("INC-1") } });
    };
    const auto hidden = [&](TimeChartView &c) {
        bands(c);
        c.chart()->series().front()->setVisible(false);
    };
    const std::vector<std::pair<const char *, std::function<void(TimeChartView &)>>> steps {
        { "a line", line },
        { "a zoom", [&](TimeChartView &c) { c.zoomTo(kFrom + 5 * 86400, kFrom + 9 * 86400); } },
        { "bands",
          [&](TimeChartView &c) {
              c.setBands(
                  { { kFrom + 6 * 86400, kFrom + 7 * 86400, QStringLiteral("INC-1"), QStringLiteral("INC-1") } });
          } },
        { "a hidden line", [](TimeChartView &c) { c.chart()->series().front()->setVisible(false); } },
    };
    const std::vector<std::function<void(TimeChartView &)>> states { line, zoom, bands, hidden };
    for (std::size_t i = 0; i < steps.size(); ++i) {
        steps[i].second(chart);
        QVERIFY(waitReduced(chart));
        QTest::qWait(50);
        const QImage after = chart.grab().toImage();
        QVERIFY2(after != before, steps[i].first);
        QVERIFY2(after == fresh(states[i]), steps[i].first);
        before = after;
    }
    chart.resize(640, 260);
    QVERIFY(waitReduced(chart));
    QTest::qWait(50);
    const QImage resized = chart.grab().toImage();
    QCOMPARE(resized.size(), QSize(640, 260) * resized.devicePixelRatio());
    QVERIFY(resized == chart.grab().toImage());
}

// The kept frame is the chart as the view itself draws it: a plain QGraphicsView on the same scene,
// set up as QChartView sets itself up, paints the same pixels (antialiasing included).
void TestTimeChart::keptFrameLooksAsDrawnDirectly()
{
    TimeChartView chart;
    showOver30Days(chart, 700, 260);
    chart.addLine(QStringLiteral("v"), minuteSeries(), Qt::blue);
    chart.setLineWidth(1.5);
    QVERIFY(waitReduced(chart));
    QTest::qWait(50);
    QGraphicsView direct(chart.scene());
    direct.setFrameShape(chart.frameShape());
    direct.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    direct.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    direct.setRenderHints(chart.renderHints());
    direct.setBackgroundRole(chart.backgroundRole());
    direct.viewport()->setBackgroundRole(chart.viewport()->backgroundRole());
    direct.setSceneRect(chart.sceneRect());
    direct.resize(chart.size());
    direct.show();
    QTest::qWait(50);
    const QImage kept = chart.grab().toImage();
    const QImage drawn = direct.grab().toImage();
    QCOMPARE(kept.size(), drawn.size());
    QVERIFY(kept == drawn);
}
