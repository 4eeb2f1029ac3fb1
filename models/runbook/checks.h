#pragma once

#include "resolver.h"

#include <QList>

// Coverage (alerts without a runbook, runbooks nobody points to, links that lead nowhere) and
// lint (template sections, left-over placeholders, empty sections).
namespace sre::rb {

// One finding, printed the way compilers do: "file:line: rule: message".
struct Finding
{
    QString file; // absolute
    int line = 0;
    QString rule; // stable id: no-runbook, broken-link, broken-anchor, link-outside-roots,
                  // missing-section, placeholder, empty-section
    QString message;

    // `file` relative to `base` when it lies below it.
    QString toString(const QString &base = {}) const;
    friend bool operator==(const Finding &, const Finding &) = default;
};
using Findings = QList<Finding>;

struct AlertCoverage
{
    AlertRef alert; // the rule shown: the first of that name that has no runbook, else the first
    int rules = 1; // rules sharing the name (page and ticket tiers)
    Resolution resolution;
};

struct CoverageReport
{
    std::vector<AlertCoverage> alerts; // one per alert name, in name order
    QStringList unreferenced; // runbooks no alert resolves to (index pages excluded)
    Findings links; // broken links and anchors, in runbooks and in annotations

    int uncovered() const;
    bool failed() const { return uncovered() > 0 || !links.isEmpty(); }
    // Everything as findings: no-runbook first, then the links.
    Findings findings() const;
};

CoverageReport coverage(const std::vector<AlertRef> &alerts, const Resolver &resolver);

// Relative links and #anchors of every runbook that lead nowhere or out of the roots.
Findings checkLinks(const Resolver &resolver);

// Lints every runbook. A runbook must have Meaning, Impact, Diagnosis and Mitigation when its
// folder follows that template (most runbooks around it have them).
Findings lint(const std::vector<Runbook> &runbooks);
// One file; `templateFolder` says whether the four sections are required.
Findings lintText(const QByteArray &text, const QString &file, bool templateFolder);

// The template sections this text has, of Meaning, Impact, Diagnosis, Mitigation (English or Japanese headings).
QStringList templateSections(const QByteArray &text);
extern const QStringList kTemplateSections;

} // namespace sre::rb
