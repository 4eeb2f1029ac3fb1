#include "rulesdriftcheck.h"

#include "futurechain.h"
#include "prometheusclient.h"
#include "rulesyaml.h"

namespace sre {

QFuture<RulesDriftResult> checkRulesDrift(prom::PrometheusClient &client, std::vector<slo::SloSpec> specs,
                                          const QString &workspaceDir)
{
    return fut::then(client.get(QStringLiteral("/api/v1/rules")),
                     [specs = std::move(specs), workspaceDir](const prom::RawResponse &response) {
                         RulesDriftResult result;
                         if (response.error) {
                             result.error = response.error->toString();
                             return result;
                         }
                         const alerting::ApiRuleGroupsResult loaded = alerting::parseApiRuleGroups(response.body);
                         if (!loaded.error.isEmpty()) {
                             result.error = loaded.error;
                             return result;
                         }
                         result.report = rules::compareRules(rules::generateAll(specs, workspaceDir), loaded.groups);
                         return result;
                     });
}

} // namespace sre
