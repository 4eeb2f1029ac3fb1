#include "alertfilter.h"

#include "duration.h"

#include <algorithm>

namespace sre::alerting {

namespace {

enum StateBit : unsigned {
    StActive = 1,
    StSuppressed = 2,
    StUnprocessed = 4,
    StSilenced = 8,
    StInhibited = 16,
};

unsigned stateBits(const Alert &alert)
{
    unsigned bits = 0;
    switch (alert.state) {
    case AlertState::Active: bits |= StActive; break;
    case AlertState::Suppressed: bits |= StSuppressed; break;
    case AlertState::Unprocessed: bits |= StUnprocessed; break;
    }
    if (alert.isSilenced())
        bits |= StSilenced;
    if (alert.isInhibited())
        bits |= StInhibited;
    return bits;
}

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u',';
}

} // namespace

QHash<QString, QString> FilterContext::authorsOf(const std::vector<Silence> &silences)
{
    QHash<QString, QString> authors;
    authors.reserve(int(silences.size()));
    for (const Silence &s : silences)
        authors.insert(s.id, s.createdBy);
    return authors;
}

bool AlertFilter::compile(const QString &text, AlertFilter *filter, FilterError *error)
{
    std::vector<Term> terms;
    const auto fail = [&](int position, const QString &message) {
        if (error)
            *error = FilterError { position, message };
        if (filter)
            filter->m_terms.clear();
        return false;
    };

    int pos = 0;
    int end = int(text.size());
    // `{a="b", c=~"d"}` as PromQL writes a selector: the braces are optional.
    while (pos < end && text.at(pos).isSpace())
        ++pos;
    while (end > pos && text.at(end - 1).isSpace())
        --end;
    if (pos < end && text.at(pos) == u'{') {
        if (text.at(end - 1) != u'}')
            return fail(end, tr("missing the closing }"));
        ++pos;
        --end;
    }

    while (true) {
        while (pos < end && isSeparator(text.at(pos)))
            ++pos;
        if (pos >= end)
            break;

        Term term;
        const int nameStart = pos;
        const bool special = text.at(pos) == u'@';
        if (special)
            ++pos;
        if (pos >= end || !isNameStart(text.at(pos)))
            return fail(pos, tr("expected a label name such as severity or a word such as @state"));
        while (pos < end && isNameChar(text.at(pos)))
            ++pos;
        term.name = text.mid(nameStart, pos - nameStart);

        if (special) {
            if (term.name == u"@state")
                term.field = Field::State;
            else if (term.name == u"@age")
                term.field = Field::Age;
            else if (term.name == u"@silenced_by")
                term.field = Field::SilencedBy;
            else if (term.name == u"@receiver")
                term.field = Field::Receiver;
            else
                return fail(nameStart,
                            tr("unknown word %1; known: @state, @age, @silenced_by, @receiver").arg(term.name));
        }

        const int opStart = pos;
        const QStringView rest = QStringView(text).mid(pos, end - pos);
        if (rest.startsWith(u"=~")) {
            term.op = Op::Re;
            pos += 2;
        } else if (rest.startsWith(u"!~")) {
            term.op = Op::NotRe;
            pos += 2;
        } else if (rest.startsWith(u"!=")) {
            term.op = Op::Ne;
            pos += 2;
        } else if (rest.startsWith(u"=")) {
            term.op = Op::Eq;
            pos += 1;
        } else if (rest.startsWith(u">")) {
            term.op = Op::Greater;
            pos += 1;
        } else if (rest.startsWith(u"<")) {
            term.op = Op::Less;
            pos += 1;
        } else {
            return fail(opStart, tr("expected =, !=, =~ or !~ after %1").arg(term.name));
        }
        const bool ordering = term.op == Op::Greater || term.op == Op::Less;
        if (term.field == Field::Age && !ordering)
            return fail(opStart, tr("@age takes > or <, as in @age>10m"));
        if (term.field != Field::Age && ordering)
            return fail(opStart, tr("only @age takes > or <"));
        if (term.field == Field::State && (term.op == Op::Re || term.op == Op::NotRe))
            return fail(opStart, tr("@state takes = or !=, as in @state=active|suppressed"));

        // The value: quoted ("…" or '…', backslash escapes) or a bare word up to the next separator.
        const int valueStart = pos;
        if (pos < end && (text.at(pos) == u'"' || text.at(pos) == u'\'')) {
            const QChar quote = text.at(pos++);
            bool closed = false;
            while (pos < end) {
                const QChar c = text.at(pos++);
                if (c == quote) {
                    closed = true;
                    break;
                }
                if (c == u'\\' && pos < end) {
                    const QChar e = text.at(pos++);
                    term.value += e == u'n' ? QChar(u'\n') : e == u't' ? QChar(u'\t') : e;
                } else {
                    term.value += c;
                }
            }
            if (!closed)
                return fail(valueStart, tr("the quote opened here is not closed"));
        } else {
            while (pos < end && !isSeparator(text.at(pos)))
                ++pos;
            term.value = text.mid(valueStart, pos - valueStart);
            if (term.value.isEmpty())
                return fail(valueStart, tr("expected a value after %1").arg(text.mid(opStart, valueStart - opStart)));
        }
        if (pos < end && !isSeparator(text.at(pos)))
            return fail(pos, tr("expected a space or a comma before the next matcher"));

        switch (term.field) {
        case Field::State: {
            int offset = valueStart;
            if (text.at(valueStart) == u'"' || text.at(valueStart) == u'\'')
                ++offset;
            for (const QString &word : term.value.split(u'|')) {
                const QString w = word.trimmed().toLower();
                if (w == u"active")
                    term.stateMask |= StActive;
                else if (w == u"suppressed")
                    term.stateMask |= StSuppressed;
                else if (w == u"unprocessed")
                    term.stateMask |= StUnprocessed;
                else if (w == u"silenced")
                    term.stateMask |= StSilenced;
                else if (w == u"inhibited")
                    term.stateMask |= StInhibited;
                else
                    return fail(offset,
                                tr("unknown state %1; known: active, suppressed, unprocessed, "
                                   "silenced, inhibited")
                                    .arg(word));
                offset += int(word.size()) + 1;
            }
            break;
        }
        case Field::Age: {
            const auto age = parseDuration(term.value);
            if (!age)
                return fail(valueStart, tr("%1 is not a duration such as 10m or 1h30m").arg(term.value));
            term.age = *age;
            break;
        }
        default:
            if (term.op == Op::Re || term.op == Op::NotRe) {
                term.regex = QRegularExpression(QRegularExpression::anchoredPattern(term.value),
                                                QRegularExpression::DontCaptureOption);
                if (!term.regex.isValid()) {
                    // PCRE's own offset is into the anchored pattern and often just its end:
                    // point at the regex itself and let the message say what is wrong.
                    return fail(valueStart, tr("bad regular expression: %1").arg(term.regex.errorString()));
                }
                term.regex.optimize();
            }
            break;
        }
        terms.push_back(std::move(term));
    }

    if (filter)
        filter->m_terms = std::move(terms);
    return true;
}

