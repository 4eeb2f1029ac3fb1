#pragma once

#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>

// Just enough PromQL text handling to map foreign SLO formats and to build queries: no full
// parser, but every scan respects nesting and string literals, so a `/` or `<` inside a label
// matcher or a function call is never mistaken for a top-level operator.
namespace sre::slo::promql {

// True if the query contains {{window}}, {{.window}} or {{ .window }}.
bool hasWindowPlaceholder(QStringView query);

// Replaces every window placeholder by `duration` (a Prometheus duration such as "1h").
QString substituteWindow(const QString &query, const QString &duration);
QString substituteWindow(const QString &query, std::chrono::seconds duration);

// rate(x[w]) -> increase(x[w]), which is exactly rate(x[w]) * w in Prometheus. irate is left alone.
QString rateToIncrease(const QString &query);

// Replaces fixed range selectors ("[5m]", not subqueries "[1h:1m]") by "[{{window}}]".
// `replaced` receives how many were replaced.
QString rewindowRanges(const QString &query, int *replaced = nullptr);

// Fixed ranges in the query ("5m" of "[5m]"), in order of appearance.
QStringList fixedRanges(const QString &query);

// The first operator among `ops` that appears outside any (), [], {} and string literal.
// Operators are tried longest first at each position.
struct TopLevelSplit
{
    QString left;
    QString op;
    QString right;
};
std::optional<TopLevelSplit> splitTopLevel(const QString &query, const QStringList &ops);

// Removes one pair of parentheses that encloses the whole expression, repeatedly.
QString stripOuterParens(const QString &query);

// The query as an operand of a binary operator (`and`, `>`, `< bool`): parenthesised when it has a
// top-level operator that would otherwise bind differently (`a or vector(0) and b` is
// `a or (vector(0) and b)`); trimmed otherwise.
QString operand(const QString &query);

// A vector selector `name{matchers}`.
struct Selector
{
    QString name;
    QStringList matchers; // e.g. `job="api"`, `code=~"5.."`, each as written

    QString toString() const;
    // The value of an equality matcher on `label`, if there is one.
    std::optional<QString> equalityValue(const QString &label) const;
    Selector without(const QString &label) const;
    Selector with(const QString &matcher) const;
    Selector renamed(const QString &newName) const;
};
std::optional<Selector> parseSelector(QStringView text);

// Wraps every vector selector `name{...}` of a query that has no range into `function(sel[{{window}}])`.
// Returns std::nullopt when no selector could be found (for instance a bare metric name inside a
// binary operation); a query that is just `name` or `agg(name)` is handled.
std::optional<QString> wrapSelectors(const QString &query, const QString &function);

// `sum(q)` unless q already is one `sum(...)` call over everything (then q itself).
QString ensureSummed(const QString &query);

// Every plain `sum(` of the query (outside string literals; `sum by`/`sum without` are left as
// they are) becomes `sum by (labels) (`: the per-group form of a summed query.
QString groupSums(const QString &query, const QStringList &labels);

// The labels of a query that is one `sum by (labels) (...)` (or `sum(...) by (labels)`) over
// everything; std::nullopt for any other shape.
std::optional<QStringList> sumByLabels(const QString &query);

// Shortest decimal spelling that reads back as the same double: 0.3, 1, 2.5, 1e-05.
QString formatNumber(double value);

// A matcher that finds a classic histogram bucket whatever spelling Prometheus used for `le`
// (2.x keeps the exposition's "1", 3.x normalises it to "1.0").
QString leMatcher(double threshold);

} // namespace sre::slo::promql
