#include "model.h"

#include "rng.h"
#include "timeutil.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace sre::demo {

namespace {

constexpr std::int64_t kTokyoOffset = 9 * 3600;
constexpr double kNotFoundShare = 0.015;
constexpr double kServerErrorShareOfBad = 0.6; // baseline 5xx: 60 % 500, 40 % 503
constexpr double kWeekendFactor = 0.6;
constexpr double kDayToDayJitter = 0.06; // each day's volume within +-6 % of the plan

// Checkout's routes: /pay fails four times as often as the service's baseline, so its 99.9 %
// availability budget per handler runs out while the others' does not.
constexpr std::array<Handler, 3> kCheckoutHandlers { {
    { "/cart", 0.5, 0.6 },
    { "/confirm", 0.3, 0.5 },
    { "/pay", 0.2, 4.0 },
} };

constexpr std::array<Service, 5> kServices { {
    { "checkout", 40, 0.0003, { 0.05, 0.45 }, kCheckoutHandlers },
    { "payments-api", 25, 0.0002, { 0.10, 0.45 } },
    { "search", 120, 0.0005, { 0.05, 0.55 } },
    { "auth", 200, 0.0001, { 0.015, 0.6 } },
    { "myapp-api", 500, 0.0004, { 0.05, 0.45 } },
} };

double smoothstep(double x)
{
    x = std::clamp(x, 0.0, 1.0);
    return x * x * (3.0 - 2.0 * x);
}

double lerp(double a, double b, double s)
{
    return a + (b - a) * s;
}

// Trough 0.4 at 04:00, peak 1.6 at 13:00 (local time); both halves average 1.0, so the daily
// mean is exactly the service's base rate.
double dailyShape(double localHour)
{
    constexpr double trough = 4, peak = 13, low = 0.4, high = 1.6;
    const double h = localHour < trough ? localHour + 24 : localHour;
    if (h <= peak)
        return lerp(low, high, smoothstep((h - trough) / (peak - trough)));
    return lerp(high, low, smoothstep((h - peak) / (trough + 24 - peak)));
}

double weekdayFactor(std::int64_t localDay)
{
    const std::int64_t weekday = (localDay % 7 + 7 + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    return weekday == 0 || weekday == 6 ? kWeekendFactor : 1.0;
}

// Weekends at 60 %, blended over the six hours around local midnight.
double weeklyShape(std::int64_t localSeconds)
{
    constexpr double ramp = 3 * 3600;
    const std::int64_t day = floorDiv(localSeconds, kSecondsPerDay);
    const auto second = static_cast<double>(localSeconds - day * kSecondsPerDay);
    if (second < ramp)
        return lerp(weekdayFactor(day - 1), weekdayFactor(day), smoothstep((second + ramp) / (2 * ramp)));
    if (second > kSecondsPerDay - ramp)
        return lerp(weekdayFactor(day), weekdayFactor(day + 1),
                    smoothstep((second - (kSecondsPerDay - ramp)) / (2 * ramp)));
    return weekdayFactor(day);
}

double dayJitter(std::uint64_t seed, std::size_t service, std::int64_t localDay)
{
    Rng rng(mix64(mix64(seed ^ 0x6A09E667F3BCC908ULL)
                  ^ mix64(service * 1000003ULL + static_cast<std::uint64_t>(localDay))));
    return 1.0 + kDayToDayJitter * (2.0 * rng.uniform() - 1.0);
}

// Seeded by the absolute minute, so a minute's events do not depend on --end or --days (only on
// where the incidents were placed).
std::uint64_t minuteSeed(std::uint64_t seed, std::size_t service, std::int64_t t)
{
    const auto minute = static_cast<std::uint64_t>(floorDiv(t, kStepSeconds));
    return mix64(mix64(seed + 0x243F6A8885A308D3ULL) ^ mix64((service + 1) * 0x9E3779B97F4A7C15ULL + minute));
}

void addLatencies(Rng &rng, Minute &minute, std::uint64_t requests, const LatencyTable &table)
{
    std::uint64_t left = requests;
    for (std::size_t i = 0; i < kIntervals; ++i) {
        const std::uint64_t k = i + 1 == kIntervals ? left : rng.binomial(left, table.conditional[i]);
        minute.intervals[i] += k;
        minute.latencySum += static_cast<double>(k) * table.mean[i];
        left -= k;
    }
}

} // namespace

LatencyTable::LatencyTable(Latency latency)
{
    const double mu = std::log(latency.median);
    const double s = latency.sigma;
    const double inf = std::numeric_limits<double>::infinity();
    // Log-normal CDF; with shift = s^2 it gives the partial expectation E[X; X <= x] / E[X].
    const auto cdf = [&](double x, double shift) {
        if (x <= 0)
            return 0.0;
        if (std::isinf(x))
            return 1.0;
        return 0.5 * std::erfc(-(std::log(x) - mu - shift) / (s * std::sqrt(2.0)));
    };
    const double expectation = std::exp(mu + s * s / 2);
    std::array<double, kIntervals> probability {};
    double lower = 0;
    for (std::size_t i = 0; i < kIntervals; ++i) {
        const double upper = i < kBucketBounds.size() ? kBucketBounds[i] : inf;
        probability[i] = cdf(upper, 0) - cdf(lower, 0);
        const double partial = expectation * (cdf(upper, s * s) - cdf(lower, s * s));
        const double fallback = std::isinf(upper) ? lower : upper;
        mean[i] = probability[i] > 0 ? std::clamp(partial / probability[i], lower, std::isinf(upper) ? 1e9 : upper)
                                     : fallback;
        lower = upper;
    }
    double tail = 0;
    for (std::size_t i = kIntervals; i-- > 0;) {
        tail += probability[i];
        conditional[i] = tail > 0 ? std::min(1.0, probability[i] / tail) : 0.0;
    }
    conditional[kIntervals - 1] = 1.0;
}

std::span<const Service> services()
{
    return kServices;
}

std::optional<std::size_t> serviceIndex(std::string_view name)
{
    for (std::size_t i = 0; i < kServices.size(); ++i) {
        if (kServices[i].name == name)
            return i;
    }
    return std::nullopt;
}

const std::vector<IncidentSpec> &incidentSpecs()
{
    static const std::vector<IncidentSpec> specs {
        { "INC-2025-001",
          unixFromUtc(2025, 1, 15, 14, 32),
          unixFromUtc(2025, 1, 15, 15, 15),
          9,
          { { .service = "myapp-api",
              .badShare = 0.30,
              .badCode = Code503,
              .badLatency = Latency { 1.5, 0.25 },
              .latency = Latency { 0.09, 0.6 } } } },
        { "INC-2026-014",
          unixFromUtc(2026, 3, 10, 6, 10),
          unixFromUtc(2026, 3, 10, 6, 48),
          20,
          { { .service = "payments-api", .badShare = 0.45, .badCode = Code503, .badLatency = Latency { 0.03, 0.5 } },
            { .service = "checkout", .badShare = 0.12, .badCode = Code500, .badLatency = Latency { 0.4, 0.4 } } } },
        // 5 % of searches at ~0.4 s: p99 0.45 s, and histogram_quantile() over the buckets 0.46 s.
        { "INC-2026-017",
          unixFromUtc(2026, 6, 2, 1, 0),
          unixFromUtc(2026, 6, 2, 3, 0),
          3,
          { { .service = "search", .slowShare = 0.05, .slowLatency = Latency { 0.41, 0.10 } } } },
    };
    return specs;
}

std::uint64_t Minute::total() const
{
    return std::accumulate(codes.begin(), codes.end(), std::uint64_t { 0 });
}

History::History(std::uint64_t seed, std::int64_t end, int days)
    : m_seed(seed)
    , m_last(floorDiv(end, kStepSeconds) * kStepSeconds)
    , m_count(static_cast<std::size_t>(std::max(days, 1)) * (kSecondsPerDay / kStepSeconds))
{
    m_first = m_last - static_cast<std::int64_t>(m_count - 1) * kStepSeconds;
    for (const Service &service : kServices)
        m_baseLatency.emplace_back(service.latency);

    const std::int64_t endDay = floorDiv(m_last, kSecondsPerDay);
    for (const IncidentSpec &spec : incidentSpecs()) {
        const std::int64_t shiftDays = endDay - spec.daysBeforeEnd - floorDiv(spec.originalStart, kSecondsPerDay);
        const std::int64_t start = spec.originalStart + shiftDays * kSecondsPerDay;
        const std::int64_t stop = spec.originalEnd + shiftDays * kSecondsPerDay;
        m_incidents.push_back({ &spec, start, stop, shiftDays });
        for (const Effect &effect : spec.effects) {
            ActiveEffect active { *serviceIndex(effect.service), start, stop, &effect, {}, {}, {} };
            if (effect.badLatency)
                active.badLatency.emplace(*effect.badLatency);
            if (effect.latency)
                active.latency.emplace(*effect.latency);
            if (effect.slowLatency)
                active.slowLatency.emplace(*effect.slowLatency);
            m_effects.push_back(std::move(active));
        }
    }
}

double History::expectedRequests(std::size_t service, std::int64_t t) const
{
    const std::int64_t local = t - kStepSeconds / 2 + kTokyoOffset; // middle of the minute
    const std::int64_t day = floorDiv(local, kSecondsPerDay);
    const double hour = static_cast<double>(local - day * kSecondsPerDay) / 3600.0;
    // Day-to-day variation, interpolated from noon to noon so it has no steps.
    const double fromNoon = static_cast<double>(local - kSecondsPerDay / 2) / kSecondsPerDay;
    const double noonDay = std::floor(fromNoon);
    const auto jitterDay = static_cast<std::int64_t>(noonDay);
    const double jitter = lerp(dayJitter(m_seed, service, jitterDay), dayJitter(m_seed, service, jitterDay + 1),
                               smoothstep(fromNoon - noonDay));
    return kServices[service].requestsPerSecond * kStepSeconds * dailyShape(hour) * weeklyShape(local) * jitter;
}

const History::ActiveEffect *History::activeEffect(std::size_t service, std::int64_t t) const
{
    for (const ActiveEffect &active : m_effects) {
        if (active.service == service && t > active.start && t <= active.end)
            return &active;
    }
    return nullptr;
}

void History::addQuiet(std::size_t service, std::int64_t from, std::int64_t to)
{
    m_quiet.push_back({ service, from, to });
}

void History::addOutage(std::size_t service, std::int64_t from, std::int64_t to)
{
    static const Effect outage { .badShare = 1.0, .badCode = Code503 };
    // In front: an outage overrides an incident's milder effect.
    m_effects.insert(m_effects.begin(), ActiveEffect { service, from, to, &outage, {}, {}, {} });
}

bool History::quiet(std::size_t service, std::int64_t t) const
{
    for (const Quiet &q : m_quiet)
        if (q.service == service && t > q.from && t <= q.to)
            return true;
    return false;
}

Minute History::minute(std::size_t service, std::int64_t t) const
{
    if (service >= kServices.size() || t <= m_first || t > m_last || (t - m_first) % kStepSeconds != 0
        || quiet(service, t))
        return {};
    const std::span<const Handler> handlers = kServices[service].handlers;
    if (handlers.empty())
        return generate(service, t, minuteSeed(m_seed, service, t), 1.0, 1.0);
    Minute sum;
    for (std::size_t h = 0; h < handlers.size(); ++h) {
        const Minute m = minute(service, h, t);
        for (std::size_t c = 0; c < kCodes.size(); ++c)
            sum.codes[c] += m.codes[c];
        for (std::size_t i = 0; i < kIntervals; ++i)
            sum.intervals[i] += m.intervals[i];
        sum.latencySum += m.latencySum;
        sum.up = m.up;
    }
    return sum;
}

Minute History::minute(std::size_t service, std::size_t handler, std::int64_t t) const
{
    if (service >= kServices.size() || handler >= kServices[service].handlers.size() || t <= m_first || t > m_last
        || (t - m_first) % kStepSeconds != 0 || quiet(service, t))
        return {};
    const Handler &h = kServices[service].handlers[handler];
    return generate(service, t, mix64(minuteSeed(m_seed, service, t) ^ mix64(handler + 1)), h.trafficShare,
                    h.badShareFactor);
}

Minute History::generate(std::size_t service, std::int64_t t, std::uint64_t seed, double trafficShare,
                         double badShareFactor) const
{
    Minute minute;
    Rng rng(seed);
    const ActiveEffect *active = activeEffect(service, t);
    const Effect *effect = active ? active->effect : nullptr;
    const bool failing = effect && effect->badShare > 0;

    const std::uint64_t total = rng.poisson(expectedRequests(service, t) * trafficShare);
    const std::uint64_t bad
        = rng.binomial(total, failing ? effect->badShare : kServices[service].badShare * badShareFactor);
    const std::uint64_t notFound = rng.binomial(total - bad, kNotFoundShare);
    minute.codes[Code200] = total - bad - notFound;
    minute.codes[Code404] = notFound;
    if (failing) {
        minute.codes[effect->badCode] += bad;
    } else {
        minute.codes[Code500] = rng.binomial(bad, kServerErrorShareOfBad);
        minute.codes[Code503] = bad - minute.codes[Code500];
    }

    const LatencyTable &usual = active && active->latency ? *active->latency : m_baseLatency[service];
    std::uint64_t others = total;
    if (active && active->badLatency) {
        others -= bad;
        addLatencies(rng, minute, bad, *active->badLatency);
    }
    if (active && active->slowLatency) {
        const std::uint64_t slow = rng.binomial(others, effect->slowShare);
        others -= slow;
        addLatencies(rng, minute, slow, *active->slowLatency);
    }
    addLatencies(rng, minute, others, usual);
    minute.up = !(effect && effect->badShare >= 1.0);
    return minute;
}

std::vector<Minute> History::series(std::size_t service) const
{
    std::vector<Minute> out(m_count);
    for (std::size_t i = 0; i < m_count; ++i)
        out[i] = minute(service, m_first + static_cast<std::int64_t>(i) * kStepSeconds);
    return out;
}

std::vector<Minute> History::series(std::size_t service, std::size_t handler) const
{
    std::vector<Minute> out(m_count);
    for (std::size_t i = 0; i < m_count; ++i)
        out[i] = minute(service, handler, m_first + static_cast<std::int64_t>(i) * kStepSeconds);
    return out;
}

} // namespace sre::demo
