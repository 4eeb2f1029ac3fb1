#include "reportcharts.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace sre::reports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
};

QTimeZone zoneOf(const QString &timezone)
{
    QTimeZone tz(timezone.toUtf8());
    return tz.isValid() ? tz : QTimeZone::utc();
}

// Colours that stay apart for colour-blind readers (Okabe–Ito).
const QList<QColor> kPalette = { QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
                                 QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9) };
} // namespace

exp::ChartSpec budgetBurndownChart(const ReportSlo &slo, const ReportPeriod &period)
{
    exp::ChartSpec spec;
    spec.title = Tr::tr("%1: error budget remaining").arg(slo.report.id);
    spec.yLabel = Tr::tr("budget remaining");
    spec.percent = true;
    spec.zone = zoneOf(period.timezone);
    const slo::TimeRange range { slo.report.windowStart, slo.report.evaluatedAt };
    const double allowed = slo.report.allowedBadEvents;
    exp::ChartLine actual { Tr::tr("remaining"), {}, kPalette[0], false };
    if (allowed > 0 && range.end > range.start) {
        const qint64 step = std::max<qint64>(300, (range.seconds() / 600 + 299) / 300 * 300); // ≤ ~600 points
        for (qint64 t = range.start; t <= range.end; t += step) {
            const slo::EventCounts c = slo.series.counts(range.start, t);
            actual.points << QPointF(double(t) * 1000.0, 1.0 - c.bad / allowed);
        }
        if (actual.points.isEmpty() || actual.points.back().x() < double(range.end) * 1000.0)
            actual.points << QPointF(double(range.end) * 1000.0,
                                     1.0 - slo.series.counts(range.start, range.end).bad / allowed);
    }
    spec.lines << actual;
    const qint64 idealEnd = range.start + period.budgetLength().count();
    spec.lines << exp::ChartLine { Tr::tr("ideal"),
                                   { QPointF(double(range.start) * 1000.0, 1.0),
                                     QPointF(double(idealEnd) * 1000.0, 0.0) },
                                   QColor(0x77, 0x77, 0x77),
                                   true };
    spec.thresholds << exp::ChartThreshold { Tr::tr("budget spent"), 0.0, QColor(0xCC, 0x33, 0x11) };
    for (const ReportIncident &inc : slo.incidents)
        spec.bands << exp::ChartBand { inc.span.start * 1000, inc.span.end * 1000, inc.id };
    double lowest = 0;
    for (const QPointF &p : std::as_const(actual.points))
        lowest = std::min(lowest, p.y());
    spec.yMin = lowest;
    spec.yMax = 1.0;
    return spec;
}

exp::ChartSpec incidentImpactChart(const PostmortemImpact &impact, const QString &timezone)
{
    exp::ChartSpec spec;
    spec.title = Tr::tr("%1: burn rate per 5 minutes").arg(impact.postmortemId);
    spec.yLabel = Tr::tr("burn rate");
    spec.zone = zoneOf(timezone);
    const qint64 from = impact.incident.start - 3600;
    const qint64 to = impact.incident.end + 3600;
    int colour = 0;
    for (const ImpactResult &r : impact.slos) {
        if (r.error || r.series.empty())
            continue;
        const double budget = 1 - r.spec.objective;
        exp::ChartLine line { r.spec.id(), {}, kPalette[colour++ % kPalette.size()], false };
        for (const slo::EventBucket &b : r.series.buckets()) {
            if (b.start < from || b.start >= to || !(b.total > 0))
                continue;
            line.points << QPointF(double(b.start + r.series.step().count()) * 1000.0, b.bad / b.total / budget);
        }
        if (!line.points.isEmpty())
            spec.lines << line;
    }
    spec.thresholds << exp::ChartThreshold { Tr::tr("budget pace (1)"), 1.0, QColor(0x77, 0x77, 0x77) }
                    << exp::ChartThreshold { Tr::tr("page (14.4)"), 14.4, QColor(0xCC, 0x33, 0x11) };
    spec.bands << exp::ChartBand { impact.incident.start * 1000, impact.incident.end * 1000, impact.postmortemId };
    spec.yMin = 0.0;
    return spec;
}

} // namespace sre::reports
