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

ApiRulesResult parseApiRules(const QByteArray &json, const QString &datasource)
{
    ApiRulesResult result;
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
        for (const QJsonValue &r : group.value(QStringLiteral("rules")).toArray()) {
            const QJsonObject rule = r.toObject();
            if (rule.value(QStringLiteral("type")).toString() != u"alerting")
                continue;
            AlertRule a;
            a.name = rule.value(QStringLiteral("name")).toString();
            a.group = group.value(QStringLiteral("name")).toString();
            a.expr = rule.value(QStringLiteral("query")).toString();
            a.forDuration = duration(rule.value(QStringLiteral("duration")).toDouble());
            a.labels = strings(rule.value(QStringLiteral("labels")).toObject());
            a.annotations = strings(rule.value(QStringLiteral("annotations")).toObject());
            a.file = group.value(QStringLiteral("file")).toString();
            a.datasource = datasource;
            a.state = rule.value(QStringLiteral("state")).toString();
            if (!a.name.isEmpty())
                result.rules.push_back(std::move(a));
        }
    }
    return result;
}

} // namespace sre::alerting
