#pragma once

#include "document.h"
#include "problem.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>
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
    // "finding" (the default) or "hint": a hint is shown in the editor but does not fail `lint`
    // unless --strict (style words such as "just"; DESIGN.md).
    bool hint = false;
    // When not empty, a phrase is reported only when its subject is one of these words (a person
    // or a team: "we", "engineer", …) or one of the people's names: "we failed to" is a finding,
    // "the node will fail to" is not. The subject is the last word before the phrase in its clause,
    // after auxiliaries and adverbs ("we also failed to", "the team's failure to").
    QStringList subject;
    // The subject follows the phrase, within its next three words past determiners: "why did we",
    // "why did the on-call engineer" (a question about a person), not "why did the alert".
    bool subjectAfter = false;
    // "participle": reported only when the next word is a past participle ("been", "-ed", "done",
    // "caught", …): "we should have paged" is a counterfactual, "we should have a staging area" is not.
    QString followedBy;
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
    // A hint is a style note (a rule with `severity: hint`): shown, but not counted as a finding
    // by `srectl postmortem lint` unless --strict.
    enum class Severity { Finding, Hint };

    Kind kind = Kind::Language;
    Severity severity = Severity::Finding;
    QString rule; // rule id: "counterfactual", "person-blame", "action-item-owner", …
    int line = 0; // 1-based
    int column = 0; // 1-based, in UTF-16 units of the line's text; 0 when about the whole line
    int length = 0; // UTF-16 units
    QString text; // the flagged text
    QStringList suggestions;
    QString note;

    QString suggestion() const { return suggestions.value(0); }
    bool isHint() const { return severity == Severity::Hint; }
    // "file:line: rule: the flagged text → suggestion"; a hint reads "file:line: hint: rule: …"
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
        bool hint = false;
        QStringList subjects; // lower case; empty: any subject
        bool subjectAfter = false;
        bool participle = false; // the next word must be a past participle
    };
    std::vector<Matcher> m_matchers;
    QSet<QString> m_nameWords; // the people's names as subjects, lower case
    QSet<QString> m_subjectRules; // ids of rules that need a person as subject
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