bool AlertFilter::matchesValue(const Term &term, const QString &value) const
{
    switch (term.op) {
    case Op::Eq: return value == term.value;
    case Op::Ne: return value != term.value;
    case Op::Re: return term.regex.match(value).hasMatch();
    case Op::NotRe: return !term.regex.match(value).hasMatch();
    default: return false;
    }
}

bool AlertFilter::matchesTerm(const Term &term, const Alert &alert, const FilterContext &context) const
{
    // For the list-valued words (@silenced_by, @receiver) a positive operator holds when any
    // element matches and a negative one when none does, as karma reads them.
    const bool negative = term.op == Op::Ne || term.op == Op::NotRe;
    const auto anyOf = [&](auto &&values) {
        for (const QString &v : values) {
            if (negative ? !matchesValue(term, v) : matchesValue(term, v))
                return !negative;
        }
        return negative;
    };

    switch (term.field) {
    case Field::Label: return matchesValue(term, alert.labels.value(term.name));
    case Field::State: {
        const bool hit = (stateBits(alert) & term.stateMask) != 0;
        return term.op == Op::Eq ? hit : !hit;
    }
    case Field::Age: {
        if (!alert.startsAt.isValid() || !context.now.isValid())
            return false;
        const std::chrono::milliseconds age { alert.startsAt.msecsTo(context.now) };
        return term.op == Op::Greater ? age > term.age : age < term.age;
    }
    case Field::SilencedBy: {
        if (term.value == u"me" && (term.op == Op::Eq || term.op == Op::Ne)) {
            // "me" is the user's own handle; unknown (empty) it matches nobody's silence.
            bool mine = false;
            for (const QString &id : alert.silencedBy)
                mine = mine || (!context.me.isEmpty() && context.silenceAuthors.value(id) == context.me);
            return term.op == Op::Eq ? mine : !mine;
        }
        QStringList authors;
        for (const QString &id : alert.silencedBy)
            authors.append(context.silenceAuthors.value(id));
        return anyOf(authors);
    }
    case Field::Receiver: return anyOf(alert.receivers);
    }
    return false;
}

bool AlertFilter::matches(const Alert &alert, const FilterContext &context) const
{
    for (const Term &term : m_terms) {
        if (!matchesTerm(term, alert, context))
            return false;
    }
    return true;
}

} // namespace sre::alerting
