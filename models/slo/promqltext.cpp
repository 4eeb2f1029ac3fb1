#include "promqltext.h"

#include "duration.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace sre::slo::promql {

namespace {

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u':';
}

bool isIdentChar(QChar c)
{
    return isIdentStart(c) || c.isDigit();
}

// Index just past the string literal that starts at `i` (a quote character).
qsizetype skipString(QStringView q, qsizetype i)
{
    const QChar quote = q[i];
    for (++i; i < q.size(); ++i) {
        if (q[i] == u'\\' && quote != u'`')
            ++i;
        else if (q[i] == quote)
            return i + 1;
    }
    return q.size();
}

bool isQuote(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'`';
}

// Index of the bracket closing the one at `open`, skipping strings; -1 if unbalanced.
qsizetype matchingClose(QStringView q, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < q.size();) {
        const QChar c = q[i];
        if (isQuote(c)) {
            i = skipString(q, i);
            continue;
        }
        if (c == u'(' || c == u'[' || c == u'{')
            ++depth;
        else if (c == u')' || c == u']' || c == u'}') {
            if (--depth == 0)
                return i;
        }
        ++i;
    }
    return -1;
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\{\{\s*\.?window\s*\}\})"));
    return re;
}

struct Range
{
    qsizetype open; // index of '['
    qsizetype close; // index of ']'
    QString text;
};

// Fixed ranges "[5m]" outside string literals; subqueries "[1h:1m]" are not ranges.
QList<Range> findRanges(QStringView q)
{
    QList<Range> out;
    for (qsizetype i = 0; i < q.size();) {
        if (isQuote(q[i])) {
            i = skipString(q, i);
            continue;
        }
        if (q[i] == u'[') {
            const qsizetype close = q.indexOf(u']', i);
            if (close < 0)
                break;
            const QString inner = q.mid(i + 1, close - i - 1).toString().trimmed();
            if (!inner.contains(u':') && parseDuration(inner))
                out.append({ i, close, inner });
            i = close + 1;
            continue;
        }
        ++i;
    }
    return out;
}

} // namespace

bool hasWindowPlaceholder(QStringView query)
{
    return placeholderPattern().match(query).hasMatch();
}

QString substituteWindow(const QString &query, const QString &duration)
{
    QString out = query;
    return out.replace(placeholderPattern(), duration);
}

QString substituteWindow(const QString &query, std::chrono::seconds duration)
{
    return substituteWindow(query, formatDuration(duration));
}

QString rateToIncrease(const QString &query)
{
    static const QRegularExpression re(QStringLiteral(R"((?<![\w:])rate\s*\()"));
    QString out = query;
    return out.replace(re, QStringLiteral("increase("));
}

QString rewindowRanges(const QString &query, int *replaced)
{
    const QList<Range> ranges = findRanges(query);
    QString out = query;
    for (auto it = ranges.crbegin(); it != ranges.crend(); ++it)
        out.replace(it->open, it->close - it->open + 1, QStringLiteral("[{{window}}]"));
    if (replaced)
        *replaced = int(ranges.size());
    return out;
}

QStringList fixedRanges(const QString &query)
{
    QStringList out;
    for (const Range &r : findRanges(query))
        out << r.text;
    return out;
}

std::optional<TopLevelSplit> splitTopLevel(const QString &query, const QStringList &ops)
{
    QStringList sorted = ops;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (qsizetype i = 0; i < query.size();) {
        const QChar c = query[i];
        if (isQuote(c)) {
            i = skipString(query, i);
            continue;
        }
        if (c == u'(' || c == u'[' || c == u'{') {
            const qsizetype close = matchingClose(query, i);
            if (close < 0)
                return std::nullopt;
            i = close + 1;
            continue;
        }
        for (const QString &op : sorted) {
            if (QStringView(query).mid(i).startsWith(op))
                return TopLevelSplit { query.left(i).trimmed(), op, query.mid(i + op.size()).trimmed() };
        }
        ++i;
    }
    return std::nullopt;
}

QString stripOuterParens(const QString &query)
{
    QString q = query.trimmed();
    while (q.startsWith(u'(') && matchingClose(q, 0) == q.size() - 1)
        q = q.mid(1, q.size() - 2).trimmed();
    return q;
}

