#include "silencebuilder.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace sre::alerting {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::alerting::Matcher)
};

QString unquote(const QString &text, bool *ok)
{
    *ok = true;
    if (!text.startsWith(u'"'))
        return text;
    if (text.size() < 2 || !text.endsWith(u'"')) {
        *ok = false;
        return {};
    }
    QString out;
    const QString inner = text.mid(1, text.size() - 2);
    for (qsizetype i = 0; i < inner.size(); ++i) {
        QChar c = inner.at(i);
        if (c == u'\\' && i + 1 < inner.size()) {
            const QChar next = inner.at(++i);
            c = next == u'n' ? QChar(u'\n') : next;
        } else if (c == u'"') {
            *ok = false;
            return {};
        }
        out += c;
    }
    return out;
}

} // namespace

std::optional<Matcher> parseMatcher(const QString &input, QString *error)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*(.*?)\\s*$"),
                                       QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(input);
    auto fail = [&](const QString &why) -> std::optional<Matcher> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!m.hasMatch())
        return fail(Tr::tr("\"%1\" is not a matcher (expected name=\"value\", !=, =~ or !~)").arg(input));
    Matcher matcher;
    matcher.name = m.captured(1);
    const QString op = m.captured(2);
    matcher.isRegex = op.endsWith(u'~');
    matcher.isEqual = !op.startsWith(u'!');
    bool ok = false;
    matcher.value = unquote(m.captured(3), &ok);
    if (!ok)
        return fail(Tr::tr("\"%1\": unbalanced quotes in the value").arg(input));
    if (matcher.isRegex) {
        const QRegularExpression check(matcher.value);
        if (!check.isValid())
            return fail(Tr::tr("\"%1\": invalid regular expression: %2").arg(input, check.errorString()));
    }
    return matcher;
}

QString formatMatcher(const Matcher &matcher)
{
    QString value = matcher.value;
    value.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'\n', QStringLiteral("\\n"));
    const QString op = matcher.isEqual ? (matcher.isRegex ? QStringLiteral("=~") : QStringLiteral("="))
                                       : (matcher.isRegex ? QStringLiteral("!~") : QStringLiteral("!="));
    return matcher.name + op + u'"' + value + u'"';
}

QString formatMatchers(const std::vector<Matcher> &matchers)
{
    QStringList parts;
    for (const Matcher &m : matchers)
        parts << formatMatcher(m);
    return u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

bool matches(const Matcher &matcher, const QString &value)
{
    bool hit = false;
    if (matcher.isRegex) {
        // Alertmanager anchors silence regexes: "^(?:" + value + ")$".
        const QRegularExpression re(QStringLiteral("^(?:") + matcher.value + QStringLiteral(")$"));
        if (!re.isValid())
            return false;
        hit = re.match(value).hasMatch();
    } else {
        hit = value == matcher.value;
    }
    return matcher.isEqual ? hit : !hit;
}

bool matchesAll(const std::vector<Matcher> &matchers, const LabelSet &labels)
{
    return std::all_of(matchers.begin(), matchers.end(),
                       [&](const Matcher &m) { return matches(m, labels.value(m.name)); });
}

bool covers(const Silence &silence, const LabelSet &labels)
{
    return !silence.matchers.empty() && matchesAll(silence.matchers, labels);
}

bool coversAt(const Silence &silence, const LabelSet &labels, const QDateTime &now)
{
    return silence.startsAt <= now && now < silence.endsAt && covers(silence, labels);
}

QString quoteRegex(const QString &value)
{
    static const QString special = QStringLiteral("\\.+*?()|[]{}^$");
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (special.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

std::vector<Matcher> unionMatchers(const std::vector<LabelSet> &labelSets)
{
    std::vector<Matcher> out;
    if (labelSets.empty())
        return out;
    for (auto it = labelSets.front().cbegin(); it != labelSets.front().cend(); ++it) {
        const QString &name = it.key();
        QStringList values;
        bool everywhere = true;
        for (const LabelSet &labels : labelSets) {
            const auto found = labels.constFind(name);
            if (found == labels.cend()) {
                everywhere = false;
                break;
            }
            if (!values.contains(found.value()))
                values << found.value();
        }
        if (!everywhere)
            continue;
        Matcher m;
        m.name = name;
        if (values.size() == 1) {
            m.value = values.first();
        } else {
            values.sort();
            for (QString &v : values)
                v = quoteRegex(v);
            m.value = values.join(u'|');
            m.isRegex = true;
        }
        out.push_back(m);
    }
    return out; // QMap iteration: already sorted by name
}

std::vector<Matcher> unionMatchers(const std::vector<Alert> &alerts)
{
    std::vector<LabelSet> sets;
    sets.reserve(alerts.size());
    for (const Alert &a : alerts)
        sets.push_back(a.labels);
    return unionMatchers(sets);
}

std::vector<Matcher> exactMatchers(const LabelSet &labels)
{
    std::vector<Matcher> out;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        out.push_back(Matcher { it.key(), it.value(), false, true });
    return out;
}

bool sameSilence(const Silence &posted, const Silence &listed)
{
    if (posted.createdBy != listed.createdBy || posted.comment != listed.comment
        || posted.matchers.size() != listed.matchers.size())
        return false;
    for (const Matcher &m : posted.matchers)
        if (std::find(listed.matchers.begin(), listed.matchers.end(), m) == listed.matchers.end())
            return false;
    // Alertmanager keeps times to the nanosecond; we send milliseconds.
    if (std::abs(posted.endsAt.msecsTo(listed.endsAt)) > 1)
        return false;
    // A start in the past is moved to the time the server stored the silence.
    return std::abs(posted.startsAt.msecsTo(listed.startsAt)) <= 1 || listed.startsAt > posted.startsAt;
}

} // namespace sre::alerting
