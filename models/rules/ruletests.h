#pragma once

#include "rulegen.h"

#include <QByteArray>
#include <QString>
#include <vector>

// `promtool test rules` files for generated rules. Each scenario gives the SLO's recorded series
// (bad and total events per 5 minutes) as input and expects every tier to fire, or not, at the
// steps where the engine's math (burnrate.h) says it does. The raw metrics of an SLO are arbitrary
// PromQL, so the scenarios start at the recorded series; the recording rules produce nothing there
// (no raw series, no traffic) and so do not interfere.
namespace sre::rules {

// Events of one scenario, one entry per 5-minute evaluation step (step i is at i * 5m). A NaN
// entry is a step without a sample: no traffic.
struct Scenario
{
    QString name; // "outage: 100 % of events fail"
    std::vector<double> bad;
    std::vector<double> total;
};

// Total events per step in every scenario: large enough that one bad event more or less moves the
// error ratio across a tier's threshold by a fraction of a percent.
inline constexpr double kScenarioTraffic = 100000;

// Idle, steady within the objective, a 100 % outage with its recovery, and for each tier its
// threshold crossed just above and just below (after a clean long window, so the long window fills
// up at the predicted pace).
std::vector<Scenario> testScenarios(const SloRules &rules);

// Per tier (in rules.alerts order) whether it fires at evaluation step `step` of the scenario:
// both windows' burn rates (sum of bad / sum of total over their ceil(window / 5m) newest samples,
// divided by 1 - objective) at least the tier's factor.
std::vector<bool> firingAt(const SloRules &rules, const Scenario &scenario, int step);

// The steps a test checks: the first and the last, and either side of every change of the firing
// tiers.
std::vector<int> checkpoints(const SloRules &rules, const Scenario &scenario);

// The whole test file; `ruleFile` is how it names the rule file (relative to the test file).
QByteArray renderTests(const std::vector<SloRules> &rules, const QString &ruleFile);

} // namespace sre::rules
