#pragma once

// Declaring an incident from firing alerts against a workspace, shared by the Alerts page and
// `srectl incident declare`: what the workspace contributes (its dir, time zone, SLO ids, postmortem
// ids, on-call schedule) is copied on the caller's thread, cheaply; the rest reads and writes files
// (templates, calendars, the new postmortem) and so runs on a worker thread in the GUI.
#include "incidentdeclare.h"
#include "oncall.h"

#include <QDateTime>
#include <QStringList>
#include <vector>

namespace sre::ws {
class Workspace;
}

namespace sre {

struct IncidentRequest
{
    QString workspaceDir;
    QString timezone;
    QStringList sloIds;
    QStringList existingIds; // postmortem ids already taken
    alerting::OncallSchedule oncall;
    QString me; // who declares, when no schedule names the person on call
    std::vector<alerting::Alert> alerts;
    std::vector<alerting::Silence> silences;
    QDateTime now;
};

struct IncidentOutcome
{
    alerting::DeclaredIncident declared;
    QString templateId; // the template the draft came from
    QStringList warnings; // template and calendar problems, each naming its file
};

// On the workspace's thread: the copy of what declaring needs. The alerts are sorted by start.
IncidentRequest incidentRequest(ws::Workspace &workspace, std::vector<alerting::Alert> alerts,
                                std::vector<alerting::Silence> silences, const QDateTime &now, const QString &me);

// On any thread: the draft from the workspace's default template, written as the next free id.
IncidentOutcome declareIncident(const IncidentRequest &request);

} // namespace sre
