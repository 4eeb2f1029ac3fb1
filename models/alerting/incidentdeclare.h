#pragma once

// Declare an incident from firing alerts (DESIGN.md "Alerts, silences, incidents"): a postmortem
// draft from the workspace's default template with the next free id, its front matter and timeline
// taken from the alerts. The draft is pure logic (everything it depends on, "now" included, is an
// argument); declareIncident() adds the file write. Used by `srectl incident declare` and, once
// wired in, by the Alerts page's "Declare incident".

#include "alert.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <vector>

namespace sre::pm {
struct Template;
struct TemplateSet;
} // namespace sre::pm

namespace sre::alerting {

class Schedule;

struct IncidentInput
{
    std::vector<Alert> alerts; // one alert or a group; at least one
    std::vector<Silence> silences; // the acks among them become "acknowledged" rows
    QDateTime now; // when the incident is declared
    QString timezone = QStringLiteral("UTC"); // the workspace's (IANA): timeline times are shown in it too
    QStringList sloIds; // the workspace's SLO ids ("service/name"), to match slo labels against
    QString onCall; // who is on call now (see onCallPerson()); empty: nobody known
    QString title; // empty: from the alert names (and the summary of a single alert)
};

// The postmortem severity (P1 … P4, DESIGN.md) for an alert's severity label: critical/page → P1,
// error/high → P2, warning/ticket → P3, info/low → P4; a label already on the P scale is kept.
// Empty when the label says nothing known.
QString postmortemSeverity(const QString &alertSeverity);

// Services and SLO ids from the alerts' labels (service, sloth_service; slo, sloth_slo), in the
// order the alerts give them. An SLO label is matched against `sloIds` (as "service/slo", as an id,
// or by the SLO's name when only one workspace SLO has it); an unmatched one is kept as written.
struct AlertLinks
{
    QStringList services;
    QStringList slos;
};
AlertLinks linksFromLabels(const std::vector<Alert> &alerts, const QStringList &sloIds);

// The template a declared incident starts from: the first of the workspace's own templates (the
// non-built-in ones, in file order), else the built-in google-sre, else the first built-in.
const pm::Template *defaultTemplate(const pm::TemplateSet &templates);

// Who is on call at `at`: the members of the first rotation of the escalation list (else the first
// rotation), by display name. Empty when the schedule is empty or has a gap then.
QString onCallPerson(const Schedule &schedule, const QDateTime &at);

// The postmortem file's bytes: the template's draft (newPostmortemFromTemplate) with the front
// matter filled (severity, started, services, slos, authors, alerts), timeline rows (alert fired,
// acknowledged, incident declared; UTC, with the workspace time in brackets) and an "Alert details"
// section with each alert's labels, annotations and generatorURL in a YAML block.
QByteArray incidentDraft(const pm::Template &tmpl, const QString &id, const IncidentInput &input);

struct DeclaredIncident
{
    QString id;
    QString path; // absolute
    QString error; // empty on success; names the file
    bool ok() const { return error.isEmpty(); }
};

// Writes postmortems/<next free id>.md into `workspaceDir` atomically, never over an existing file.
// `existingIds`: the ids of the workspace's postmortems (the files in postmortems/ are added).
DeclaredIncident declareIncident(const QString &workspaceDir, const pm::Template &tmpl, const QStringList &existingIds,
                                 const IncidentInput &input);

} // namespace sre::alerting
