#include "alertrule.h"

#include "yamlutil.h"

#include <QCoreApplication>

namespace sre::alerting {

namespace {
// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::alerting)
};

QMap<QString, QString> strMap(const YAML::Node &node)
{
    QMap<QString, QString> out;
    if (yaml::isMap(node))
        for (const auto &kv : node)
            out.insert(yaml::str(kv.first), yaml::str(kv.second));
    return out;
}

void readGroups(const YAML::Node &groups, const QString &file, RuleFileResult &result)
{
    if (!yaml::isSeq(groups)) {
        result.problems << Problem::error(file, yaml::lineOf(groups), Tr::tr("\"groups\" must be a list"));
        return;
    }
    for (const auto &group : groups) {
        if (!yaml::isMap(group)) {
            result.problems << Problem::error(file, yaml::lineOf(group),
                                              Tr::tr("a rule group must be a mapping with name and rules"));
            continue;
        }
        const QString groupName = yaml::str(group["name"]);
        const YAML::Node rules = group["rules"];
        if (!yaml::isSeq(rules)) {
            result.problems << Problem::error(file, yaml::lineOf(group),
                                              Tr::tr("group \"%1\" has no \"rules\" list").arg(groupName));
            continue;
        }
        for (const auto &rule : rules) {
            if (!yaml::isMap(rule)) {
                result.problems << Problem::error(file, yaml::lineOf(rule),
                                                  Tr::tr("a rule must be a mapping with alert (or record) and expr"));
                continue;
            }
            if (!rule["alert"])
                continue; // recording rule
            AlertRule r;
            r.name = yaml::str(rule["alert"]);
            r.group = groupName;
            r.expr = yaml::str(rule["expr"]).trimmed();
            r.forDuration = yaml::str(rule["for"]);
            r.labels = strMap(rule["labels"]);
            r.annotations = strMap(rule["annotations"]);
            r.file = file;
            r.line = yaml::lineOf(rule);
            if (r.name.isEmpty() || r.expr.isEmpty()) {
                result.problems << Problem::error(file, r.line,
                                                  Tr::tr("alerting rule needs both \"alert\" and \"expr\""));
                continue;
            }
            result.rules.push_back(std::move(r));
        }
    }
}
} // namespace

RuleFileResult parseRuleText(const QByteArray &text, const QString &file)
{
    RuleFileResult result;
    yaml::interpret(text, file, result.problems, [&](const yaml::Documents &documents) {
        for (const YAML::Node &doc : documents) {
            if (!yaml::isMap(doc))
                continue;
            if (doc["groups"])
                readGroups(doc["groups"], file, result);
            else if (yaml::isMap(doc["spec"]) && doc["spec"]["groups"]) // PrometheusRule CRD
                readGroups(doc["spec"]["groups"], file, result);
            else
                result.problems << Problem::error(
                    file, yaml::lineOf(doc),
                    Tr::tr("not a rule file: expected \"groups:\" or a PrometheusRule with \"spec.groups\""));
        }
    });
    return result;
}

RuleFileResult loadRuleFile(const QString &path)
{
    RuleFileResult result;
    if (const std::optional<QByteArray> bytes = yaml::readFile(path, result.problems))
        result = parseRuleText(*bytes, path);
    return result;
}

} // namespace sre::alerting
