#include "rangesplit.h"

#include <QHash>
#include <algorithm>
#include <array>

namespace sre::prom {

namespace {

QString labelKey(const QMap<QString, QString> &labels)
{
    QString key;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        key += it.key();
        key += QChar(0x1f);
        key += it.value();
        key += QChar(0x1e);
    }
    return key;
}

} // namespace

qint64 pointCount(const QDateTime &start, const QDateTime &end, std::chrono::milliseconds step)
{
    const qint64 span = end.toMSecsSinceEpoch() - start.toMSecsSinceEpoch();
    if (span < 0 || step.count() <= 0 || !start.isValid() || !end.isValid())
        return 0;
    return span / step.count() + 1;
}

std::chrono::seconds chooseStep(const QDateTime &start, const QDateTime &end, qint64 maxPoints)
{
    using namespace std::chrono_literals;
    static constexpr std::array<std::chrono::seconds, 18> kLadder
        = { 1s, 2s, 5s, 10s, 15s, 30s, 1min, 2min, 5min, 10min, 15min, 30min, 1h, 2h, 3h, 6h, 12h, 24h };
    maxPoints = std::max<qint64>(maxPoints, 2);
    for (const std::chrono::seconds step : kLadder) {
        if (pointCount(start, end, step) <= maxPoints)
            return step;
    }
    // Longer than 11,000 days at one point per day: whole days, rounded up.
    const qint64 spanMs = end.toMSecsSinceEpoch() - start.toMSecsSinceEpoch();
    const qint64 dayMs = 86'400'000;
    const qint64 perPointMs = (spanMs + (maxPoints - 1) - 1) / (maxPoints - 1);
    return std::chrono::seconds((perPointMs + dayMs - 1) / dayMs * 86'400);
}

std::vector<TimeRange> splitRange(const QDateTime &start, const QDateTime &end, std::chrono::seconds step,
                                  qint64 maxPoints)
{
    const qint64 points = pointCount(start, end, step);
    maxPoints = std::max<qint64>(maxPoints, 1);
    if (points <= maxPoints)
        return { TimeRange { start, end } };
    std::vector<TimeRange> parts;
    parts.reserve(static_cast<std::size_t>((points + maxPoints - 1) / maxPoints));
    const qint64 stepMs = std::chrono::milliseconds(step).count();
    const qint64 startMs = start.toMSecsSinceEpoch();
    for (qint64 first = 0; first < points; first += maxPoints) {
        const qint64 last = std::min(first + maxPoints, points) - 1;
        const QDateTime partStart = QDateTime::fromMSecsSinceEpoch(startMs + first * stepMs, Qt::UTC);
        // The last part keeps the caller's end; the grid decides which times fall inside it anyway.
        const QDateTime partEnd
            = last == points - 1 ? end : QDateTime::fromMSecsSinceEpoch(startMs + last * stepMs, Qt::UTC);
        parts.push_back({ partStart, partEnd });
    }
    return parts;
}

QueryResult stitchRangeResults(std::vector<QueryResult> parts)
{
    if (parts.empty())
        return {};
    QueryResult out = std::move(parts.front());
    if (out.error)
        return out;
    QHash<QString, std::size_t> index;
    for (std::size_t i = 0; i < out.series.size(); ++i)
        index.insert(labelKey(out.series[i].labels), i);
    for (std::size_t p = 1; p < parts.size(); ++p) {
        QueryResult &part = parts[p];
        if (part.error) {
            out.error = part.error;
            return out;
        }
        for (const QString &warning : std::as_const(part.warnings)) {
            if (!out.warnings.contains(warning))
                out.warnings.append(warning);
        }
        for (const QString &info : std::as_const(part.infos)) {
            if (!out.infos.contains(info))
                out.infos.append(info);
        }
        for (Series &series : part.series) {
            const QString key = labelKey(series.labels);
            const auto found = index.constFind(key);
            if (found == index.cend()) {
                index.insert(key, out.series.size());
                out.series.push_back(std::move(series));
                continue;
            }
            Series &target = out.series[*found];
            for (std::size_t i = 0; i < series.timestamps.size(); ++i) {
                if (!target.timestamps.empty() && series.timestamps[i] <= target.timestamps.back())
                    continue;
                target.timestamps.push_back(series.timestamps[i]);
                target.values.push_back(series.values[i]);
            }
        }
    }
    return out;
}

} // namespace sre::prom
