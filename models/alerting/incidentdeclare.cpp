#include "incidentdeclare.h"

#include "document.h"
#include "schedule.h"
#include "silencebuilder.h"
#include "templates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTimeZone>
#include <algorithm>
#include <map>
#include <set>
#include <unistd.h>

namespace sre::alerting {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::alerting::IncidentDeclare)
};

// The words the draft itself contains follow the template's language, not the UI's: a Japanese
// team's postmortem stays Japanese whoever declares it (as document.cpp does for table headers).
struct Words
{
    QString fired, acknowledged, declared, onCall, details;
};

Words wordsFor(const QString &language)
{
    if (language.startsWith(QStringLiteral("ja")))
        return { QStringLiteral("アラート発火: %1"), QStringLiteral("確認 (ack): %1"),
                 QStringLiteral("インシデント宣言"), QStringLiteral("オンコール: %1"),
                 QStringLiteral("アラートの詳細") };
    return { QStringLiteral("Alert fired: %1"), QStringLiteral("Acknowledged: %1"), QStringLiteral("Incident declared"),
             QStringLiteral("On call: %1"), QStringLiteral("Alert details") };
}

void addUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list << value;
}

// A timeline time cell as addTimelineRow() writes one: UTC (the column and every other writer of
// the timeline use UTC), the date only when it is not the incident's start date. The time in the
// workspace zone follows in brackets, so the on-call engineer also reads their own clock.
QString timeCell(const QDateTime &at, const QDate &startDate, const QTimeZone &zone)
{
    const QDateTime utc = at.toUTC();
    QString cell = utc.toString(utc.date() == startDate ? QStringLiteral("HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm"));
    if (zone.isValid() && zone.offsetFromUtc(utc) != 0) {
        const QDateTime local = utc.toTimeZone(zone);
        const QString localText
            = local.toString(local.date() == utc.date() ? QStringLiteral("HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm"));
        cell += QStringLiteral(" (%1 %2)").arg(localText, QString::fromUtf8(zone.id()));
    }
    return cell;
}

QString utcText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString titleFor(const std::vector<Alert> &alerts)
{
    QStringList names;
    for (const Alert &a : alerts)
        addUnique(names, a.name());
    if (names.size() == 1) {
        for (const Alert &a : alerts) {
            const QString summary = a.annotations.value(QStringLiteral("summary")).simplified();
            if (!summary.isEmpty())
                return QStringLiteral("%1: %2").arg(names.front(), summary);
        }
    }
    return names.join(QStringLiteral(", "));
}

// The "Alert details" block: what Alertmanager reported, as YAML in a fence (copyable, and the
// blameless checker does not read machine text).
QString detailsBlock(const std::vector<Alert> &alerts)
{
    QStringList lines { QStringLiteral("```yaml") };
    const auto map = [&](const QString &key, const LabelSet &values) {
        if (values.isEmpty()) {
            lines << QStringLiteral("  %1: {}").arg(key);
            return;
        }
        lines << QStringLiteral("  %1:").arg(key);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            lines << QStringLiteral("    %1: %2").arg(pm::yamlScalar(it.key()), pm::yamlScalar(it.value()));
    };
    for (const Alert &a : alerts) {
        lines << QStringLiteral("- fingerprint: %1").arg(pm::yamlScalar(a.fingerprint));
        lines << QStringLiteral("  startsAt: %1").arg(utcText(a.startsAt));
        map(QStringLiteral("labels"), a.labels);
        map(QStringLiteral("annotations"), a.annotations);
        if (!a.generatorURL.isEmpty())
            lines << QStringLiteral("  generatorURL: %1").arg(pm::yamlScalar(a.generatorURL));
    }
    lines << QStringLiteral("```");
    return lines.join(u'\n') + u'\n';
}

struct Row
{
    QDateTime at;
    QString event, action;
};

} // namespace

