#include "alertrule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sre::alerting {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::alerting)
};

QMap<QString, QString> strings(const QJsonObject &o)
{
    QMap<QString, QString> out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

// Prometheus reports `for` as seconds; rule files write durations like "15m".
QString duration(double seconds)
{
    if (seconds <= 0)
        return {};
    const qint64 s = qint64(seconds);
    if (s % 3600 == 0)
        return QString::number(s / 3600) + u'h';
    if (s % 60 == 0)
        return QString::number(s / 60) + u'm';
    return QString::number(s) + u's';
}
} // namespace

ApiRuleGroupsResult parseApiRuleGroups(const QByteArray &json)
{
    ApiRuleGroupsResult result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull()) {
        result.error = Tr::tr("/api/v1/rules: not JSON: %1").arg(error.errorString());
        return result;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("status")).toString() != u"success") {
        result.error = Tr::tr("/api/v1/rules: %1").arg(root.value(QStringLiteral("error")).toString());
        return result;
    }
    const QJsonArray groups = root.value(QStringLiteral("data")).toObject().value(QStringLiteral("groups")).toArray();
    for (const QJsonValue &g : groups) {
        const QJsonObject group = g.toObject();
        ApiRuleGroup out;
        out.name = group.value(QStringLiteral("name")).toString();
        out.file = group.value(QStringLiteral("file")).toString();
        out.intervalSeconds = group.value(QStringLiteral("interval")).toDouble();
        for (const QJsonValue &r : group.value(QStringLiteral("rules")).toArray()) {
            const QJsonObject rule = r.toObject();
            ApiRule a;
            a.alerting = rule.value(QStringLiteral("type")).toString() == u"alerting";
            a.name = rule.value(QStringLiteral("name")).toString();
            a.query = rule.value(QStringLiteral("query")).toString();
            a.forSeconds = rule.value(QStringLiteral("duration")).toDouble();
            a.labels = strings(rule.value(QStringLiteral("labels")).toObject());
            a.annotations = strings(rule.value(QStringLiteral("annotations")).toObject());
            a.health = rule.value(QStringLiteral("health")).toString();
            a.lastError = rule.value(QStringLiteral("lastError")).toString();
            a.state = rule.value(QStringLiteral("state")).toString();
            out.rules.push_back(std::move(a));
        }
        result.groups.push_back(std::move(out));
    }
    return result;
}

ApiRulesResult parseApiRules(const QByteArray &json, const QString &datasource)
{
    ApiRulesResult result;
    ApiRuleGroupsResult parsed = parseApiRuleGroups(json);
    result.error = parsed.error;
    for (const ApiRuleGroup &group : parsed.groups) {
        for (const ApiRule &rule : group.rules) {
            if (!rule.alerting || rule.name.isEmpty())
                continue;
            AlertRule a;
            a.name = rule.name;
            a.group = group.name;
            a.expr = rule.query;
            a.forDuration = duration(rule.forSeconds);
            a.labels = rule.labels;
            a.annotations = rule.annotations;
            a.file = group.file;
            a.datasource = datasource;
            a.state = rule.state;
            result.rules.push_back(std::move(a));
        }
    }
    return result;
}

} // namespace sre::alerting
