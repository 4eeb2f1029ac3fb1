#pragma once

#include "problem.h"

#include <QMap>
#include <QString>
#include <vector>

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

// Every rule of a /api/v1/rules answer, recording rules included, with what Prometheus says of its
// evaluation: what a check of deployed rules against the expected ones needs.
struct ApiRule
{
    bool alerting = false; // else a recording rule
    QString name; // the alert's or the recorded series' name
    QString query; // as Prometheus prints the parsed expression, not as the file wrote it
    double forSeconds = 0;
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    QString health; // ok, err, unknown (not evaluated yet)
    QString lastError;
    QString state; // alerting rules: inactive, pending, firing
};

struct ApiRuleGroup
{
    QString name;
    QString file; // the rule file on the server
    double intervalSeconds = 0;
    std::vector<ApiRule> rules;
};

struct ApiRuleGroupsResult
{
    std::vector<ApiRuleGroup> groups;
    QString error; // not JSON, or status is not "success"
};
ApiRuleGroupsResult parseApiRuleGroups(const QByteArray &json);

} // namespace sre::alerting
