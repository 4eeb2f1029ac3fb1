#pragma once

#include "rulegen.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace sre::rules {

enum class RuleFormat {
    Rules, // a Prometheus rule file: `groups:`
    PrometheusRule, // a Kubernetes PrometheusRule object (prometheus-operator) holding the same groups
};

// The rule file of the SLOs, one group per SLO in the given order. `objectName` names the
// PrometheusRule object.
QByteArray renderRules(const std::vector<SloRules> &rules, RuleFormat format,
                       const QString &objectName = QStringLiteral("sre-console-slos"));

// Generates the rules of `specs` (rulegen.h) and renders them; spec files are named relative to
// `workspaceDir`, so a rule file committed to git names no local path. What `srectl slo rules`
// and the SLO page's "Export rules…" write.
std::vector<SloRules> generateAll(const std::vector<slo::SloSpec> &specs, const QString &workspaceDir);

} // namespace sre::rules
