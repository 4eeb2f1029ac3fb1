#include "templates.h"

#include "frontmatter.h"
#include "resourcedir.h"
#include "yamlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace sre::pm {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::pm)
};
} // namespace

const Template *TemplateSet::find(const QString &id) const
{
    for (const Template &t : templates)
        if (t.id == id)
            return &t;
    return nullptr;
}

std::optional<Template> parseTemplate(const QByteArray &bytes, const QString &file, Problems &problems)
{
    const FrontMatter fm = splitFrontMatter(bytes);
    if (!fm.present) {
        problems << Problem::error(file, 1, Tr::tr("a template needs YAML front matter with template: and name:"));
        return std::nullopt;
    }
    const int offset = fm.yamlFirstLine - 1;
    std::optional<Template> result;
    yaml::interpret(
        fm.yaml, file, problems,
        [&](const yaml::Documents &documents) {
            const YAML::Node root = documents.empty() ? YAML::Node() : documents.front();
            if (!yaml::isMap(root)) {
                problems << Problem::error(file, fm.yamlFirstLine, Tr::tr("front matter is not a YAML mapping"));
                return;
            }
            Template t;
            t.file = file;
            t.raw = bytes;
            t.id = yaml::str(root["template"]);
            t.name = yaml::str(root["name"], t.id);
            t.language = yaml::str(root["language"], QStringLiteral("en"));
            t.required = yaml::strList(root["required"]);
            t.timelineHeading = yaml::str(root["timeline_heading"]);
            t.actionItemsHeading = yaml::str(root["action_items_heading"]);
            if (t.id.isEmpty()) {
                problems << Problem::error(file, fm.yamlFirstLine,
                                           Tr::tr("a template needs an id: template: my-template"));
                return;
            }
            Problems local;
            yaml::warnUnknownKeys(
                root, { "template", "name", "language", "required", "timeline_heading", "action_items_heading" }, file,
                Tr::tr("template front matter"), local);
            // A template that requires a section it does not contain makes every postmortem from it fail.
            const PostmortemDocument doc = PostmortemDocument::parse(bytes, t.tableHeadings());
            for (const QString &heading : std::as_const(t.required))
                if (doc.findSection(heading) < 0)
                    local << Problem::warning(
                        file, yaml::lineOf(root["required"]),
                        Tr::tr("required section \"%1\" is not a heading of this template").arg(heading));
            const auto checkHeading = [&](const char *key, const QString &heading) {
                if (!heading.isEmpty() && doc.findSection(heading) < 0)
                    local << Problem::warning(
                        file, yaml::lineOf(root[key]),
                        Tr::tr("%1 \"%2\" is not a heading of this template").arg(QString::fromLatin1(key), heading));
            };
            checkHeading("timeline_heading", t.timelineHeading);
            checkHeading("action_items_heading", t.actionItemsHeading);
            for (Problem &p : local)
                if (p.line > 0)
                    p.line += offset;
            problems << local;
            result = std::move(t);
        },
        fm.yamlFirstLine);
    return result;
}

TemplateSet loadTemplates(const QStringList &dirs, const QStringList &builtinDirs)
{
    TemplateSet set;
    for (const QString &dir : dirs) {
        const QDir d(dir);
        if (!d.exists())
            continue;
        const bool builtin = builtinDirs.contains(dir);
        for (const QString &name : d.entryList({ QStringLiteral("*.md") }, QDir::Files, QDir::Name)) {
            const QString path = d.filePath(name);
            const std::optional<QByteArray> bytes = yaml::readFile(path, set.problems);
            if (!bytes)
                continue;
            std::optional<Template> t = parseTemplate(*bytes, path, set.problems);
            if (!t)
                continue;
            t->builtin = builtin;
            const auto same = std::find_if(set.templates.begin(), set.templates.end(),
                                           [&](const Template &other) { return other.id == t->id; });
            if (same != set.templates.end())
                *same = std::move(*t);
            else
                set.templates.push_back(std::move(*t));
        }
    }
    return set;
}

TemplateSet loadTemplatesFor(const QString &workspaceDir)
{
    QStringList dirs;
    const QString builtin = builtinResourceDir();
    if (!builtin.isEmpty())
        dirs << QDir(builtin).filePath(QStringLiteral("templates"));
    const QStringList builtins = dirs;
    if (!workspaceDir.isEmpty())
        dirs << QDir(workspaceDir).filePath(QStringLiteral("templates"));
    return loadTemplates(dirs, builtins);
}

QString nextFreeId(const QStringList &existingIds, int year)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*INC-(\d{4})-(\d+)\s*$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    qint64 highest = 0;
    for (const QString &id : existingIds) {
        const auto m = re.match(id);
        if (m.hasMatch() && m.captured(1).toInt() == year)
            highest = std::max(highest, m.captured(2).toLongLong());
    }
    return QStringLiteral("INC-%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(highest + 1, 3, 10, QLatin1Char('0'));
}

QByteArray newPostmortemFromTemplate(const Template &tmpl, const QString &id, const QString &title,
                                     const QStringList &authors)
{
    const QByteArray eol = detectEol(tmpl.raw);
    const FrontMatter fm = splitFrontMatter(tmpl.raw);
    QStringList authorItems;
    for (const QString &a : authors)
        authorItems << yamlScalar(a, true);
    const QStringList lines = {
        QStringLiteral("---"),
        QStringLiteral("id: ") + yamlScalar(id),
        QStringLiteral("title: ") + yamlScalar(title.simplified()),
        QStringLiteral("status: draft"),
        QStringLiteral("severity:"),
        QStringLiteral("started:"),
        QStringLiteral("detected:"),
        QStringLiteral("mitigated:"),
        QStringLiteral("resolved:"),
        QStringLiteral("services: []"),
        QStringLiteral("slos: []"),
        QStringLiteral("authors: [") + authorItems.join(QStringLiteral(", ")) + QLatin1Char(']'),
        QStringLiteral("template: ") + yamlScalar(tmpl.id),
        QStringLiteral("---"),
    };
    QByteArray out;
    for (const QString &l : lines)
        out += l.toUtf8() + eol;
    return out + fm.body;
}

} // namespace sre::pm
