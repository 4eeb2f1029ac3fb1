#include "oncall.h"

#include "duration.h"
#include "timezones.h"
#include "yamlutil.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace sre::alerting {

namespace {
// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::alerting)
};

int weekdayFromName(const QString &name)
{
    static const QStringList names
        = { QStringLiteral("monday"),   QStringLiteral("tuesday"), QStringLiteral("wednesday"),
            QStringLiteral("thursday"), QStringLiteral("friday"),  QStringLiteral("saturday"),
            QStringLiteral("sunday") };
    return names.indexOf(name.toLower()) + 1; // 0 when unknown
}

Rotation parseRotation(const YAML::Node &node, const QString &file, Problems &problems)
{
    Rotation r;
    r.line = yaml::lineOf(node);
    r.name = yaml::str(node["name"]);
    r.members = yaml::strList(node["members"]);
    r.ics = yaml::str(node["ics"]);
    if (r.name.isEmpty())
        problems << Problem::error(file, r.line, Tr::tr("rotation has no name"));
    if (r.members.isEmpty() && r.ics.isEmpty())
        problems << Problem::error(file, r.line, Tr::tr("rotation \"%1\" has neither members nor ics").arg(r.name));
    if (node["length"]) {
        if (const auto length = parseDuration(yaml::str(node["length"])); length && length->count() > 0)
            r.length = std::chrono::duration_cast<std::chrono::seconds>(*length);
        else
            problems << Problem::error(
                file, yaml::lineOf(node["length"]),
                Tr::tr("length \"%1\" is not a duration such as 1w or 12h").arg(yaml::str(node["length"])));
    }
    if (const YAML::Node handoff = node["handoff"]; yaml::isMap(handoff)) {
        if (handoff["weekday"]) {
            r.handoffWeekday = weekdayFromName(yaml::str(handoff["weekday"]));
            if (r.handoffWeekday == 0)
                problems << Problem::error(file, yaml::lineOf(handoff["weekday"]),
                                           Tr::tr("unknown weekday \"%1\"").arg(yaml::str(handoff["weekday"])));
        }
        if (handoff["time"]) {
            r.handoffTime = QTime::fromString(yaml::str(handoff["time"]), QStringLiteral("H:mm"));
            if (!r.handoffTime.isValid())
                problems << Problem::error(file, yaml::lineOf(handoff["time"]),
                                           Tr::tr("handoff time \"%1\" is not HH:MM").arg(yaml::str(handoff["time"])));
        }
    }
    if (node["start"]) {
        r.start = QDate::fromString(yaml::str(node["start"]), Qt::ISODate);
        if (!r.start.isValid())
            problems << Problem::error(
                file, yaml::lineOf(node["start"]),
                Tr::tr("start \"%1\" is not a date such as 2026-01-05").arg(yaml::str(node["start"])));
    }
    return r;
}

void readSchedule(const YAML::Node &root, const QString &file, OncallResult &result)
{
    OncallSchedule &s = result.schedule;
    yaml::warnUnknownKeys(root, { "timezone", "rotations", "escalation", "overrides", "people" }, file,
                          QStringLiteral("oncall.yaml"), result.problems);
    s.timezone = yaml::str(root["timezone"], s.timezone);
    if (!isKnownTimeZone(s.timezone)) {
        result.problems << Problem::warning(
            file, yaml::lineOf(root["timezone"]),
            Tr::tr("unknown time zone \"%1\" (use an IANA name such as Asia/Tokyo); using UTC").arg(s.timezone));
        s.timezone = QStringLiteral("UTC");
    }
    for (const auto &node : root["rotations"]) {
        if (yaml::isMap(node))
            s.rotations.push_back(parseRotation(node, file, result.problems));
        else
            result.problems << Problem::error(file, yaml::lineOf(node),
                                              Tr::tr("a rotation must be a mapping with name and members"));
    }
    s.escalation = yaml::strList(root["escalation"]);
    for (const auto &node : root["overrides"]) {
        if (!yaml::isMap(node)) {
            result.problems << Problem::error(file, yaml::lineOf(node),
                                              Tr::tr("override must be a mapping with rotation, member, from, to"));
            continue;
        }
        Override o { yaml::str(node["rotation"]), yaml::str(node["member"]),
                     QDateTime::fromString(yaml::str(node["from"]), Qt::ISODate),
                     QDateTime::fromString(yaml::str(node["to"]), Qt::ISODate) };
        if (!o.from.isValid() || !o.to.isValid() || o.to <= o.from)
            result.problems << Problem::error(file, yaml::lineOf(node),
                                              Tr::tr("override needs RFC 3339 \"from\" before \"to\""));
        else
            s.overrides.push_back(o);
    }
    if (const YAML::Node people = root["people"]; yaml::isMap(people))
        for (const auto &kv : people)
            s.displayNames.insert(yaml::str(kv.first),
                                  yaml::isMap(kv.second) ? yaml::str(kv.second["name"], yaml::str(kv.first))
                                                         : yaml::str(kv.second, yaml::str(kv.first)));
}
} // namespace

QString OncallSchedule::onCall(const QString &rotation, const QDateTime &at) const
{
    for (const Override &o : overrides)
        if (o.rotation == rotation && o.from <= at && at < o.to)
            return o.member;
    for (const Rotation &r : rotations) {
        if (r.name != rotation || r.members.isEmpty() || !r.start.isValid())
            continue;
        const QTimeZone zone(timezone.toUtf8());
        const QDateTime first(r.start, r.handoffTime, zone.isValid() ? zone : QTimeZone::utc());
        const qint64 elapsed = first.secsTo(at);
        if (elapsed < 0)
            return {};
        const qint64 shift = elapsed / r.length.count();
        return r.members.at(static_cast<qsizetype>(shift % r.members.size()));
    }
    return {};
}

OncallResult parseOncall(const QByteArray &text, const QString &file)
{
    OncallResult result;
    OncallSchedule &s = result.schedule;
    s.file = file;
    yaml::interpret(text, file, result.problems, [&](const yaml::Documents &documents) {
        const YAML::Node root = documents.empty() ? YAML::Node() : documents.front();
        if (!yaml::isMap(root)) {
            result.problems << Problem::error(file, 1, Tr::tr("oncall.yaml must be a mapping with \"rotations:\""));
            return;
        }
        readSchedule(root, file, result);
    });
    return result;
}

OncallResult loadOncall(const QString &path)
{
    OncallResult result;
    if (const std::optional<QByteArray> bytes = yaml::readFile(path, result.problems))
        result = parseOncall(*bytes, path);
    return result;
}

} // namespace sre::alerting
