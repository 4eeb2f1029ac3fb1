#include "seenbefore.h"

#include "frontmatter.h"
#include "incidentdeclare.h"

#include <QCoreApplication>
#include <algorithm>

namespace sre::alerting {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::alerting)
};

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u':';
}

void addConnection(SeenPostmortem &seen, Connection c)
{
    if (!seen.connections.contains(c))
        seen.connections << c;
}

QStringList shared(const QStringList &a, const QStringList &b)
{
    QStringList out;
    for (const QString &x : a)
        if (!x.isEmpty() && b.contains(x) && !out.contains(x))
            out << x;
    return out;
}

} // namespace

bool mentionsName(const QString &text, const QString &name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const qsizetype end = at + name.size();
        const bool startOk = at == 0 || !isNameChar(text.at(at - 1));
        const bool endOk = end >= text.size() || !isNameChar(text.at(end));
        if (startOk && endOk)
            return true;
    }
    return false;
}

QString connectionText(Connection connection)
{
    switch (connection) {
    case Connection::FrontMatter: return Tr::tr("front matter");
    case Connection::Timeline: return Tr::tr("timeline");
    case Connection::Text: return Tr::tr("text");
    case Connection::Service: return Tr::tr("service");
    case Connection::Slo: return Tr::tr("SLO");
    }
    return {};
}

QString connectionKey(Connection connection)
{
    switch (connection) {
    case Connection::FrontMatter: return QStringLiteral("alerts");
    case Connection::Timeline: return QStringLiteral("timeline");
    case Connection::Text: return QStringLiteral("text");
    case Connection::Service: return QStringLiteral("service");
    case Connection::Slo: return QStringLiteral("slo");
    }
    return {};
}

SeenBefore computeSeenBefore(const SeenBeforeInput &input)
{
    SeenBefore out;
    out.alertname = input.alertname;

    // The alert's services and SLOs: its own labels, then those of its rules in the catalog.
    std::vector<Alert> sources;
    if (!input.labels.isEmpty()) {
        Alert a;
        a.labels = input.labels;
        sources.push_back(a);
    }
    for (const AlertRule &rule : input.rules) {
        if (rule.name != input.alertname)
            continue;
        Alert a;
        a.labels = rule.labels;
        sources.push_back(a);
    }
    const AlertLinks links = linksFromLabels(sources, input.sloIds);
    out.services = links.services;
    out.slos = links.slos;

    if (input.history && input.history->ok()) {
        out.historyKnown = true;
        out.historyFrom = input.history->from;
        out.historyTo = input.history->to;
        for (const AlertHistoryRow *row : input.history->rowsFor(input.alertname)) {
            out.firings += row->firingCount();
            out.lastFired = std::max(out.lastFired, row->lastFired());
            out.totalSeconds += row->totalSeconds;
            out.flapScore += row->flapScore();
        }
    }

    for (const pm::Postmortem &p : input.postmortems) {
        if (p.isTemplate)
            continue;
        SeenPostmortem seen;
        if (p.alerts.contains(input.alertname))
            addConnection(seen, Connection::FrontMatter);
        const pm::TableHeadings headings
            = input.templates ? input.templates->headingsFor(p.templateId) : pm::TableHeadings::defaults();
        const pm::PostmortemDocument doc = pm::PostmortemDocument::parse(p.raw, headings);
        for (const pm::TimelineEntry &e : pm::timelineOf(doc, p.started))
            if (mentionsName(e.event, input.alertname) || mentionsName(e.action, input.alertname))
                addConnection(seen, Connection::Timeline);
        if (mentionsName(QString::fromUtf8(splitFrontMatter(p.raw).body), input.alertname))
            addConnection(seen, Connection::Text);
        seen.sharedServices = shared(out.services, p.services);
        seen.sharedSlos = shared(out.slos, p.slos);
        if (!seen.sharedServices.isEmpty())
            addConnection(seen, Connection::Service);
        if (!seen.sharedSlos.isEmpty())
            addConnection(seen, Connection::Slo);
        if (seen.connections.isEmpty())
            continue;
        // The text connection is implied by the timeline one; keep the strongest first.
        std::sort(seen.connections.begin(), seen.connections.end());
        if (seen.connections.contains(Connection::Timeline))
            seen.connections.removeAll(Connection::Text);
        seen.id = p.id;
        seen.title = p.title;
        seen.file = p.file;
        seen.status = p.status;
        seen.severity = p.severity;
        seen.started = p.started;
        for (const pm::ActionItem &item : pm::actionItemsOf(doc))
            if (item.isOpen())
                seen.openActionItems << item;
        out.postmortems.push_back(std::move(seen));
    }
    std::stable_sort(out.postmortems.begin(), out.postmortems.end(),
                     [](const SeenPostmortem &a, const SeenPostmortem &b) {
                         if (a.strongest() != b.strongest())
                             return a.strongest() < b.strongest();
                         if (a.started != b.started)
                             return a.started > b.started;
                         return a.id < b.id;
                     });
    return out;
}

} // namespace sre::alerting
