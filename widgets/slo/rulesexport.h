#pragma once

#include "rulesyaml.h"

#include <QString>
#include <optional>

class QWidget;

namespace sre {
namespace ws {
class Workspace;
}

// "Export rules…" of the SLO page: asks for a file and a format (Prometheus rule file or
// Kubernetes PrometheusRule), writes the generated rules of every SLO of the workspace through the
// same generator as `srectl slo rules` and shows what went wrong if it could not. The file is a
// few kilobytes, so it is written right away.
void exportSloRules(ws::Workspace &workspace, QWidget *parent);

// Writes the rules of every SLO of the workspace to `path`; returns the message to show when that
// failed.
std::optional<QString> writeSloRules(ws::Workspace &workspace, const QString &path, rules::RuleFormat format);

} // namespace sre
