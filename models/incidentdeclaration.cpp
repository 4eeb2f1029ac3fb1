#include "incidentdeclaration.h"

#include "ical.h"
#include "schedule.h"
#include "templates.h"
#include "workspace.h"

#include <QCoreApplication>
#include <algorithm>
#include <tuple>

namespace sre {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::IncidentDeclaration)
};
} // namespace

IncidentRequest incidentRequest(ws::Workspace &workspace, std::vector<alerting::Alert> alerts,
                                std::vector<alerting::Silence> silences, const QDateTime &now, const QString &me)
{
    IncidentRequest r;
    r.workspaceDir = workspace.dir();
    r.timezone = workspace.config().timezone;
    for (const slo::SloSpec &s : workspace.slos().items())
        r.sloIds << s.id();
    for (const pm::Postmortem &p : workspace.postmortems().items())
        if (!p.isTemplate)
            r.existingIds << p.id;
    r.oncall = workspace.oncall();
    r.me = me;
    std::stable_sort(alerts.begin(), alerts.end(), [](const alerting::Alert &a, const alerting::Alert &b) {
        return std::tie(a.startsAt, a.fingerprint) < std::tie(b.startsAt, b.fingerprint);
    });
    r.alerts = std::move(alerts);
    r.silences = std::move(silences);
    r.now = now;
    return r;
}

IncidentOutcome declareIncident(const IncidentRequest &request)
{
    IncidentOutcome out;
    const pm::TemplateSet templates = pm::loadTemplatesFor(request.workspaceDir);
    for (const Problem &p : templates.problems)
        out.warnings << p.toString();
    const pm::Template *tmpl = alerting::defaultTemplate(templates);
    if (!tmpl) {
        out.declared.error = Tr::tr("no postmortem template (built-in or in templates/)");
        return out;
    }
    out.templateId = tmpl->id;

    alerting::IncidentInput input;
    input.alerts = request.alerts;
    input.silences = request.silences;
    input.now = request.now;
    input.timezone = request.timezone;
    input.sloIds = request.sloIds;
    // The on-call person from oncall.yaml (calendars read around `now`), else "me".
    alerting::Schedule schedule(request.oncall);
    if (!schedule.isEmpty()) {
        Problems problems;
        alerting::loadCalendars(schedule, request.now.addDays(-30), request.now.addDays(1), problems);
        for (const Problem &p : problems)
            out.warnings << p.toString();
        input.onCall = alerting::onCallPerson(schedule, request.now);
    }
    if (input.onCall.isEmpty())
        input.onCall = request.me;
    out.declared = alerting::declareIncident(request.workspaceDir, *tmpl, request.existingIds, input);
    return out;
}

} // namespace sre
