#include "events.h"

#include <algorithm>
#include <cmath>

namespace sre::slo {

std::optional<double> EventCounts::sli() const
{
    if (!(total > 0))
        return std::nullopt;
    return good() / total;
}

std::optional<double> EventCounts::errorRatio() const
{
    if (!(total > 0))
        return std::nullopt;
    return bad / total;
}

EventSeries::EventSeries(std::chrono::seconds step, std::vector<EventBucket> buckets)
    : m_step(step)
{
    merge(buckets);
}

void EventSeries::merge(const std::vector<EventBucket> &buckets)
{
    for (EventBucket b : buckets) {
        if (std::isnan(b.bad) || std::isnan(b.total))
            continue;
        const bool clamped = b.total < 0 || b.bad < 0 || b.bad > b.total;
        b.total = std::max(0.0, b.total);
        b.bad = std::clamp(b.bad, 0.0, b.total);
        m_clamped += clamped ? 1 : 0;
        m_buckets.push_back(b);
    }
    // Stable, so that of two buckets with one start the one merged last wins below.
    std::stable_sort(m_buckets.begin(), m_buckets.end(),
                     [](const EventBucket &a, const EventBucket &b) { return a.start < b.start; });
    std::vector<EventBucket> unique;
    unique.reserve(m_buckets.size());
    for (const EventBucket &b : m_buckets) {
        if (!unique.empty() && unique.back().start == b.start)
            unique.back() = b;
        else
            unique.push_back(b);
    }
    m_buckets = std::move(unique);
    rebuild();
}

void EventSeries::dropBefore(qint64 from)
{
    const auto first = std::lower_bound(m_buckets.begin(), m_buckets.end(), from,
                                        [](const EventBucket &b, qint64 t) { return b.start < t; });
    if (first == m_buckets.begin())
        return;
    m_buckets.erase(m_buckets.begin(), first);
    m_buckets.shrink_to_fit();
    rebuild();
}

void EventSeries::rebuild()
{
    m_badPrefix.assign(m_buckets.size() + 1, 0.0);
    m_totalPrefix.assign(m_buckets.size() + 1, 0.0);
    for (std::size_t i = 0; i < m_buckets.size(); ++i) {
        m_badPrefix[i + 1] = m_badPrefix[i] + m_buckets[i].bad;
        m_totalPrefix[i + 1] = m_totalPrefix[i] + m_buckets[i].total;
    }
}

qint64 EventSeries::firstStart() const
{
    return m_buckets.empty() ? 0 : m_buckets.front().start;
}

qint64 EventSeries::lastEnd() const
{
    return m_buckets.empty() ? 0 : m_buckets.back().start + m_step.count();
}

EventCounts EventSeries::counts(qint64 from, qint64 to) const
{
    const auto byStart = [](const EventBucket &b, qint64 t) { return b.start < t; };
    const auto first = std::lower_bound(m_buckets.cbegin(), m_buckets.cend(), from, byStart);
    // Buckets must end by `to`, so they start by to - step.
    const auto last = std::lower_bound(m_buckets.cbegin(), m_buckets.cend(), to - m_step.count() + 1, byStart);
    if (last <= first)
        return {};
    const auto i = std::size_t(first - m_buckets.cbegin());
    const auto j = std::size_t(last - m_buckets.cbegin());
    // Prefix differences can leave -1e-13 where there is nothing; events are never negative.
    return { std::max(0.0, m_badPrefix[j] - m_badPrefix[i]), std::max(0.0, m_totalPrefix[j] - m_totalPrefix[i]) };
}

EventSeries eventSeriesFromCounters(const std::vector<qint64> &times, const std::vector<double> &badCounter,
                                    const std::vector<double> &totalCounter)
{
    const std::size_t n = std::min({ times.size(), badCounter.size(), totalCounter.size() });
    const auto increase
        = [](double previous, double current) { return current >= previous ? current - previous : current; };
    std::vector<EventBucket> buckets;
    qint64 step = 60;
    for (std::size_t i = 1; i < n; ++i) {
        step = times[i] - times[i - 1];
        buckets.push_back({ times[i - 1], increase(badCounter[i - 1], badCounter[i]),
                            increase(totalCounter[i - 1], totalCounter[i]) });
    }
    return EventSeries(std::chrono::seconds(step), std::move(buckets));
}

} // namespace sre::slo
