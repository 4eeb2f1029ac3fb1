// Buckets from the answers of the engine's range queries (declared in sloengine.h).
#include "sloengine.h"

#include <cmath>
#include <unordered_map>

namespace sre {

std::vector<slo::EventBucket> bucketsFromRange(const prom::QueryResult &bad, const prom::QueryResult &total,
                                               std::chrono::seconds step)
{
    std::vector<slo::EventBucket> buckets;
    if (total.series.empty())
        return buckets;
    // `sum(...)` yields at most one series; sum several defensively.
    std::unordered_map<qint64, double> badAt;
    for (const prom::Series &s : bad.series)
        for (std::size_t i = 0; i < s.timestamps.size(); ++i)
            if (!std::isnan(s.values[i]))
                badAt[qint64(std::llround(s.timestamps[i]))] += s.values[i];
    std::map<qint64, double> totalAt;
    for (const prom::Series &s : total.series)
        for (std::size_t i = 0; i < s.timestamps.size(); ++i)
            if (!std::isnan(s.values[i]))
                totalAt[qint64(std::llround(s.timestamps[i]))] += s.values[i];
    buckets.reserve(totalAt.size());
    for (const auto &[t, totalValue] : totalAt) {
        const auto it = badAt.find(t);
        buckets.push_back({ t - step.count(), it == badAt.end() ? 0.0 : it->second, totalValue });
    }
    return buckets;
}

std::map<QString, GroupBuckets> groupedBucketsFromRange(const prom::QueryResult &bad, const prom::QueryResult &total,
                                                        std::chrono::seconds step, const QStringList &by)
{
    const auto labelsOf = [&by](const prom::Series &s) {
        QMap<QString, QString> labels;
        for (const QString &l : by)
            labels.insert(l, s.labels.value(l));
        return labels;
    };
    const auto keyOf
        = [](const QMap<QString, QString> &labels) { return QStringList(labels.values()).join(QChar(0x1f)); };
    std::map<QString, std::pair<prom::QueryResult, prom::QueryResult>> parts;
    std::map<QString, QMap<QString, QString>> labelsByKey;
    for (const prom::Series &s : total.series) {
        const QMap<QString, QString> labels = labelsOf(s);
        const QString key = keyOf(labels);
        parts[key].second.series.push_back(s);
        labelsByKey[key] = labels;
    }
    for (const prom::Series &s : bad.series) {
        const auto it = parts.find(keyOf(labelsOf(s)));
        if (it != parts.end())
            it->second.first.series.push_back(s);
    }
    std::map<QString, GroupBuckets> out;
    for (const auto &[key, part] : parts)
        out[key] = { labelsByKey[key], bucketsFromRange(part.first, part.second, step) };
    return out;
}

} // namespace sre
