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

} // namespace sre::rules
