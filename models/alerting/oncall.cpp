#include "oncall.h"

#include "duration.h"
#include "schedule.h"
#include "timezones.h"
#include "yamlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
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

QString resolve(const QString &path, const QString &baseDir)
{
    if (path.isEmpty())
        return {};
    if (path == u'~' || path.startsWith(QStringLiteral("~/")))
        return QDir::homePath() + path.mid(1);
    return QFileInfo(path).isAbsolute() ? path : QDir(baseDir).filePath(path);
}

// `ics: path` or `ics: { path | url, token_file | token_env, ca_file }`.
IcsSource parseIcs(const YAML::Node &node, const QString &file, const QString &baseDir, Problems &problems)
{
    IcsSource ics;
    if (!node)
        return ics;
    if (yaml::isScalar(node)) {
        ics.path = resolve(yaml::str(node), baseDir);
        return ics;
    }
    if (!yaml::isMap(node)) {
        problems << Problem::error(file, yaml::lineOf(node),
                                   Tr::tr("ics must be a file path or a mapping with path or url"));
        return ics;
    }
    yaml::warnUnknownKeys(node, { "path", "url", "token_file", "token_env", "token", "ca_file" }, file,
                          QStringLiteral("ics"), problems);
    ics.path = resolve(yaml::str(node["path"]), baseDir);
    if (node["url"]) {
        ics.url = QUrl(yaml::str(node["url"]));
        if (!ics.url.isValid() || ics.url.scheme() != u"https")
            problems << Problem::error(file, yaml::lineOf(node["url"]),
                                       Tr::tr("ics url \"%1\" is not an https URL").arg(yaml::str(node["url"])));
    }
    if (node["token_file"])
        ics.token.file = resolve(yaml::str(node["token_file"]), baseDir);
    if (node["token_env"])
        ics.token.envVar = yaml::str(node["token_env"]);
    if (node["ca_file"])
        ics.caFile = resolve(yaml::str(node["ca_file"]), baseDir);
    if (node["token"])
        problems << Problem::error(file, yaml::lineOf(node["token"]),
                                   Tr::tr("\"token\" holds a secret inside oncall.yaml, which is kept in git; use "
                                          "token_file or token_env instead (the value is ignored)"));
    if (ics.path.isEmpty() && ics.url.isEmpty())
        problems << Problem::error(file, yaml::lineOf(node), Tr::tr("ics needs a path or a url"));
    return ics;
}

Rotation parseRotation(const YAML::Node &node, const QString &file, const QString &baseDir, Problems &problems)
{
    Rotation r;
    r.line = yaml::lineOf(node);
    yaml::warnUnknownKeys(node,
                          { "name", "members", "length", "handoff", "start", "ics", "person_from", "person_field" },
                          file, QStringLiteral("rotation"), problems);
    r.name = yaml::str(node["name"]);
    r.members = yaml::strList(node["members"]);
    r.ics = parseIcs(node["ics"], file, baseDir, problems);
    r.ics.personFrom = yaml::str(node["person_from"]);
    if (!r.ics.personFrom.isEmpty() && !QRegularExpression(r.ics.personFrom).isValid())
        problems << Problem::error(file, yaml::lineOf(node["person_from"]),
                                   Tr::tr("person_from \"%1\" is not a valid regular expression: %2")
                                       .arg(r.ics.personFrom, QRegularExpression(r.ics.personFrom).errorString()));
    r.ics.personField = yaml::str(node["person_field"], r.ics.personField).toLower();
    if (r.ics.personField != u"summary" && r.ics.personField != u"attendee")
        problems << Problem::error(file, yaml::lineOf(node["person_field"]),
                                   Tr::tr("person_field must be summary or attendee"));
    if (r.name.isEmpty())
        problems << Problem::error(file, r.line, Tr::tr("rotation has no name"));
    if (r.members.isEmpty() && !r.ics.isSet())
        problems << Problem::error(file, r.line, Tr::tr("rotation \"%1\" has neither members nor ics").arg(r.name));
    if (node["length"]) {
        if (const auto length = parseDuration(yaml::str(node["length"]));
            length && std::chrono::duration_cast<std::chrono::seconds>(*length).count() >= 60)
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

void readSchedule(const YAML::Node &root, const QString &file, const QString &baseDir, OncallResult &result)
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
            s.rotations.push_back(parseRotation(node, file, baseDir, result.problems));
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
                     QDateTime::fromString(yaml::str(node["to"]), Qt::ISODate), yaml::lineOf(node) };
        if (!o.from.isValid() || !o.to.isValid() || o.to <= o.from)
            result.problems << Problem::error(file, yaml::lineOf(node),
                                              Tr::tr("override needs RFC 3339 \"from\" before \"to\""));
        else
            s.overrides.push_back(o);
    }
    if (const YAML::Node people = root["people"]; yaml::isMap(people))
        for (const auto &kv : people) {
            const QString handle = yaml::str(kv.first);
            Person p;
            if (yaml::isMap(kv.second)) {
                p.name = yaml::str(kv.second["name"], handle);
                p.tz = yaml::str(kv.second["tz"]);
                p.handles = yaml::strList(kv.second["handles"]);
                if (!p.tz.isEmpty() && !isKnownTimeZone(p.tz)) {
                    result.problems << Problem::warning(
                        file, yaml::lineOf(kv.second["tz"]),
                        Tr::tr("unknown time zone \"%1\" for %2 (use an IANA name such as Europe/Berlin)")
                            .arg(p.tz, handle));
                    p.tz.clear();
                }
            } else {
                p.name = yaml::str(kv.second, handle);
            }
            s.displayNames.insert(handle, p.name);
            s.people.insert(handle, p);
        }
    for (const Override &o : s.overrides)
        if (!s.rotation(o.rotation))
            result.problems << Problem::warning(file, o.line,
                                                Tr::tr("override names unknown rotation \"%1\"").arg(o.rotation));
}
} // namespace

const Rotation *OncallSchedule::rotation(const QString &name) const
{
    for (const Rotation &r : rotations)
        if (r.name == name)
            return &r;
    return nullptr;
}

QString OncallSchedule::handleFor(const QString &nameOrEmail) const
{
    QString key = nameOrEmail.trimmed();
    if (key.startsWith(QStringLiteral("mailto:"), Qt::CaseInsensitive))
        key = key.mid(7);
    if (key.isEmpty())
        return {};
    for (auto it = people.cbegin(); it != people.cend(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0 || it->name.compare(key, Qt::CaseInsensitive) == 0)
            return it.key();
        for (const QString &h : it->handles)
            if (h.compare(key, Qt::CaseInsensitive) == 0)
                return it.key();
    }
    for (const Rotation &r : rotations)
        for (const QString &m : r.members)
            if (m.compare(key, Qt::CaseInsensitive) == 0)
                return m;
    return {};
}

QString OncallSchedule::onCall(const QString &rotation, const QDateTime &at) const
{
    const QStringList members = Schedule(*this).at(rotation, at).members;
    return members.isEmpty() ? QString() : members.front();
}

OncallResult parseOncall(const QByteArray &text, const QString &file, const QString &baseDir)
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
        readSchedule(root, file, baseDir.isEmpty() ? QFileInfo(file).absolutePath() : baseDir, result);
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
