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

} // namespace sre::alerting