QString operand(const QString &query)
{
    static const QStringList ops
        = { QStringLiteral("+"),       QStringLiteral("-"), QStringLiteral("*"),     QStringLiteral("/"),
            QStringLiteral("%"),       QStringLiteral("^"), QStringLiteral("=="),    QStringLiteral("!="),
            QStringLiteral("<"),       QStringLiteral(">"), QStringLiteral(" and "), QStringLiteral(" or "),
            QStringLiteral(" unless ") };
    const QString q = query.trimmed();
    if (stripOuterParens(q) == q && splitTopLevel(q, ops))
        return QStringLiteral("(%1)").arg(q);
    return q;
}

QString Selector::toString() const
{
    if (matchers.isEmpty())
        return name;
    return name + QLatin1Char('{') + matchers.join(QLatin1Char(',')) + QLatin1Char('}');
}

std::optional<QString> Selector::equalityValue(const QString &label) const
{
    const QRegularExpression re(
        QStringLiteral(R"re(^\s*%1\s*=\s*"(.*)"\s*$)re").arg(QRegularExpression::escape(label)));
    for (const QString &m : matchers) {
        const auto match = re.match(m);
        if (match.hasMatch())
            return match.captured(1);
    }
    return std::nullopt;
}

Selector Selector::without(const QString &label) const
{
    const QRegularExpression re(QStringLiteral(R"(^\s*%1\s*(=|!=|=~|!~))").arg(QRegularExpression::escape(label)));
    Selector out = *this;
    out.matchers.removeIf([&](const QString &m) { return re.match(m).hasMatch(); });
    return out;
}

Selector Selector::with(const QString &matcher) const
{
    Selector out = *this;
    out.matchers << matcher;
    return out;
}

Selector Selector::renamed(const QString &newName) const
{
    Selector out = *this;
    out.name = newName;
    return out;
}

std::optional<Selector> parseSelector(QStringView text)
{
    text = text.trimmed();
    Selector sel;
    qsizetype i = 0;
    if (i < text.size() && isIdentStart(text[i])) {
        while (i < text.size() && isIdentChar(text[i]))
            ++i;
        sel.name = text.left(i).toString();
    }
    while (i < text.size() && text[i].isSpace())
        ++i;
    if (i == text.size())
        return sel.name.isEmpty() ? std::nullopt : std::optional<Selector>(sel);
    if (text[i] != u'{' || matchingClose(text, i) != text.size() - 1)
        return std::nullopt;
    const QStringView body = text.mid(i + 1, text.size() - i - 2);
    qsizetype start = 0;
    for (qsizetype j = 0; j <= body.size();) {
        if (j < body.size() && isQuote(body[j])) {
            j = skipString(body, j);
            continue;
        }
        if (j == body.size() || body[j] == u',') {
            const QString matcher = body.mid(start, j - start).trimmed().toString();
            if (!matcher.isEmpty())
                sel.matchers << matcher;
            start = j + 1;
        }
        ++j;
    }
    if (sel.name.isEmpty() && sel.matchers.isEmpty())
        return std::nullopt;
    return sel;
}

std::optional<QString> wrapSelectors(const QString &query, const QString &function)
{
    const auto wrap = [&](const QString &selector) {
        return function + QLatin1Char('(') + selector + QStringLiteral("[{{window}}])");
    };
    static const QRegularExpression bare(QStringLiteral(R"(^\s*([a-zA-Z_:][\w:]*)\s*$)"));
    static const QRegularExpression aggOfBare(QStringLiteral(R"(^\s*(\w+)\s*\(\s*([a-zA-Z_:][\w:]*)\s*\)\s*$)"));
    if (const auto m = bare.match(query); m.hasMatch())
        return wrap(m.captured(1));
    if (const auto m = aggOfBare.match(query); m.hasMatch())
        return m.captured(1) + QLatin1Char('(') + wrap(m.captured(2)) + QLatin1Char(')');

    QString out;
    qsizetype copied = 0;
    bool found = false;
    for (qsizetype i = 0; i < query.size();) {
        if (isQuote(query[i])) {
            i = skipString(query, i);
            continue;
        }
        if (query[i] != u'{') {
            ++i;
            continue;
        }
        const qsizetype close = matchingClose(query, i);
        if (close < 0)
            return std::nullopt;
        qsizetype nameStart = i;
        while (nameStart > 0 && isIdentChar(query[nameStart - 1]))
            --nameStart;
        qsizetype after = close + 1;
        while (after < query.size() && query[after].isSpace())
            ++after;
        if (after < query.size() && query[after] == u'[')
            return std::nullopt; // already has a range: the caller should re-window it instead
        out += query.mid(copied, nameStart - copied) + wrap(query.mid(nameStart, close + 1 - nameStart));
        copied = close + 1;
        i = close + 1;
        found = true;
    }
    if (!found)
        return std::nullopt;
    return out + query.mid(copied);
}

