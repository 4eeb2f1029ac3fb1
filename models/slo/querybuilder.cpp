#include "querybuilder.h"

#include "duration.h"
#include "promqltext.h"

namespace sre::slo {

namespace {

QString durationText(std::chrono::seconds s)
{
    return formatDuration(std::chrono::duration_cast<std::chrono::milliseconds>(s));
}

// An event query of the SLO with its window set; `increase` turns rates into counts.
QString eventQuery(const QString &query, std::chrono::seconds window, bool increase)
{
    const QString windowed = promql::substituteWindow(query, window);
    return promql::ensureSummed(increase ? promql::rateToIncrease(windowed) : windowed);
}

// Good events of a classic or native histogram over `window` with `function` (increase or rate),
// and the matching total.
struct LatencyQueries
{
    QString good;
    QString total;
};

LatencyQueries latencyQueries(const LatencySli &sli, const QString &window, const QString &function)
{
    const auto sel = promql::parseSelector(sli.histogram);
    const promql::Selector base = sel ? *sel : promql::Selector { sli.histogram, {} };
    const QString threshold = promql::formatNumber(sli.threshold);
    if (sli.nativeHistogram) {
        const QString range = QStringLiteral("%1(%2[%3])").arg(function, base.toString(), window);
        return { QStringLiteral("sum(histogram_fraction(0, %1, %2) * histogram_count(%2))").arg(threshold, range),
                 QStringLiteral("sum(histogram_count(%1))").arg(range) };
    }
    const promql::Selector bucket
        = base.renamed(base.name + QStringLiteral("_bucket")).with(promql::leMatcher(sli.threshold));
    const promql::Selector count = base.renamed(base.name + QStringLiteral("_count"));
    return { QStringLiteral("sum(%1(%2[%3]))").arg(function, bucket.toString(), window),
             QStringLiteral("sum(%1(%2[%3]))").arg(function, count.toString(), window) };
}

// Prometheus 2 includes both ends of a subquery range, so `[5m:1m]` evaluates six slices and
// neighbouring buckets would share their edge slice. One millisecond less gives exactly
// window/slice slices on Prometheus 2 and 3 alike.
QString subquery(const QString &function, const QString &inner, std::chrono::seconds window, const QString &slice)
{
    const QString range
        = formatDuration(std::chrono::duration_cast<std::chrono::milliseconds>(window) - std::chrono::milliseconds(1));
    return QStringLiteral("sum(%1((%2)[%3:%4]))").arg(function, inner, range, slice);
}

QString timesliceCompare(const TimesliceSli &sli, const QString &op)
{
    return QStringLiteral("%1 %2 bool %3").arg(promql::operand(sli.query), op, promql::formatNumber(sli.threshold));
}

QString timesliceValid(const TimesliceSli &sli)
{
    // Every value but NaN is >= -Inf (+Inf and -Inf included): this keeps exactly the slices that
    // have a value. Not `q == q` (NaN != NaN, the same slices): VictoriaMetrics 1.79 answers a
    // comparison of an expression with itself differently from one query to the next (about half
    // of a day's slices, at random), Prometheus and VictoriaMetrics agree on this form.
    return QStringLiteral("%1 >= -Inf").arg(promql::operand(sli.query));
}

} // namespace

QString opSymbol(TimesliceSli::Op op)
{
    switch (op) {
    case TimesliceSli::Op::Lt: return QStringLiteral("<");
    case TimesliceSli::Op::Le: return QStringLiteral("<=");
    case TimesliceSli::Op::Gt: return QStringLiteral(">");
    case TimesliceSli::Op::Ge: return QStringLiteral(">=");
    }
    return {};
}

QString inverseOpSymbol(TimesliceSli::Op op)
{
    switch (op) {
    case TimesliceSli::Op::Lt: return QStringLiteral(">=");
    case TimesliceSli::Op::Le: return QStringLiteral(">");
    case TimesliceSli::Op::Gt: return QStringLiteral("<=");
    case TimesliceSli::Op::Ge: return QStringLiteral("<");
    }
    return {};
}

namespace {
EventQueries ungroupedBucketQueries(const SloSpec &spec, std::chrono::seconds step)
{
    const QString stepText = durationText(step);
    switch (spec.kind) {
    case SloSpec::Kind::EventRatio: {
        const QString total = eventQuery(spec.ratio.totalQuery, step, true);
        if (!spec.ratio.errorQuery.isEmpty())
            return { eventQuery(spec.ratio.errorQuery, step, true) + QStringLiteral(" or vector(0)"), total };
        const QString good = eventQuery(spec.ratio.goodQuery, step, true);
        return { QStringLiteral("%1 - (%2 or vector(0))").arg(total, good), total };
    }
    case SloSpec::Kind::Latency: {
        const LatencyQueries q = latencyQueries(spec.latency, stepText, QStringLiteral("increase"));
        return { QStringLiteral("%1 - (%2 or vector(0))").arg(q.total, q.good), q.total };
    }
    case SloSpec::Kind::Timeslice: {
        const QString slice = durationText(spec.timeslice.slice);
        const TimesliceSli &sli = spec.timeslice;
        return { subquery(QStringLiteral("sum_over_time"), timesliceCompare(sli, inverseOpSymbol(sli.op)), step, slice),
                 subquery(QStringLiteral("count_over_time"), timesliceValid(sli), step, slice) };
    }
    }
    return {};
}

// Per group: every sum keeps the group's labels, and `or vector(0)` (which has no labels) becomes
// `or total * 0`, a zero for each group that has traffic.
EventQueries groupedBucketQueries(const SloSpec &spec, std::chrono::seconds step)
{
    const QStringList &by = spec.groupBy;
    const auto g = [&by](const QString &q) { return promql::groupSums(q, by); };
    const QString stepText = durationText(step);
    switch (spec.kind) {
    case SloSpec::Kind::EventRatio: {
        const QString total = g(eventQuery(spec.ratio.totalQuery, step, true));
        if (!spec.ratio.errorQuery.isEmpty())
            return { QStringLiteral("%1 or %2 * 0").arg(g(eventQuery(spec.ratio.errorQuery, step, true)), total),
                     total };
        const QString good = g(eventQuery(spec.ratio.goodQuery, step, true));
        return { QStringLiteral("%1 - (%2 or %1 * 0)").arg(total, good), total };
    }
    case SloSpec::Kind::Latency: {
        const LatencyQueries q = latencyQueries(spec.latency, stepText, QStringLiteral("increase"));
        const QString total = g(q.total);
        return { QStringLiteral("%1 - (%2 or %1 * 0)").arg(total, g(q.good)), total };
    }
    case SloSpec::Kind::Timeslice: {
        const EventQueries plain = ungroupedBucketQueries(spec, step);
        return { g(plain.bad), g(plain.total) };
    }
    }
    return {};
}
} // namespace

EventQueries bucketQueries(const SloSpec &spec, std::chrono::seconds step)
{
    return spec.groupBy.isEmpty() ? ungroupedBucketQueries(spec, step) : groupedBucketQueries(spec, step);
}

QString sliQuery(const SloSpec &spec, std::chrono::seconds window)
{
    if (!spec.groupBy.isEmpty()) {
        // good / total per group, from the bucket queries over the whole window.
        const EventQueries q = groupedBucketQueries(spec, window);
        return QStringLiteral("1 - ((%1) / (%2))").arg(q.bad, q.total);
    }
    const QString w = durationText(window);
    switch (spec.kind) {
    case SloSpec::Kind::EventRatio: {
        const QString total = eventQuery(spec.ratio.totalQuery, window, false);
        if (!spec.ratio.errorQuery.isEmpty())
            return QStringLiteral("1 - ((%1 or vector(0)) / %2)")
                .arg(eventQuery(spec.ratio.errorQuery, window, false), total);
        return QStringLiteral("(%1 or vector(0)) / %2").arg(eventQuery(spec.ratio.goodQuery, window, false), total);
    }
    case SloSpec::Kind::Latency: {
        const LatencyQueries q = latencyQueries(spec.latency, w, QStringLiteral("rate"));
        return QStringLiteral("(%1 or vector(0)) / %2").arg(q.good, q.total);
    }
    case SloSpec::Kind::Timeslice: {
        const QString slice = durationText(spec.timeslice.slice);
        const TimesliceSli &sli = spec.timeslice;
        return QStringLiteral("%1 / %2").arg(
            subquery(QStringLiteral("sum_over_time"), timesliceCompare(sli, opSymbol(sli.op)), window, slice),
            subquery(QStringLiteral("count_over_time"), timesliceValid(sli), window, slice));
    }
    }
    return {};
}

QString errorRatioQuery(const SloSpec &spec, std::chrono::seconds window)
{
    return QStringLiteral("1 - (%1)").arg(sliQuery(spec, window));
}

} // namespace sre::slo
