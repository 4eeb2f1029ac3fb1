#pragma once

#include "alert.h"
#include "alerthistory.h"
#include "alertrule.h"
#include "postmortem.h"
#include "tablerows.h"
#include "templates.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace sre::alerting {

// "Has this fired before, and what did we learn last time?" for one alert (issue 14, part 3).
//
// A postmortem is connected to the alert when (strongest first):
// - its front matter `alerts:` names the alert (what "Declare incident" writes);
// - its timeline names the alert (a timeline row's event or action holds the name as a word);
// - the rest of its text names the alert;
// - it shares a service or an SLO with the alert. The alert's services and SLOs come from its
//   labels (service, sloth_service; slo, sloth_slo, as in DESIGN.md "Declare incident") and from
//   the labels of the catalog's rules of the same name.
// A name is matched as a whole word, case-sensitively ("TargetDown" is not found in
// "TargetDownTime"): alert names are identifiers, and a plain scan of the few postmortem files a
// team has needs no index (and no cache folder on a CI box).
enum class Connection { FrontMatter, Timeline, Text, Service, Slo };

struct SeenPostmortem
{
    QString id;
    QString title;
    QString file;
    QString status;
    QString severity;
    QDateTime started;
    QList<Connection> connections; // strongest first, each once
    QStringList sharedServices;
    QStringList sharedSlos;
    QList<pm::ActionItem> openActionItems;

    Connection strongest() const { return connections.front(); }
};

struct SeenBefore
{
    QString alertname;
    QStringList services; // of the alert
    QStringList slos;

    // From the alert history over the last 30 days (absent when it could not be fetched).
    bool historyKnown = false;
    qint64 historyFrom = 0;
    qint64 historyTo = 0;
    int firings = 0; // every label set of the alert
    qint64 lastFired = 0; // Unix seconds of the latest firing's start; 0: none in the period
    qint64 totalSeconds = 0;
    int flapScore = 0;

    std::vector<SeenPostmortem> postmortems; // strongest connection first, then newest first
};

struct SeenBeforeInput
{
    QString alertname;
    LabelSet labels; // of a firing alert; empty for an alert from the catalog
    std::vector<AlertRule> rules; // the catalog
    std::vector<pm::Postmortem> postmortems;
    const pm::TemplateSet *templates = nullptr; // for the action items' heading; null: the defaults
    QStringList sloIds; // the workspace's SLO ids, to match an slo label against
    const AlertHistory *history = nullptr;
};

SeenBefore computeSeenBefore(const SeenBeforeInput &input);

// Whether `text` holds `name` as a whole word (neighbours are not letters, digits, '_' or ':').
bool mentionsName(const QString &text, const QString &name);

// "front matter", "timeline", "text", "service", "SLO" (translated).
QString connectionText(Connection connection);
// "alerts", "timeline", "text", "service", "slo": for JSON.
QString connectionKey(Connection connection);

} // namespace sre::alerting