QString ensureSummed(const QString &query)
{
    const QString q = query.trimmed();
    static const QRegularExpression sumCall(QStringLiteral(R"(^sum\s*\()"));
    const auto m = sumCall.match(q);
    if (m.hasMatch() && matchingClose(q, m.capturedEnd() - 1) == q.size() - 1)
        return q;
    return QStringLiteral("sum(") + q + QLatin1Char(')');
}

QString groupSums(const QString &query, const QStringList &labels)
{
    if (labels.isEmpty())
        return query;
    const QString by = QStringLiteral("sum by (%1) (").arg(labels.join(QStringLiteral(", ")));
    QString out;
    out.reserve(query.size() + 32);
    for (qsizetype i = 0; i < query.size();) {
        const QChar c = query[i];
        if (isQuote(c)) {
            const qsizetype end = skipString(query, i);
            out += QStringView(query).mid(i, end - i);
            i = end;
            continue;
        }
        if (isIdentStart(c)) {
            qsizetype end = i;
            while (end < query.size() && isIdentChar(query[end]))
                ++end;
            const QStringView word = QStringView(query).mid(i, end - i);
            qsizetype next = end;
            while (next < query.size() && query[next].isSpace())
                ++next;
            if (word == u"sum" && next < query.size() && query[next] == u'(') {
                out += by;
                i = next + 1;
                continue;
            }
            out += word;
            i = end;
            continue;
        }
        out += c;
        ++i;
    }
    return out;
}

std::optional<QStringList> sumByLabels(const QString &query)
{
    // sum by (a, b) (...)  or  sum (...) by (a, b)
    static const QRegularExpression before(QStringLiteral(R"(^sum\s+by\s*\(([^()]*)\)\s*\()"));
    static const QRegularExpression after(QStringLiteral(R"(^\s*by\s*\(([^()]*)\)\s*$)"));
    static const QRegularExpression plain(QStringLiteral(R"(^sum\s*\()"));
    const QString q = stripOuterParens(query.trimmed());
    QString list;
    if (const auto m = before.match(q); m.hasMatch()) {
        if (matchingClose(q, m.capturedEnd() - 1) != q.size() - 1)
            return std::nullopt;
        list = m.captured(1);
    } else if (const auto p = plain.match(q); p.hasMatch()) {
        const qsizetype close = matchingClose(q, p.capturedEnd() - 1);
        if (close < 0)
            return std::nullopt;
        const auto a = after.match(q.mid(close + 1));
        if (!a.hasMatch())
            return std::nullopt;
        list = a.captured(1);
    } else {
        return std::nullopt;
    }
    QStringList labels;
    for (const QString &l : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        labels << l.trimmed();
    if (labels.isEmpty())
        return std::nullopt;
    return labels;
}

QString formatNumber(double value)
{
    // Plain decimals read best in a query (100, 0.2); exponents only where they are shorter.
    if (std::isfinite(value) && std::abs(value) >= 1e-6 && std::abs(value) < 1e15) {
        for (int decimals = 0; decimals <= 17; ++decimals) {
            const QString text = QString::number(value, 'f', decimals);
            if (text.toDouble() == value)
                return text;
        }
    }
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString leMatcher(double threshold)
{
    const QString text = formatNumber(threshold);
    if (std::isfinite(threshold) && threshold == std::floor(threshold) && !text.contains(u'e'))
        return QStringLiteral(R"(le=~"%1|%1\\.0")").arg(text);
    return QStringLiteral(R"(le="%1")").arg(text);
}

} // namespace sre::slo::promql
