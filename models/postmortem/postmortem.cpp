#include "postmortem.h"

#include "document.h"
#include "frontmatter.h"
#include "tablerows.h"
#include "yamlutil.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sre::pm {

namespace {
// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::pm)
};

QDateTime parseTime(const YAML::Node &node, const QString &file, Problems &problems)
{
    const QString text = yaml::str(node);
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        problems << Problem::error(file, yaml::lineOf(node),
                                   Tr::tr("\"%1\" is not an RFC 3339 time such as 2025-01-15T14:32:00Z").arg(text));
        return {};
    }
    return time.toUTC();
}
} // namespace

qint64 Postmortem::durationSeconds() const
{
    const QDateTime end = resolved.isValid() ? resolved : mitigated;
    if (!started.isValid() || !end.isValid())
        return 0;
    return std::max<qint64>(0, started.secsTo(end));
}

bool isValidStatus(const QString &status)
{
    return status == u"draft" || status == u"in-review" || status == u"published";
}

ParseResult parsePostmortem(const QByteArray &text, const QString &file)
{
    ParseResult result;
    Postmortem &pm = result.postmortem;
    pm.file = file;
    pm.raw = text;
    const QList<ActionItem> items = actionItemsOf(PostmortemDocument::parse(text));
    pm.actionItemCount = int(items.size());
    pm.openActionItemCount
        = int(std::count_if(items.cbegin(), items.cend(), [](const ActionItem &i) { return i.isOpen(); }));
    const FrontMatter fm = splitFrontMatter(text);
    pm.title = firstH1(fm.body);
    if (!fm.present) {
        result.problems << Problem::warning(file, 1, Tr::tr("no YAML front matter: id, status and times are unknown"));
        pm.id = QFileInfo(file).completeBaseName();
        return result;
    }
    yaml::interpret(
        fm.yaml, file, result.problems,
        [&](const yaml::Documents &documents) {
            const YAML::Node root = documents.empty() ? YAML::Node() : documents.front();
            if (!yaml::isMap(root)) {
                result.problems << Problem::error(file, fm.yamlFirstLine, Tr::tr("front matter is not a YAML mapping"));
                return;
            }
            // yaml-cpp counts lines from the start of the string it parsed; `local` is shifted to file lines.
            Problems local;
            pm.id = yaml::str(root["id"]);
            if (const QString title = yaml::str(root["title"]); !title.isEmpty())
                pm.title = title;
            pm.status = yaml::str(root["status"]);
            pm.severity = yaml::str(root["severity"]);
            pm.started = parseTime(root["started"], file, local);
            pm.detected = parseTime(root["detected"], file, local);
            pm.mitigated = parseTime(root["mitigated"], file, local);
            pm.resolved = parseTime(root["resolved"], file, local);
            pm.services = yaml::strList(root["services"]);
            pm.slos = yaml::strList(root["slos"]);
            pm.alerts = yaml::strList(root["alerts"]);
            pm.authors = yaml::strList(root["authors"]);
            pm.templateId = yaml::str(root["template"]);
            pm.isTemplate = pm.id.isEmpty() && root["name"].IsDefined() && !pm.templateId.isEmpty();

            if (!pm.isTemplate) {
                if (pm.id.isEmpty())
                    result.problems << Problem::error(file, 1, Tr::tr("front matter has no id (such as INC-2025-001)"));
                if (!pm.status.isEmpty() && !isValidStatus(pm.status))
                    local << Problem::error(
                        file, yaml::lineOf(root["status"]),
                        Tr::tr("status \"%1\" is not one of draft, in-review, published").arg(pm.status));
            }
            for (Problem &p : local)
                if (p.line > 0)
                    p.line += fm.yamlFirstLine - 1;
            result.problems << local;
        },
        fm.yamlFirstLine);
    return result;
}

ParseResult loadPostmortem(const QString &path)
{
    ParseResult result;
    result.postmortem.file = path;
    if (const std::optional<QByteArray> bytes = yaml::readFile(path, result.problems))
        result = parsePostmortem(*bytes, path);
    return result;
}

} // namespace sre::pm
