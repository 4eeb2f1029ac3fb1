#pragma once

#include "alertrule.h"
#include "rulegen.h"

#include <QString>
#include <QStringList>
#include <vector>

// Drift: the generated rules (rulegen.h) compared with the rule groups a Prometheus has loaded
// (/api/v1/rules). What `srectl slo rules --check` reports and the SLO page marks.
namespace sre::rules {

enum class DriftKind {
    Missing, // the group, or one of its rules, is not loaded
    Outdated, // loaded, but the expression, labels, annotations, `for` or interval differ
    Failing, // loaded, and Prometheus' last evaluation failed (health "err")
};
QString driftKindName(DriftKind kind); // missing, outdated, failing (stable, for JSON and scripts)
QString driftKindText(DriftKind kind); // the same, translated, for people

struct DriftFinding
{
    DriftKind kind = DriftKind::Missing;
    QString rule; // e.g. slo:bad_events:increase5m or SLOBurnRate{tier="page"}; empty: the group
    QString detail; // what differs, or Prometheus' lastError
};

struct SloDrift
{
    QString sloId;
    QString group;
    std::vector<DriftFinding> findings; // empty: the loaded group matches the generated one

    bool ok() const { return findings.empty(); }
    // missing, outdated, failing: those that occur, in that order.
    QStringList kinds() const;
    // One line per finding, for a tooltip or a table cell.
    QString summary() const;
};

struct DriftReport
{
    std::vector<SloDrift> slos; // in the order of the expected rules
    // Whether Prometheus has loaded any group named sre-console-*: when none, the workspace never
    // deployed generated rules, and "every SLO missing" is no news to show on every row.
    bool anyGenerated = false;

    bool drifted() const;
};

// The group name prefix of every generated group (rulegen.cpp).
QString generatedGroupPrefix();

DriftReport compareRules(const std::vector<SloRules> &expected, const std::vector<alerting::ApiRuleGroup> &loaded);

// PromQL reduced to a canonical token string, so that an expression as a rule file writes it and
// as Prometheus prints it back (re-spaced, one line, numbers and durations re-formatted, strings
// re-quoted, keywords in lower case) compare equal, while any change of meaning does not.
QString normalizedPromql(const QString &expr);

} // namespace sre::rules
