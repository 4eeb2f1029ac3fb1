#include "lint.h"

#include "resourcedir.h"
#include "yamlutil.h"

#include <QCoreApplication>
#include <QDir>

namespace sre::pm {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::pm)
};
} // namespace

LintRuleSet parseLintRules(const QByteArray &yamlText, const QString &file)
{
    LintRuleSet set;
    yaml::interpret(yamlText, file, set.problems, [&](const yaml::Documents &documents) {
        for (const YAML::Node &doc : documents) {
            if (!doc || doc.IsNull())
                continue;
            if (!yaml::isSeq(doc)) {
                set.problems << Problem::error(file, yaml::lineOf(doc),
                                               Tr::tr("lint rules must be a YAML list of rules (- id: …)"));
                continue;
            }
            for (const YAML::Node &item : doc) {
                const int line = yaml::lineOf(item);
                if (!yaml::isMap(item)) {
                    set.problems << Problem::error(file, line,
                                                   Tr::tr("a lint rule must be a mapping with id, flag and suggest"));
                    continue;
                }
                yaml::warnUnknownKeys(item,
                                      { "id", "lang", "flag", "suggest", "note", "severity", "subject", "subject_after",
                                        "followed_by", "type", "condition" },
                                      file, Tr::tr("lint rule"), set.problems);
                LintRule r;
                r.id = yaml::str(item["id"]);
                r.lang = yaml::str(item["lang"]);
                r.flag = yaml::strList(item["flag"]);
                r.suggest = yaml::strList(item["suggest"]);
                r.note = yaml::str(item["note"]).trimmed();
                r.subject = yaml::strList(item["subject"]);
                r.subject.removeAll(QString());
                r.subjectAfter = yaml::str(item["subject_after"]) == u"true";
                r.followedBy = yaml::str(item["followed_by"]);
                if (!r.followedBy.isEmpty() && r.followedBy != u"participle") {
                    set.problems << Problem::error(
                        file, yaml::lineOf(item["followed_by"]),
                        Tr::tr("lint rule \"%1\": followed_by \"%2\" is not \"participle\"").arg(r.id, r.followedBy));
                    continue;
                }
                r.file = file;
                r.line = line;
                r.flag.removeAll(QString());
                const QString severity = yaml::str(item["severity"]);
                if (severity == u"hint") {
                    r.hint = true;
                } else if (!severity.isEmpty() && severity != u"finding") {
                    set.problems << Problem::error(
                        file, yaml::lineOf(item["severity"]),
                        Tr::tr("lint rule \"%1\": severity \"%2\" is not \"finding\" or \"hint\"")
                            .arg(r.id.isEmpty() ? QStringLiteral("?") : r.id, severity));
                    continue;
                }
                if (r.id.isEmpty()) {
                    set.problems << Problem::error(file, line, Tr::tr("lint rule without id"));
                    continue;
                }
                if (r.flag.isEmpty()) {
                    set.problems << Problem::error(file, line,
                                                   Tr::tr("lint rule \"%1\" has no phrases to flag").arg(r.id));
                    continue;
                }
                set.rules.push_back(std::move(r));
            }
        }
    });
    return set;
}

LintRuleSet loadLintRules(const QStringList &dirs)
{
    LintRuleSet set;
    for (const QString &dir : dirs) {
        const QDir d(dir);
        if (!d.exists())
            continue;
        for (const QString &name :
             d.entryList({ QStringLiteral("*.yaml"), QStringLiteral("*.yml") }, QDir::Files, QDir::Name)) {
            const QString path = d.filePath(name);
            const std::optional<QByteArray> bytes = yaml::readFile(path, set.problems);
            if (!bytes)
                continue;
            LintRuleSet loaded = parseLintRules(*bytes, path);
            set.problems << loaded.problems;
            for (LintRule &r : loaded.rules) {
                const auto same
                    = std::find_if(set.rules.begin(), set.rules.end(), [&](const LintRule &o) { return o.id == r.id; });
                if (same != set.rules.end())
                    *same = std::move(r);
                else
                    set.rules.push_back(std::move(r));
            }
        }
    }
    return set;
}

LintRuleSet loadLintRulesFor(const QString &workspaceDir)
{
    QStringList dirs;
    if (const QString builtin = builtinResourceDir(); !builtin.isEmpty())
        dirs << QDir(builtin).filePath(QStringLiteral("lint"));
    if (!workspaceDir.isEmpty())
        dirs << QDir(workspaceDir).filePath(QStringLiteral("lint"));
    return loadLintRules(dirs);
}

QString Finding::toString(const QString &file) const
{
    QString out = QStringLiteral("%1:%2: %3%4: %5")
                      .arg(file)
                      .arg(line)
                      .arg(isHint() ? QStringLiteral("hint: ") : QString(), rule, text);
    if (!suggestion().isEmpty())
        out += QStringLiteral(" → ") + suggestion();
    return out;
}

} // namespace sre::pm
