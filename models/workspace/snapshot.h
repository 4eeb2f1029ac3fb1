#pragma once

#include "alertrule.h"
#include "oncall.h"
#include "postmortem.h"
#include "runbook.h"
#include "slospec.h"
#include "workspaceconfig.h"

namespace sre::ws {

// What a workspace folder holds, loaded in one go (any thread). Each part is loaded by its own
// function so that a change to one folder reloads only that part.
enum class Part { Config, Slos, Postmortems, Templates, Runbooks, Rules, Oncall };
inline constexpr Part kAllParts[]
    = { Part::Config, Part::Slos, Part::Postmortems, Part::Templates, Part::Runbooks, Part::Rules, Part::Oncall };

struct Snapshot
{
    WorkspaceConfig config;
    std::vector<slo::SloSpec> slos;
    std::vector<pm::Postmortem> postmortems;
    std::vector<pm::Postmortem> templates;
    std::vector<rb::Runbook> runbooks;
    std::vector<alerting::AlertRule> rules;
    alerting::OncallSchedule oncall;
    std::map<Part, Problems> problems;

    Problems allProblems() const;
};

Snapshot loadSnapshot(const QString &dir);
// Reloads one part into `snapshot` (config must already be loaded for the others).
void loadPart(Snapshot &snapshot, Part part);

// The file or folder a part is read from, relative to the workspace (for messages).
QString partFolder(Part part);

// The folders (and files) whose changes affect `part`.
QStringList watchedPaths(const WorkspaceConfig &config, Part part);

} // namespace sre::ws