QString postmortemSeverity(const QString &alertSeverity)
{
    const QString s = alertSeverity.trimmed().toLower();
    static const QRegularExpression pScale(QStringLiteral(R"(^p[0-4]$)"));
    if (pScale.match(s).hasMatch())
        return s.toUpper();
    static const std::map<QString, QString> scale = {
        { QStringLiteral("critical"), QStringLiteral("P1") },  { QStringLiteral("page"), QStringLiteral("P1") },
        { QStringLiteral("emergency"), QStringLiteral("P1") }, { QStringLiteral("sev1"), QStringLiteral("P1") },
        { QStringLiteral("error"), QStringLiteral("P2") },     { QStringLiteral("high"), QStringLiteral("P2") },
        { QStringLiteral("major"), QStringLiteral("P2") },     { QStringLiteral("sev2"), QStringLiteral("P2") },
        { QStringLiteral("warning"), QStringLiteral("P3") },   { QStringLiteral("ticket"), QStringLiteral("P3") },
        { QStringLiteral("medium"), QStringLiteral("P3") },    { QStringLiteral("sev3"), QStringLiteral("P3") },
        { QStringLiteral("info"), QStringLiteral("P4") },      { QStringLiteral("low"), QStringLiteral("P4") },
        { QStringLiteral("minor"), QStringLiteral("P4") },     { QStringLiteral("sev4"), QStringLiteral("P4") },
    };
    const auto it = scale.find(s);
    return it == scale.end() ? QString() : it->second;
}

AlertLinks linksFromLabels(const std::vector<Alert> &alerts, const QStringList &sloIds)
{
    AlertLinks links;
    for (const Alert &a : alerts) {
        QString service = a.labels.value(QStringLiteral("service"));
        if (service.isEmpty())
            service = a.labels.value(QStringLiteral("sloth_service"));
        addUnique(links.services, service);
        QString slo = a.labels.value(QStringLiteral("sloth_slo"));
        if (slo.isEmpty())
            slo = a.labels.value(QStringLiteral("slo"));
        if (slo.isEmpty())
            continue;
        QString id;
        if (!service.isEmpty() && sloIds.contains(service + u'/' + slo))
            id = service + u'/' + slo;
        else if (sloIds.contains(slo))
            id = slo;
        else {
            QStringList byName;
            for (const QString &candidate : sloIds)
                if (candidate.section(u'/', 1) == slo)
                    byName << candidate;
            if (byName.size() == 1)
                id = byName.front();
        }
        if (id.isEmpty()) // not a workspace SLO: kept as the labels say it
            id = service.isEmpty() || slo.contains(u'/') ? slo : service + u'/' + slo;
        addUnique(links.slos, id);
        if (sloIds.contains(id))
            addUnique(links.services, id.section(u'/', 0, 0));
    }
    return links;
}

const pm::Template *defaultTemplate(const pm::TemplateSet &templates)
{
    for (const pm::Template &t : templates.templates)
        if (!t.builtin)
            return &t;
    if (const pm::Template *google = templates.find(QStringLiteral("google-sre")))
        return google;
    return templates.templates.empty() ? nullptr : &templates.templates.front();
}

QString onCallPerson(const Schedule &schedule, const QDateTime &at)
{
    const QStringList rotations = schedule.rotationNames();
    if (rotations.isEmpty())
        return {};
    QString rotation = rotations.front();
    for (const QString &r : schedule.config().escalation)
        if (rotations.contains(r)) {
            rotation = r;
            break;
        }
    QStringList names;
    for (const QString &member : schedule.at(rotation, at).members)
        names << schedule.config().displayName(member);
    return names.join(QStringLiteral(", "));
}

