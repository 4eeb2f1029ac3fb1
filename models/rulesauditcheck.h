#pragma once

#include "datasource.h"
#include "rulesaudit.h"
#include "slospec.h"

#include <QFuture>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace sre {
namespace prom {
class CloseSwitch;
class PrometheusClient;
} // namespace prom

struct RulesAuditResult
{
    std::optional<rules::AuditReport> report; // unset when Prometheus did not answer
    QString error;
    bool configError = false; // the datasource cannot be used (e.g. an unreadable secret)
};

// The rule audit (rules/rulesaudit.h) against `client`'s Prometheus at `at` (Unix seconds): reads
// /api/v1/rules, and per deployed SLO rule its newest sample at or before `at`, the SLO's exact
// 1-minute buckets over the same window ending at that sample, and, for a value that differs, the
// evidence of its cause (the averaged input's samples, Prometheus' own increase() over the whole
// window, the group's missed iterations). Blocks the calling thread until done; srectl calls it.
RulesAuditResult runRulesAudit(prom::PrometheusClient &client, const std::vector<slo::SloSpec> &specs, qint64 at);

// The same on the global thread pool with a client of its own for `datasource`, so the caller's
// thread never waits and no client of the caller is used after it is gone. The SLO page calls it.
// Closing `closeSwitch` ends the audit at once (its requests finish as cancelled: an error).
QFuture<RulesAuditResult> auditRules(DatasourceConfig datasource, std::vector<slo::SloSpec> specs, qint64 at,
                                     std::shared_ptr<prom::CloseSwitch> closeSwitch = {});

} // namespace sre
