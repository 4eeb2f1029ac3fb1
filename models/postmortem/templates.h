#pragma once

#include "document.h"
#include "problem.h"

#include <vector>

namespace sre::pm {

// A postmortem template: a postmortem file whose front matter says how to use it (DESIGN.md).
struct Template
{
    QString id; // what a postmortem's `template:` names
    QString name;
    QString language;
    QStringList required; // section headings that must be there and filled in
    QString timelineHeading;
    QString actionItemsHeading;
    QString file;
    QByteArray raw;
    bool builtin = false;

    TableHeadings tableHeadings() const { return TableHeadings::forTemplate(timelineHeading, actionItemsHeading); }
};

struct TemplateSet
{
    std::vector<Template> templates; // built-ins first; a later one with the same id replaced it
    Problems problems;

    const Template *find(const QString &id) const;
    // The table headings a postmortem written from template `id` uses (defaults when unknown).
    TableHeadings headingsFor(const QString &id) const
    {
        const Template *t = find(id);
        return t ? t->tableHeadings() : TableHeadings::defaults();
    }
};

// Problems name the file and line: no front matter, no `template:` id, a required section or a
// table heading that the template itself does not contain.
std::optional<Template> parseTemplate(const QByteArray &bytes, const QString &file, Problems &problems);
// Every *.md of each folder, in order; a template with the id of an earlier one replaces it (a
// workspace's templates/ after the built-ins). A missing folder is not a problem.
TemplateSet loadTemplates(const QStringList &dirs, const QStringList &builtinDirs = {});
// The built-in templates (builtinResourceDir()/templates) and the workspace's templates/.
TemplateSet loadTemplatesFor(const QString &workspaceDir);

// The next incident id of `year`: one more than the highest INC-<year>-NNN in `existingIds`
// (gaps are not reused: ids follow time), at least three digits.
QString nextFreeId(const QStringList &existingIds, int year);

// A new postmortem from a template: front matter with the id, the title, status draft and empty
// times, then the template's body as it is (guidance comments included).
QByteArray newPostmortemFromTemplate(const Template &tmpl, const QString &id, const QString &title,
                                     const QStringList &authors = {});

} // namespace sre::pm
