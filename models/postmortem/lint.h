#pragma once

#include "document.h"
#include "problem.h"

#include <QDate>
#include <QRegularExpression>
#include <vector>

namespace sre::pm {

// One blameless-language rule, in the shape of retext-equality's rules (DESIGN.md).
struct LintRule
{
    QString id;
    QString lang; // en, ja, …
    QStringList flag; // phrases; Latin ones match case-insensitively on word boundaries,
                      // others (Japanese has no spaces) anywhere
    QStringList suggest;
    QString note;
    QString file;
    int line = 0;
};

struct LintRuleSet
{
    std::vector<LintRule> rules;
    Problems problems;
};

// A YAML list of rules. Problems name file and line; a rule without id or flag is skipped.
LintRuleSet parseLintRules(const QByteArray &yaml, const QString &file);
// Every *.yaml / *.yml of each folder in order; a later rule with the same id replaces the earlier
// one (a workspace's lint/ after the built-ins). A missing folder is not a problem.
LintRuleSet loadLintRules(const QStringList &dirs);
// The built-in rules (builtinResourceDir()/lint) and the workspace's lint/.
LintRuleSet loadLintRulesFor(const QString &workspaceDir);

struct Finding
{
    enum class Kind { Language, Completeness };

    Kind kind = Kind::Language;
    QString rule; // rule id: "counterfactual", "person-blame", "action-item-owner", …
    int line = 0; // 1-based
    int column = 0; // 1-based, in UTF-16 units of the line's text; 0 when about the whole line
    int length = 0; // UTF-16 units
    QString text; // the flagged text
    QStringList suggestions;
    QString note;

    QString suggestion() const { return suggestions.value(0); }
    // "file:line: rule: the flagged text → suggestion"
    QString toString(const QString &file) const;

    friend bool operator==(const Finding &, const Finding &) = default;
};
using Findings = QList<Finding>;

// Blameless language. Exempt: HTML comments (template guidance), fenced and inline code, "> "
// blockquotes, text in quotation marks ("…", “…”, 「…」, 『…』), link targets and URLs. Besides the
// rules, a name from `names` (authors, on-call handles and display names; a first name is taken
// from a full name) as the subject of a failure is flagged as "person-blame": "Alice broke",
// "Bob forgot to", "Alice's mistake", "caused by Bob", "Aliceが…ミス", "Bobのせい".
// The front matter is skipped except the title.
Findings checkLanguage(const QByteArray &markdown, const std::vector<LintRule> &rules, const QStringList &names);

// The same check with the patterns compiled once, for checking again as the user types.
class LanguageChecker final
{
public:
    LanguageChecker(const std::vector<LintRule> &rules, const QStringList &names);
    Findings check(const QByteArray &markdown) const;

private:
    struct Matcher
    {
        QString rule;
        QStringList suggestions;
        QString note;
        QRegularExpression re;
    };
    std::vector<Matcher> m_matchers;
};

// Completeness: required sections missing or empty, action items without owner or due date or
// overdue (open, due before `today`; no check when today is invalid), timeline rows out of time
// order, detected/mitigated/resolved before started and resolved before mitigated.
Findings checkCompleteness(const PostmortemDocument &doc, const QStringList &requiredSections, const QDate &today);

struct LintOptions
{
    std::vector<LintRule> rules;
    QStringList names; // added to the document's own authors
    QStringList requiredSections; // from the document's template
    QDate today;
};

// Both checks, plus the front matter's errors (rule "front-matter"), sorted by line and column.
Findings lintPostmortem(const PostmortemDocument &doc, const LintOptions &options);

} // namespace sre::pm
