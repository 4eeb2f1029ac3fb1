#pragma once

#include "problem.h"

#include <QMap>
#include <QString>

namespace sre::alerting {

// One alerting rule from a rules/ file (plain Prometheus format or a PrometheusRule CRD).
struct AlertRule
{
    QString name;
    QString group;
    QString expr;
    QString forDuration;
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    QString file;
    int line = 0;
    // Set for rules read from a Prometheus server (/api/v1/rules): the datasource's name and what
    // Prometheus says of the rule now (inactive, pending, firing).
    QString datasource;
    QString state;

    QString severity() const { return labels.value(QStringLiteral("severity")); }
    QString runbookUrl() const { return annotations.value(QStringLiteral("runbook_url")); }
};

struct RuleFileResult
{
    std::vector<AlertRule> rules;
    Problems problems;
};

RuleFileResult loadRuleFile(const QString &path);
RuleFileResult parseRuleText(const QByteArray &text, const QString &file);

// The alerting rules of a Prometheus /api/v1/rules answer (recording rules skipped). `file` and
// `line` of each rule name the rule file on the server as Prometheus reports it, line 0.
struct ApiRulesResult
{
    std::vector<AlertRule> rules;
    QString error; // not JSON, or status is not "success"
};
ApiRulesResult parseApiRules(const QByteArray &json, const QString &datasource);

} // namespace sre::alerting
