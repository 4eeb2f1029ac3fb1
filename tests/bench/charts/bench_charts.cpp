// bench_charts: repaint time of the SLO detail page (three charts, seven series) with 30 days at
// one-minute resolution (43,200 points per series) against the same page with 1,000 points per
// series. The series are reduced to the pixel width (M4) off the GUI thread before they are drawn,
// and each chart keeps its last frame until its scene changes. The goal (issue 12) is a ratio of at
// most 1.2 for a repaint; the ratio for a repaint after a change (the points drawn again) is
// printed beside it. Not a pass/fail test.
#include "slodetailview.h"
#include "timechartview.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace sre;

namespace {
constexpr qint64 kEnd = 1793491200;
constexpr qint64 kWindow = 30 * 86400;

SloEvaluation syntheticEvaluation(int points)
{
    slo::SloSpec spec;
    spec.service = QStringLiteral("bench");
    spec.name = QStringLiteral("availability");
    spec.objective = 0.999;
    spec.window = std::chrono::seconds(kWindow);
    const qint64 step = kWindow / points;
    // Three extra days before the window for the burn rates, like the engine fetches.
    const qint64 first = kEnd - kWindow - 3 * 86400;
    std::vector<slo::EventBucket> buckets;
    quint32 seed = 12345;
    for (qint64 t = first; t < kEnd; t += step) {
        seed = seed * 1664525u + 1013904223u;
        const double noise = double(seed >> 8) / double(1u << 24);
        const double total = 1000.0 * double(step) / 60.0 * (1.0 + 0.3 * std::sin(double(t) / 86400.0 * 6.283));
        const bool incident = (t / 3600) % 97 == 0;
        buckets.push_back({ t, total * (0.0004 + 0.0004 * noise + (incident ? 0.02 : 0.0)), total });
    }
    SloEvaluation ev;
    ev.spec = spec;
    ev.series = slo::EventSeries(std::chrono::seconds(step), std::move(buckets));
    ev.report = slo::computeReport(spec, ev.series, kEnd);
    return ev;
}

void waitIdle(SloDetailView &view)
{
    for (int i = 0; i < 2000; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!view.isBusy() && i > 10)
            return;
        QThread::msleep(1);
    }
}

// Median milliseconds of one repaint of the whole page. `changed`: each after a change in every
// chart's scene, so the charts draw their points again rather than copy their last frame.
double repaintMs(SloDetailView &view, int rounds, bool changed = false)
{
    std::vector<double> times;
    QPixmap target(view.size());
    for (int i = 0; i < rounds; ++i) {
        if (changed) {
            for (TimeChartView *c : view.charts())
                c->scene()->update();
            QCoreApplication::processEvents(); // the scenes announce their change
        }
        QElapsedTimer t;
        t.start();
        view.render(&target);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

struct Result
{
    double ms = 0; // a repaint, nothing changed
    double changedMs = 0; // a repaint after a change
    int drawn = 0;
};

Result measure(int points, int rounds)
{
    ws::Workspace workspace;
    SloDetailView view(workspace);
    view.resize(1280, 760);
    view.show();
    view.setEvaluation(syntheticEvaluation(points));
    waitIdle(view);
    Result r;
    for (TimeChartView *c : view.charts())
        r.drawn += c->drawnPoints();
    repaintMs(view, 3); // warm up
    r.ms = repaintMs(view, rounds);
    r.changedMs = repaintMs(view, rounds, true);
    return r;
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(3, std::atoi(argv[1])) : 25;
    const Result small = measure(1000, rounds);
    const Result large = measure(43200, rounds);
    std::printf("bench_charts: SLO detail page repaint (median of %d); after a change in the charts\n", rounds);
    std::printf("  1,000 points per series:  %7.2f ms; %7.2f ms  (%d points drawn)\n", small.ms, small.changedMs,
                small.drawn);
    std::printf("  43,200 points per series: %7.2f ms; %7.2f ms  (%d points drawn)\n", large.ms, large.changedMs,
                large.drawn);
    const double ratio = large.ms / small.ms;
    std::printf("  ratio: %.2fx; after a change %.2fx\n", ratio, large.changedMs / small.changedMs);
    std::printf("  target met: %s (goal: ratio <= 1.2x)\n", ratio <= 1.2 ? "yes" : "no");
    return 0;
}
