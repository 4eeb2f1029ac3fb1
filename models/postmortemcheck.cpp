#include "postmortemcheck.h"

#include "workspace.h"

#include <QCoreApplication>

namespace sre {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::PostmortemChecker)
};
} // namespace

PostmortemChecker PostmortemChecker::load(const ws::Workspace &workspace)
{
    return load(workspace.dir(), workspace.oncall());
}

PostmortemChecker PostmortemChecker::load(const QString &workspaceDir, const alerting::OncallSchedule &oncall)
{
    PostmortemChecker c;
    c.rules = pm::loadLintRulesFor(workspaceDir);
    c.templates = pm::loadTemplatesFor(workspaceDir);
    // The people a finding may name: authors come from each postmortem, these from the roster.
    c.roster = oncall.displayNames.keys() + oncall.displayNames.values();
    for (const alerting::Rotation &r : oncall.rotations)
        c.roster << r.members;
    c.roster.removeDuplicates();
    return c;
}

pm::TableHeadings PostmortemChecker::headingsFor(const QString &templateId) const
{
    return templates.headingsFor(templateId);
}

pm::Findings PostmortemChecker::check(const QByteArray &bytes, const QString &file, const QDate &today,
                                      QString *warning) const
{
    const pm::Postmortem meta = pm::parsePostmortem(bytes, file).postmortem;
    const pm::Template *tmpl = templates.find(meta.templateId);
    if (!tmpl && !meta.templateId.isEmpty() && warning)
        *warning = Tr::tr("%1: warning: template \"%2\" is not known; required sections are not checked")
                       .arg(file, meta.templateId);
    const pm::PostmortemDocument doc = pm::PostmortemDocument::parse(bytes, headingsFor(meta.templateId));
    return pm::lintPostmortem(doc, { rules.rules, roster, tmpl ? tmpl->required : QStringList(), today });
}

} // namespace sre
