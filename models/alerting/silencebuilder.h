#pragma once

// Matchers and silences computed locally: Alertmanager's /silences `filter` only finds silences
// with the *same* matchers, so which silence covers which alert is worked out here, with the
// same semantics as Alertmanager (regexes anchored, a missing label is the empty string).

#include "alert.h"

#include <optional>

namespace sre::alerting {

// `name="value"`, `name!="value"`, `name=~"regex"`, `name!~"regex"` (also unquoted values, as
// amtool accepts). Returns nullopt and sets *error on anything else.
std::optional<Matcher> parseMatcher(const QString &text, QString *error = nullptr);
// The inverse of parseMatcher: the value quoted, `\` and `"` escaped.
QString formatMatcher(const Matcher &matcher);
// `{a="1", b=~"x|y"}`
QString formatMatchers(const std::vector<Matcher> &matchers);

// Whether `value` (the label's value, empty when the label is missing) satisfies the matcher.
// An invalid regex matches nothing.
bool matches(const Matcher &matcher, const QString &value);
bool matchesAll(const std::vector<Matcher> &matchers, const LabelSet &labels);
// Whether the silence's matchers select this label set. Times and state are not looked at.
bool covers(const Silence &silence, const LabelSet &labels);
// Whether the silence silences the alert at `now` (active, matchers select the labels).
bool coversAt(const Silence &silence, const LabelSet &labels, const QDateTime &now);

// Escapes the regex metacharacters of an exact value like Go's regexp.QuoteMeta, so that RE2
// (Alertmanager) and PCRE (here) both read it as the literal text.
QString quoteRegex(const QString &value);

// Matchers that select every one of `labelSets`: labels all of them share with one value become
// name="value"; labels all of them have with differing values become name=~"v1|v2|..." (exact
// values, escaped, sorted); labels only some of them have are left out. Sorted by name.
std::vector<Matcher> unionMatchers(const std::vector<LabelSet> &labelSets);
std::vector<Matcher> unionMatchers(const std::vector<Alert> &alerts);

// The exact labels of one alert: name="value" for each.
std::vector<Matcher> exactMatchers(const LabelSet &labels);

// Two silences say the same thing (matchers as a set, author, comment, end; start equal or moved
// to the server's "now" by Alertmanager because it was in the past). Used after a POST whose
// outcome is unknown, to find the silence it may have created.
bool sameSilence(const Silence &posted, const Silence &listed);

} // namespace sre::alerting
