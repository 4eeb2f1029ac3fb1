#include "burnrate.h"

namespace sre::slo {

using namespace std::chrono_literals;

const std::vector<BurnWindow> &standardBurnWindows()
{
    static const std::vector<BurnWindow> windows = {
        { QStringLiteral("5m"), 5min }, { QStringLiteral("30m"), 30min }, { QStringLiteral("1h"), 1h },
        { QStringLiteral("2h"), 2h },   { QStringLiteral("6h"), 6h },     { QStringLiteral("1d"), 24h },
        { QStringLiteral("3d"), 72h },
    };
    return windows;
}

std::optional<double> burnRate(const EventCounts &counts, double objective)
{
    const auto ratio = counts.errorRatio();
    if (!ratio)
        return std::nullopt;
    return *ratio / (1 - objective);
}

std::optional<double> burnRate(const EventSeries &series, double objective, qint64 at, std::chrono::seconds window)
{
    return burnRate(series.counts(at - window.count(), at), objective);
}

std::optional<double> timeToExhaustion(double remainingBudget, std::chrono::seconds windowLength,
                                       std::optional<double> burnRate)
{
    if (!burnRate || !(*burnRate > 0))
        return std::nullopt;
    if (remainingBudget <= 0)
        return 0.0;
    return remainingBudget * double(windowLength.count()) / *burnRate;
}

std::vector<BurnTier> defaultTiers()
{
    return {
        { QStringLiteral("page-fast"), QStringLiteral("page"), 1h, 5min, 0.02, std::nullopt },
        { QStringLiteral("page-slow"), QStringLiteral("page"), 6h, 30min, 0.05, std::nullopt },
        { QStringLiteral("ticket-fast"), QStringLiteral("ticket"), 24h, 2h, 0.10, std::nullopt },
        { QStringLiteral("ticket-slow"), QStringLiteral("ticket"), 72h, 6h, 0.10, std::nullopt },
    };
}

std::vector<BurnTier> effectiveTiers(const SloSpec &spec)
{
    if (spec.alertingDisabled)
        return {};
    return spec.tiers.empty() ? defaultTiers() : spec.tiers;
}

double tierFactor(const BurnTier &tier, std::chrono::seconds windowLength)
{
    if (tier.factor)
        return *tier.factor;
    return tier.budgetShare * double(windowLength.count()) / double(tier.longWindow.count());
}

bool tierFiring(double factor, std::optional<double> longBurnRate, std::optional<double> shortBurnRate)
{
    return longBurnRate && shortBurnRate && *longBurnRate >= factor && *shortBurnRate >= factor;
}

std::vector<TierState> evaluateTiers(const std::vector<BurnTier> &tiers, const EventSeries &series, double objective,
                                     qint64 at, std::chrono::seconds windowLength)
{
    std::vector<TierState> states;
    states.reserve(tiers.size());
    for (const BurnTier &tier : tiers) {
        TierState s;
        s.tier = tier;
        s.factor = tierFactor(tier, windowLength);
        s.longBurnRate = burnRate(series, objective, at, tier.longWindow);
        s.shortBurnRate = burnRate(series, objective, at, tier.shortWindow);
        s.firing = tierFiring(s.factor, s.longBurnRate, s.shortBurnRate);
        states.push_back(std::move(s));
    }
    return states;
}

} // namespace sre::slo
