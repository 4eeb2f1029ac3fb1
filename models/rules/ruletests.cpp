#include "ruletests.h"

#include "burnrate.h"
#include "duration.h"
#include "promqltext.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace sre::rules {

namespace {

constexpr double kNoSample = std::numeric_limits<double>::quiet_NaN();

std::string s(const QString &text)
{
    return text.toStdString();
}

void append(Scenario &sc, int steps, double bad, double total)
{
    sc.bad.insert(sc.bad.end(), size_t(std::max(steps, 0)), bad);
    sc.total.insert(sc.total.end(), size_t(std::max(steps, 0)), total);
}

int longestLongWindow(const SloRules &r)
{
    int n = samplesIn(std::chrono::hours(1));
    for (const TierAlert &a : r.alerts)
        n = std::max(n, samplesIn(a.tier.longWindow));
    return n;
}

int longestShortWindow(const SloRules &r)
{
    int n = 1;
    for (const TierAlert &a : r.alerts)
        n = std::max(n, samplesIn(a.tier.shortWindow));
    return n;
}

// Whether a steady error ratio of bad / kScenarioTraffic makes the tier fire, in the engine's math.
bool steadyFires(const SloRules &r, const TierAlert &a, double bad)
{
    const auto burn = slo::burnRate(slo::EventCounts { bad, kScenarioTraffic }, r.spec.objective);
    return slo::tierFiring(a.factor, burn, burn);
}

// The fewest bad events per step at which the tier fires under steady traffic; kScenarioTraffic + 1
// when even a total outage does not reach its factor.
double thresholdBad(const SloRules &r, const TierAlert &a)
{
    double bad = std::clamp(std::ceil(a.factor * (1 - r.spec.objective) * kScenarioTraffic), 0.0, kScenarioTraffic);
    while (bad > 0 && steadyFires(r, a, bad - 1))
        --bad;
    while (bad <= kScenarioTraffic && !steadyFires(r, a, bad))
        ++bad;
    return bad;
}

QString valuesText(const std::vector<double> &values)
{
    QStringList parts;
    for (size_t i = 0; i < values.size();) {
        size_t j = i;
        const bool missing = std::isnan(values[i]);
        while (j < values.size() && (missing ? std::isnan(values[j]) : values[j] == values[i]))
            ++j;
        const qsizetype run = qsizetype(j - i);
        if (missing)
            parts << (run == 1 ? QStringLiteral("_") : QStringLiteral("_x%1").arg(run));
        else if (run == 1)
            parts << slo::promql::formatNumber(values[i]);
        else
            parts << QStringLiteral("%1+0x%2").arg(slo::promql::formatNumber(values[i])).arg(run - 1);
        i = j;
    }
    return parts.join(QLatin1Char(' '));
}

void emitMap(YAML::Emitter &out, const QMap<QString, QString> &map)
{
    out << YAML::BeginMap;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out << YAML::Key << s(it.key()) << YAML::Value << YAML::DoubleQuoted << s(it.value());
    out << YAML::EndMap;
}

void emitScenario(YAML::Emitter &out, const SloRules &r, const Scenario &sc)
{
    // A grouped SLO records one series per group: the scenarios use one group.
    QString labels = recordedSelector(r, {});
    for (const QString &g : r.spec.groupBy)
        labels.insert(labels.size() - 1, QStringLiteral(",%1=\"example\"").arg(g));
    out << YAML::Comment(s(QStringLiteral("%1: %2").arg(r.spec.id(), sc.name)));
    out << YAML::BeginMap;
    out << YAML::Key << "interval" << YAML::Value << s(formatDuration(kRuleStep));
    out << YAML::Key << "input_series" << YAML::Value << YAML::BeginSeq;
    if (std::any_of(sc.total.begin(), sc.total.end(), [](double v) { return !std::isnan(v); })) {
        const std::pair<QString, const std::vector<double> *> series[]
            = { { badEventsRecord(), &sc.bad }, { totalEventsRecord(), &sc.total } };
        for (const auto &[name, values] : series) {
            out << YAML::BeginMap;
            out << YAML::Key << "series" << YAML::Value << YAML::SingleQuoted << s(name + labels);
            out << YAML::Key << "values" << YAML::Value << YAML::SingleQuoted << s(valuesText(*values));
            out << YAML::EndMap;
        }
    }
    out << YAML::EndSeq;
    out << YAML::Key << "alert_rule_test" << YAML::Value << YAML::BeginSeq;
    for (const int step : checkpoints(r, sc)) {
        const std::vector<bool> firing = firingAt(r, sc, step);
        out << YAML::BeginMap;
        out << YAML::Key << "eval_time" << YAML::Value << s(formatDuration(kRuleStep * step));
        out << YAML::Key << "alertname" << YAML::Value << s(alertName());
        out << YAML::Key << "exp_alerts" << YAML::Value << YAML::BeginSeq;
        for (size_t i = 0; i < r.alerts.size(); ++i) {
            if (!firing[i])
                continue;
            QMap<QString, QString> expLabels = r.alerts[i].labels;
            for (const QString &g : r.spec.groupBy)
                expLabels.insert(g, QStringLiteral("example"));
            out << YAML::BeginMap << YAML::Key << "exp_labels" << YAML::Value;
            emitMap(out, expLabels);
            out << YAML::Key << "exp_annotations" << YAML::Value;
            emitMap(out, r.alerts[i].annotations);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq << YAML::EndMap;
    }
    out << YAML::EndSeq;
    out << YAML::EndMap;
}

} // namespace

std::vector<Scenario> testScenarios(const SloRules &r)
{
    const double traffic = kScenarioTraffic;
    const double budget = 1 - r.spec.objective;
    // promtool evaluates every rule at every 5m step of a test, so the scenarios are as short as
    // what they prove allows: an hour for the constant ones.
    const int hour = samplesIn(std::chrono::hours(1));
    std::vector<Scenario> out;

    Scenario idle { QStringLiteral("idle: no traffic, no samples"), {}, {} };
    append(idle, hour + 1, kNoSample, kNoSample);
    out.push_back(idle);

    Scenario steady { QStringLiteral("steady traffic within the objective (burn rate 0.5)"), {}, {} };
    append(steady, hour + 1, std::floor(0.5 * budget * traffic), traffic);
    out.push_back(steady);

    // A clean hour, then every event fails until each tier that can fire has fired, then clean
    // traffic until the short windows have forgotten the outage (the tiers stop one by one).
    Scenario outage { QStringLiteral("outage: 100 % of events fail, then recovery"), {}, {} };
    const int longest = longestLongWindow(r);
    append(outage, hour, 0, traffic);
    append(outage, longest + 1, traffic, traffic);
    int lastFirst = hour;
    for (size_t i = 0; i < r.alerts.size(); ++i) {
        for (int step = hour; step <= hour + longest; ++step) {
            if (firingAt(r, outage, step)[i]) {
                lastFirst = std::max(lastFirst, step);
                break;
            }
        }
    }
    outage.bad.resize(size_t(lastFirst + 1));
    outage.total.resize(size_t(lastFirst + 1));
    append(outage, longestShortWindow(r) + 1, 0, traffic);
    out.push_back(outage);

    // One clean step, then a steady error ratio just above (or below) the tier's threshold: the
    // long window reaches the ratio only when the clean step leaves it, exactly one long window
    // later, which pins down the window's length as well as the factor.
    for (const TierAlert &a : r.alerts) {
        const int n = samplesIn(a.tier.longWindow);
        const double bad = thresholdBad(r, a);
        const auto crossing = [&](const QString &where, double badPerStep) {
            Scenario sc { QStringLiteral("tier %1 (factor %2) just %3 its threshold: %4 of %5 events per 5m fail")
                              .arg(a.tier.name, slo::promql::formatNumber(a.factor), where)
                              .arg(badPerStep)
                              .arg(traffic),
                          {},
                          {} };
            append(sc, 1, 0, traffic);
            append(sc, n + 1, badPerStep, traffic);
            return sc;
        };
        if (bad <= traffic)
            out.push_back(crossing(QStringLiteral("above"), bad));
        if (bad >= 1)
            out.push_back(crossing(QStringLiteral("below"), std::min(bad, traffic + 1) - 1));
    }
    return out;
}

std::vector<bool> firingAt(const SloRules &r, const Scenario &sc, int step)
{
    const auto counts = [&](int samples) {
        slo::EventCounts c;
        for (int i = std::max(0, step - samples + 1); i <= step && i < int(sc.total.size()); ++i) {
            if (std::isnan(sc.total[size_t(i)]))
                continue;
            c.bad += sc.bad[size_t(i)];
            c.total += sc.total[size_t(i)];
        }
        return c;
    };
    std::vector<bool> firing;
    for (const TierAlert &a : r.alerts) {
        const auto longBurn = slo::burnRate(counts(samplesIn(a.tier.longWindow)), r.spec.objective);
        const auto shortBurn = slo::burnRate(counts(samplesIn(a.tier.shortWindow)), r.spec.objective);
        firing.push_back(slo::tierFiring(a.factor, longBurn, shortBurn));
    }
    return firing;
}

std::vector<int> checkpoints(const SloRules &r, const Scenario &sc)
{
    const int last = int(sc.total.size()) - 1;
    std::set<int> steps { 0, std::max(last, 0) };
    std::vector<bool> previous = firingAt(r, sc, 0);
    for (int step = 1; step <= last; ++step) {
        std::vector<bool> now = firingAt(r, sc, step);
        if (now != previous) {
            steps.insert(step - 1);
            steps.insert(step);
        }
        previous = std::move(now);
    }
    return { steps.begin(), steps.end() };
}

QByteArray renderTests(const std::vector<SloRules> &rules, const QString &ruleFile)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::Comment("Generated by srectl slo rules --tests: run with `promtool test rules FILE`. Each test "
                         "feeds one SLO's recorded event counts and expects the tiers the SLO math predicts.");
    out << YAML::BeginMap;
    out << YAML::Key << "rule_files" << YAML::Value << YAML::BeginSeq << s(ruleFile) << YAML::EndSeq;
    out << YAML::Key << "evaluation_interval" << YAML::Value << s(formatDuration(kRuleStep));
    out << YAML::Key << "tests" << YAML::Value << YAML::BeginSeq;
    for (const SloRules &r : rules) {
        if (r.alerts.empty())
            continue; // alerting disabled: nothing fires, nothing to test
        for (const Scenario &sc : testScenarios(r))
            emitScenario(out, r, sc);
    }
    out << YAML::EndSeq;
    out << YAML::EndMap;
    QByteArray text(out.c_str(), qsizetype(out.size()));
    text.append('\n');
    return text;
}

} // namespace sre::rules