QByteArray incidentDraft(const pm::Template &tmpl, const QString &id, const IncidentInput &input)
{
    const Words words = wordsFor(tmpl.language);
    const QTimeZone zone(input.timezone.toUtf8());
    const QString title = input.title.simplified().isEmpty() ? titleFor(input.alerts) : input.title;
    const QStringList authors = input.onCall.isEmpty() ? QStringList() : QStringList { input.onCall };
    pm::PostmortemDocument doc
        = pm::PostmortemDocument::parse(pm::newPostmortemFromTemplate(tmpl, id, title, authors), tmpl.tableHeadings());

    QDateTime started;
    QString severity;
    QStringList names;
    for (const Alert &a : input.alerts) {
        if (a.startsAt.isValid() && (!started.isValid() || a.startsAt < started))
            started = a.startsAt;
        const QString s = postmortemSeverity(a.severity());
        if (!s.isEmpty() && (severity.isEmpty() || s < severity)) // P1 < P2: the worst wins
            severity = s;
        addUnique(names, a.name());
    }
    const AlertLinks links = linksFromLabels(input.alerts, input.sloIds);
    pm::FrontMatterBlock &fm = doc.frontMatter();
    fm.setValue(QStringLiteral("severity"), severity);
    fm.setTime(QStringLiteral("started"), started);
    fm.setList(QStringLiteral("services"), links.services);
    fm.setList(QStringLiteral("slos"), links.slos);
    fm.setList(QStringLiteral("alerts"), names);

    std::vector<Row> rows;
    std::set<std::pair<QDateTime, QString>> fired;
    for (const Alert &a : input.alerts)
        if (a.startsAt.isValid())
            fired.insert({ a.startsAt.toUTC(), a.name() });
    for (const auto &[at, name] : fired)
        rows.push_back({ at, words.fired.arg(name), {} });
    // An ack silence counts when it covers one of the alerts and was in force while it fired (an
    // old ack of the same labels from an earlier incident does not).
    for (const Silence &s : input.silences) {
        if (!s.isAck())
            continue;
        QStringList acked;
        for (const Alert &a : input.alerts)
            if (matchesAll(s.matchers, a.labels) && (!s.endsAt.isValid() || s.endsAt > a.startsAt)
                && (!input.now.isValid() || !s.startsAt.isValid() || s.startsAt <= input.now))
                addUnique(acked, a.name());
        if (acked.isEmpty())
            continue;
        const QString comment = s.comment.mid(Silence::AckPrefix.size()).trimmed();
        QString action = s.createdBy;
        if (!comment.isEmpty())
            action = action.isEmpty() ? comment : QStringLiteral("%1: %2").arg(action, comment);
        rows.push_back(
            { s.startsAt.isValid() ? s.startsAt : s.updatedAt, words.acknowledged.arg(acked.join(u',')), action });
    }
    rows.push_back({ input.now, words.declared, input.onCall.isEmpty() ? QString() : words.onCall.arg(input.onCall) });
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.at < b.at; });

    pm::MarkdownTable &timeline = doc.ensureTimeline();
    const qsizetype timeColumn = std::max<qsizetype>(0, timeline.columnIndex(pm::Column::Time));
    for (const Row &r : rows) {
        QStringList cells(timeline.columnCount());
        cells[timeColumn] = timeCell(r.at, started.toUTC().date(), zone);
        const qsizetype eventColumn = timeline.columnIndex(pm::Column::Event);
        const qsizetype actionColumn = timeline.columnIndex(pm::Column::Action);
        if (eventColumn >= 0)
            cells[eventColumn] = r.event;
        if (actionColumn >= 0)
            cells[actionColumn] = r.action;
        timeline.appendRow(cells);
    }
    doc.appendSection(2, words.details, QStringLiteral("\n") + detailsBlock(input.alerts));
    return doc.toBytes();
}

DeclaredIncident declareIncident(const QString &workspaceDir, const pm::Template &tmpl, const QStringList &existingIds,
                                 const IncidentInput &input)
{
    DeclaredIncident result;
    const QDir dir(QDir(workspaceDir).filePath(QStringLiteral("postmortems")));
    if (!QDir().mkpath(dir.path())) {
        result.error = Tr::tr("cannot create the folder %1").arg(dir.path());
        return result;
    }
    QStringList ids = existingIds;
    for (const QString &name : dir.entryList({ QStringLiteral("*.md") }, QDir::Files))
        ids << QFileInfo(name).completeBaseName();
    const int year = (input.now.isValid() ? input.now : QDateTime::currentDateTimeUtc()).toUTC().date().year();
    // Written to a temporary file and renamed into place. Qt renames without replacing
    // (renameat2 RENAME_NOREPLACE, or link + unlink), so a file that appeared meanwhile (someone
    // else declared at the same moment) is never overwritten: that id is taken and the next tried.
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QString id = pm::nextFreeId(ids, year);
        const QString path = dir.filePath(id + QStringLiteral(".md"));
        ids << id;
        if (QFileInfo::exists(path))
            continue;
        const QByteArray bytes = incidentDraft(tmpl, id, input);
        QTemporaryFile file(dir.filePath(QStringLiteral(".%1-XXXXXX.tmp").arg(id)));
        if (!file.open() || file.write(bytes) != bytes.size() || !file.flush() || ::fsync(file.handle()) != 0) {
            result.error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
            return result;
        }
        if (file.rename(path)) {
            file.setAutoRemove(false);
            result.id = id;
            result.path = path;
            return result;
        }
        if (!QFileInfo::exists(path)) {
            result.error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
            return result;
        }
    }
    result.error = Tr::tr("no free incident id in %1").arg(dir.path());
    return result;
}

} // namespace sre::alerting
