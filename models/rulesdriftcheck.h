#pragma once

#include "rulesdrift.h"
#include "slospec.h"

#include <QFuture>
#include <QString>
#include <optional>
#include <vector>

namespace sre {
namespace prom {
class PrometheusClient;
}

struct RulesDriftResult
{
    std::optional<rules::DriftReport> report; // unset when Prometheus did not answer with its rules
    QString error;
};

// Fetches the rule groups the datasource has loaded (/api/v1/rules) and compares them with the
// rules generated for `specs` now (rules::compareRules). Parsing, generating and comparing run on
// the global thread pool, never on the caller's thread; the future always finishes with a value.
QFuture<RulesDriftResult> checkRulesDrift(prom::PrometheusClient &client, std::vector<slo::SloSpec> specs,
                                          const QString &workspaceDir);

} // namespace sre
