#pragma once

#include "lint.h"
#include "oncall.h"
#include "templates.h"

#include <QDate>

namespace sre {
namespace ws {
class Workspace;
}

// Everything needed to check the postmortems of one workspace, loaded once: the blameless rules
// (built-in and the workspace's lint/), the templates, and the names of the on-call roster.
struct PostmortemChecker
{
    pm::LintRuleSet rules;
    pm::TemplateSet templates;
    QStringList roster;

    static PostmortemChecker load(const ws::Workspace &workspace);
    // The same from values, for loading on a worker thread.
    static PostmortemChecker load(const QString &workspaceDir, const alerting::OncallSchedule &oncall);

    pm::TableHeadings headingsFor(const QString &templateId) const;
    // The findings of one postmortem file's bytes. *warning is set when its template is unknown
    // (required sections are then not checked).
    pm::Findings check(const QByteArray &bytes, const QString &file, const QDate &today,
                       QString *warning = nullptr) const;
};

} // namespace sre
