#pragma once

#include "events.h"
#include "slospec.h"

#include <QString>
#include <chrono>
#include <optional>
#include <vector>

namespace sre::slo {

// The windows burn rates are shown for: 5m, 30m, 1h, 2h, 6h, 1d, 3d.
struct BurnWindow
{
    QString name;
    std::chrono::seconds length { 0 };
};
const std::vector<BurnWindow> &standardBurnWindows();

// Error ratio / (1 - objective): 1 spends the budget exactly over the SLO window. No traffic, no rate.
std::optional<double> burnRate(const EventCounts &counts, double objective);
// Over [at - window, at].
std::optional<double> burnRate(const EventSeries &series, double objective, qint64 at, std::chrono::seconds window);

// Seconds until the remaining budget is gone at `burnRate`: remaining * windowLength / burnRate.
// 0 when already exhausted; std::nullopt when not burning (no rate, or rate <= 0).
std::optional<double> timeToExhaustion(double remainingBudget, std::chrono::seconds windowLength,
                                       std::optional<double> burnRate);

// The Workbook's multi-window, multi-burn-rate tiers: page when 2 % of the budget goes in 1 h
// (short window 5 m) or 5 % in 6 h (30 m); ticket when 10 % goes in 1 d (2 h) or in 3 d (6 h).
std::vector<BurnTier> defaultTiers();
// The SLO's own tiers, or the defaults; none when its alerting is disabled.
std::vector<BurnTier> effectiveTiers(const SloSpec &spec);

// The burn rate at which a tier fires: its explicit factor, else
// budget share * window length / long window (14.4 for 2 % in 1 h of 30 d; 13.44 for 28 d).
double tierFactor(const BurnTier &tier, std::chrono::seconds windowLength);

// A tier fires when both its long and its short window burn at least at its factor.
struct TierState
{
    BurnTier tier;
    double factor = 0;
    std::optional<double> longBurnRate;
    std::optional<double> shortBurnRate;
    bool firing = false;
};
bool tierFiring(double factor, std::optional<double> longBurnRate, std::optional<double> shortBurnRate);
std::vector<TierState> evaluateTiers(const std::vector<BurnTier> &tiers, const EventSeries &series, double objective,
                                     qint64 at, std::chrono::seconds windowLength);

} // namespace sre::slo
