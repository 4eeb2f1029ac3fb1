#pragma once

// The demo world of docs/demo-world.md: services, traffic shape, incidents, and the events of
// every minute. Both the OpenMetrics writer and the `counts` ground truth read minutes through
// History::minute(), so they cannot disagree.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace sre::demo {

inline constexpr std::int64_t kStepSeconds = 60;
inline constexpr int kDefaultDays = 35;
inline constexpr std::uint64_t kDefaultSeed = 42;

// Histogram upper bounds; a final +Inf bucket follows.
inline constexpr std::array<double, 8> kBucketBounds { 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2.5 };
inline constexpr std::array<std::string_view, 9> kBucketLabels { "0.025", "0.05", "0.1", "0.2", "0.3",
                                                                 "0.5",   "1",    "2.5", "+Inf" };
inline constexpr std::size_t kIntervals = kBucketLabels.size();

inline constexpr std::array<std::string_view, 4> kCodes { "200", "404", "500", "503" };
enum Code : std::size_t { Code200, Code404, Code500, Code503 };

// Log-normal request latency.
struct Latency
{
    double median = 0.1;
    double sigma = 0.5;
};

// A latency distribution cut at the histogram bounds, ready for sampling.
struct LatencyTable
{
    explicit LatencyTable(Latency latency);
    // P(interval i | not in an earlier interval): the sequential binomials of a multinomial.
    std::array<double, kIntervals> conditional {};
    // E[latency | interval i], always inside the interval, so _sum agrees with the buckets.
    std::array<double, kIntervals> mean {};
};

// A route of a service (the `handler` label): its share of the service's traffic and how much
// more or less often it fails than the service's baseline.
struct Handler
{
    std::string_view name;
    double trafficShare;
    double badShareFactor;
};

struct Service
{
    std::string_view name;
    double requestsPerSecond; // daily mean on weekdays
    double badShare; // baseline share of 5xx
    Latency latency;
    std::span<const Handler> handlers {}; // none: the service's series have no handler label
};

std::span<const Service> services();
std::optional<std::size_t> serviceIndex(std::string_view name);

// What an incident does to one service while it lasts.
struct Effect
{
    std::string_view service {};
    double badShare = 0; // replaces the baseline 5xx share when > 0
    Code badCode = Code503; // the code every failing request gets
    std::optional<Latency> badLatency {}; // latency of the failing requests
    std::optional<Latency> latency {}; // latency of all other requests
    double slowShare = 0; // a share of the other requests that take slowLatency
    std::optional<Latency> slowLatency {};
};

struct IncidentSpec
{
    std::string_view id;
    std::int64_t originalStart; // Unix seconds, as the postmortem says
    std::int64_t originalEnd;
    int daysBeforeEnd;
    std::vector<Effect> effects;
};

const std::vector<IncidentSpec> &incidentSpecs();

struct PlacedIncident
{
    const IncidentSpec *spec;
    std::int64_t start; // the window is (start, end]: samples stamped start+60 .. end
    std::int64_t end;
    std::int64_t shiftDays; // placed start date - original start date
};

// Events of one service in one minute (t - 60, t].
struct Minute
{
    std::array<std::uint64_t, kCodes.size()> codes {};
    std::array<std::uint64_t, kIntervals> intervals {}; // not cumulative
    double latencySum = 0;
    bool up = true;

    std::uint64_t total() const;
    std::uint64_t bad() const { return codes[Code500] + codes[Code503]; }
};

class History final
{
public:
    // `end` is floored to the minute; samples run every minute for `days` days up to it.
    History(std::uint64_t seed, std::int64_t end, int days);

    std::int64_t firstSample() const { return m_first; }
    std::int64_t lastSample() const { return m_last; }
    std::size_t sampleCount() const { return m_count; }
    const std::vector<PlacedIncident> &incidents() const { return m_incidents; }
    // A stretch without any traffic: the minutes of `service` stamped in (from, to] have no events
    // (its counters stay flat, `up` stays 1). For tests of what zero traffic does to rules.
    void addQuiet(std::size_t service, std::int64_t from, std::int64_t to);
    // A full outage: every request of `service` in the minutes stamped in (from, to] fails with a
    // 503 (`up` is 0). For tests that need alerts to fire at a chosen time.
    void addOutage(std::size_t service, std::int64_t from, std::int64_t to);

    // Events of minute (t - 60, t]. Zero for the first sample and outside the history: counters
    // start at 0 at the first sample. A service with handlers is the sum of its handlers' minutes.
    Minute minute(std::size_t service, std::int64_t t) const;
    // One handler's events (index into the service's handlers).
    Minute minute(std::size_t service, std::size_t handler, std::int64_t t) const;

    // All samples of one service (or one of its handlers), index 0 at firstSample().
    std::vector<Minute> series(std::size_t service) const;
    std::vector<Minute> series(std::size_t service, std::size_t handler) const;

private:
    struct ActiveEffect
    {
        std::size_t service;
        std::int64_t start;
        std::int64_t end;
        const Effect *effect;
        std::optional<LatencyTable> badLatency;
        std::optional<LatencyTable> latency;
        std::optional<LatencyTable> slowLatency;
    };

    double expectedRequests(std::size_t service, std::int64_t t) const;
    const ActiveEffect *activeEffect(std::size_t service, std::int64_t t) const;
    Minute generate(std::size_t service, std::int64_t t, std::uint64_t seed, double trafficShare,
                    double badShareFactor) const;

    std::uint64_t m_seed;
    std::int64_t m_first;
    std::int64_t m_last;
    std::size_t m_count;
    std::vector<PlacedIncident> m_incidents;
    std::vector<LatencyTable> m_baseLatency;
    std::vector<ActiveEffect> m_effects;
    struct Quiet
    {
        std::size_t service;
        std::int64_t from;
        std::int64_t to;
    };
    std::vector<Quiet> m_quiet;
    bool quiet(std::size_t service, std::int64_t t) const;
};

} // namespace sre::demo
