#include "jsontokenizer.h"

#include "jsontext.h"

#include <QtGlobal> // QT_TRANSLATE_NOOP only: the tokenizer itself is Qt-free
#include <charconv>
#include <cstring>

namespace sre::prom {

namespace {

constexpr std::size_t kUnknownSize = static_cast<std::size_t>(-1);

inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isNumberChar(char c)
{
    return isDigit(c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// Skips white space; true, and past it, when the next character is `c`.
inline bool skipTo(const char *&p, const char *end, char c)
{
    while (p < end && isSpace(*p))
        ++p;
    if (p == end || *p != c)
        return false;
    ++p;
    return true;
}

// A timestamp as Prometheus writes it, digits with at most a short fraction ("1793491200",
// "1793491200.123"), at most 15 digits in all: read exactly as an integer and divided once by a
// power of ten, which rounds as std::from_chars does. Moves p past it; false (p unchanged) for
// anything else, which the general number path then reads.
inline bool plainDecimal(const char *&p, const char *end, double &value)
{
    const char *q = p;
    std::uint64_t digits = 0;
    int count = 0;
    while (q < end && isDigit(*q) && count <= 15) {
        digits = digits * 10 + std::uint64_t(*q - '0');
        ++q;
        ++count;
    }
    if (count == 0 || (*p == '0' && count > 1))
        return false;
    std::uint64_t scale = 1;
    if (q < end && *q == '.') {
        ++q;
        const int before = count;
        while (q < end && isDigit(*q) && count <= 15) {
            digits = digits * 10 + std::uint64_t(*q - '0');
            scale *= 10;
            ++q;
            ++count;
        }
        if (count == before)
            return false;
    }
    if (count > 15 || q == end || isNumberChar(*q))
        return false; // longer, an exponent, or cut off by the end of the buffer
    value = scale == 1 ? double(digits) : double(digits) / double(scale);
    p = q;
    return true;
}

} // namespace

JsonTokenizer::JsonTokenizer(Sax &sax, std::size_t maxDepth)
    : m_sax(sax)
    , m_maxDepth(maxDepth)
{ }

bool JsonTokenizer::feed(std::string_view chunk)
{
    if (m_failed)
        return false;
    if (m_carry.empty()) {
        const std::size_t used = run(chunk.data(), chunk.data() + chunk.size(), false);
        if (m_failed)
            return false;
        m_base += used;
        m_carry.assign(chunk.data() + used, chunk.size() - used);
    } else {
        m_carry.append(chunk);
        const std::size_t used = run(m_carry.data(), m_carry.data() + m_carry.size(), false);
        if (m_failed)
            return false;
        m_base += used;
        m_carry.erase(0, used);
    }
    return true;
}

bool JsonTokenizer::finish()
{
    if (m_failed)
        return false;
    const std::size_t used = run(m_carry.data(), m_carry.data() + m_carry.size(), true);
    if (m_failed)
        return false;
    m_base += used;
    m_carry.clear();
    if (m_expect != Expect::Done) {
        m_failed = true;
        m_errorOffset = m_base;
        const bool nothing = m_stack.empty() && m_expect == Expect::Value;
        m_error = nothing
            ? QT_TRANSLATE_NOOP("sre::prom::JsonTokenizer", "empty body")
            : QT_TRANSLATE_NOOP("sre::prom::JsonTokenizer", "unexpected end of the body (truncated response?)");
        return false;
    }
    return true;
}

void JsonTokenizer::fail(const char *at, const char *begin, const char *what)
{
    m_failed = true;
    m_errorOffset = m_base + static_cast<std::uint64_t>(at - begin);
    m_error = what;
}

void JsonTokenizer::handlerFailed(const char *at, const char *begin)
{
    fail(at, begin, QT_TRANSLATE_NOOP("sre::prom::JsonTokenizer", "rejected by the response handler"));
    m_handlerStopped = true;
}

bool JsonTokenizer::push(bool object, const char *at, const char *begin)
{
    if (m_stack.size() >= m_maxDepth) {
        fail(at, begin, QT_TRANSLATE_NOOP("sre::prom::JsonTokenizer", "nesting too deep"));
        return false;
    }
    m_stack.push_back(object);
    const bool ok = object ? m_sax.start_object(kUnknownSize) : m_sax.start_array(kUnknownSize);
    if (!ok)
        handlerFailed(at, begin);
    m_expect = object ? Expect::KeyOrEndObject : Expect::ValueOrEndArray;
    return ok;
}

bool JsonTokenizer::pop()
{
    const bool object = m_stack.back();
    m_stack.pop_back();
    afterValue();
    return object ? m_sax.end_object() : m_sax.end_array();
}

std::size_t JsonTokenizer::run(const char *begin, const char *end, bool atEof)
{
    const char *p = begin;
    // The carried-over resume point belongs to the token at the very start of this buffer.
    const std::size_t resume = m_resume;
    m_resume = 0;
    auto consumed = [&] { return static_cast<std::size_t>(p - begin); };
    while (true) {
        while (p < end && isSpace(*p))
            ++p;
        if (p == end)
            return consumed();
        const char c = *p;
        const std::size_t resumeHere = p == begin ? resume : 0;
        switch (m_expect) {
        case Expect::Done:
            fail(p, begin,
                 QT_TRANSLATE_NOOP("sre::prom::JsonTokenizer", "unexpected data after the end of the JSON document"));
            return consumed();
        case Expect::Colon:
            if (c != ':') {
                fail(p, begin, QT_TRANSLATE_NOOP("sre::prom::JsonTokenizer", "expected ':' after an object key"));
                return consumed();
            }
            ++p;
            m_expect = Expect::Value;
            continue;
        case Expect::CommaOrEnd:
            if (c == ',') {
                ++p;
                m_expect = m_stack.back() ? Expect::Key : Expect::Value;
                continue;
            }
            if ((c == '}' && m_stack.back()) || (c == ']' && !m_stack.back())) {
                ++p;
                if (!pop()) {
                    handlerFailed(p - 1, begin);
                    return consumed();
                }
                continue;
            }
            fail(p, begin,
                 m_stack.back() ? QT_TRANSLATE_NOOP("sre::prom::JsonTokenizer", "expected ',' or '}'")
                                : QT_TRANSLATE_NOOP("sre::prom::JsonTokenizer", "expected ',' or ']'"));
            return consumed();
        case Expect::KeyOrEndObject:
            if (c == '}') {
                ++p;
                if (!pop()) {
                    handlerFailed(p - 1, begin);
                    return consumed();
                }
                continue;
            }
            [[fallthrough]];
        case Expect::Key: {
            if (c != '"') {
                fail(p, begin, QT_TRANSLATE_NOOP("sre::prom::JsonTokenizer", "expected a string as object key"));
                return consumed();
            }
            const char *start = p;
            const Scan scan = scanString(p, end, resumeHere, begin);
            if (scan == Scan::Incomplete && atEof)
                fail(start, begin, QT_TRANSLATE_NOOP("sre::prom::JsonTokenizer", "unterminated string"));
            if (scan != Scan::Complete)
                return static_cast<std::size_t>(start - begin);
            if (!m_sax.key(m_text)) {
                handlerFailed(start, begin);
                return consumed();
            }
            m_expect = Expect::Colon;
            continue;
        }
        case Expect::ValueOrEndArray:
            if (c == ']') {
                ++p;
                if (!pop()) {
                    handlerFailed(p - 1, begin);
                    return consumed();
                }
                continue;
            }
            [[fallthrough]];
        case Expect::Value: {
            const char *start = p;
            Scan scan = Scan::Complete;
            if (c == '"') {
                scan = scanString(p, end, resumeHere, begin);
                if (scan == Scan::Incomplete && atEof)
                    fail(start, begin, QT_TRANSLATE_NOOP("sre::prom::JsonTokenizer", "unterminated string"));
                if (scan == Scan::Complete && !m_sax.string(m_text))
                    handlerFailed(start, begin);
            } else if (c == '-' || isDigit(c)) {
                scan = scanNumber(p, end, atEof, resumeHere, begin);
            } else if (c == '[' && m_pairs && m_pairs->inPairArray()) {
                const char *after = fastPairs(p, end, begin);
                if (m_failed)
                    return consumed();
                if (after != p) {
                    p = after;
                    afterValue();
                    continue;
                }
                ++p;
                if (!push(false, start, begin))
                    return consumed();
                continue;
            } else if (c == '{' || c == '[') {
                ++p;
                if (!push(c == '{', start, begin))
                    return consumed();
                continue;
            } else if (c == 't' || c == 'f' || c == 'n') {
                scan = scanLiteral(p, end, atEof, begin);
            } else {
                fail(p, begin, QT_TRANSLATE_NOOP("sre::prom::JsonTokenizer", "expected a JSON value"));
            }
            if (m_failed)
                return consumed();
            if (scan == Scan::Incomplete)
                return static_cast<std::size_t>(start - begin);
            afterValue();
            continue;
        }
        }
    }
}

JsonTokenizer::Scan JsonTokenizer::scanString(const char *&p, const char *end, std::size_t resume, const char *begin)
{
    const char *content = p + 1;
    const char *q = content + resume;
    bool escaped = resume > 0 && m_resumeEscaped;
    while (true) {
        while (q < end) {
            const auto ch = static_cast<unsigned char>(*q);
            if (ch == '"' || ch == '\\' || ch < 0x20)
                break;
            ++q;
        }
        if (q >= end || (*q == '\\' && q + 1 >= end)) {
            // Resume at the backslash so an escape cut in two is seen whole next time.
            m_resume = static_cast<std::size_t>(q - content);
            m_resumeEscaped = escaped;
            return Scan::Incomplete;
        }
        if (*q == '"')
            break;
        if (*q == '\\') {
            escaped = true;
            q += 2;
            continue;
        }
        fail(q, begin, QT_TRANSLATE_NOOP("sre::prom::JsonTokenizer", "control character in string"));
        return Scan::Failed;
    }
    if (!escaped) {
        m_text.assign(content, q);
    } else if (!unescapeJsonString(content, q, m_text)) {
        fail(p, begin, QT_TRANSLATE_NOOP("sre::prom::JsonTokenizer", "invalid escape sequence in string"));
        return Scan::Failed;
    }
    p = q + 1;
    return Scan::Complete;
}

JsonTokenizer::Scan JsonTokenizer::scanNumber(const char *&p, const char *end, bool atEof, std::size_t resume,
                                              const char *begin)
{
    const char *q = p + resume;
    while (q < end && isNumberChar(*q))
        ++q;
    if (q == end && !atEof) {
        m_resume = static_cast<std::size_t>(q - p);
        return Scan::Incomplete;
    }
    bool isFloat = false;
    if (!isValidJsonNumber(p, q, isFloat)) {
        fail(p, begin, QT_TRANSLATE_NOOP("sre::prom::JsonTokenizer", "invalid number"));
        return Scan::Failed;
    }
    bool ok = true;
    bool asFloat = isFloat;
    if (!isFloat) {
        if (*p == '-') {
            std::int64_t value = 0;
            const auto result = std::from_chars(p, q, value);
            if (result.ec == std::errc())
                ok = m_sax.number_integer(value);
            else
                asFloat = true; // beyond 64 bits: keep it as a double, as nlohmann does
        } else {
            std::uint64_t value = 0;
            const auto result = std::from_chars(p, q, value);
            if (result.ec == std::errc())
                ok = m_sax.number_unsigned(value);
            else
                asFloat = true;
        }
    }
    if (asFloat) {
        double value = 0;
        const auto result = std::from_chars(p, q, value);
        if (result.ec == std::errc::result_out_of_range && outOfRangeIsTiny(p, q)) {
            // RFC 8259 leaves range to the implementation; like nlohmann (strtod), a number too
            // small for a double reads as zero. One too large is an error.
            value = *p == '-' ? -0.0 : 0.0;
        } else if (result.ec != std::errc()) {
            fail(p, begin, QT_TRANSLATE_NOOP("sre::prom::JsonTokenizer", "number out of range"));
            return Scan::Failed;
        }
        m_text.assign(p, q);
        ok = m_sax.number_float(value, m_text);
    }
    if (!ok) {
        handlerFailed(p, begin);
        return Scan::Failed;
    }
    p = q;
    return Scan::Complete;
}

const char *JsonTokenizer::fastPairs(const char *p, const char *end, const char *begin)
{
    const char *done = p; // after the last pair handed over
    const char *q = p + 1;
    while (true) {
        // [ number , "plain string" ]
        while (q < end && isSpace(*q))
            ++q;
        double first = 0;
        if (!plainDecimal(q, end, first)) {
            const char *number = q;
            while (q < end && isNumberChar(*q))
                ++q;
            bool isFloat = false;
            if (q == end || !isValidJsonNumber(number, q, isFloat)
                || std::from_chars(number, q, first).ec != std::errc())
                return done;
            if (!isFloat && first == 0)
                first = 0.0; // "-0" is the integer 0 to the general path, not -0.0
        }
        if (!skipTo(q, end, ',') || !skipTo(q, end, '"'))
            return done;
        const char *text = q;
        while (q < end && *q != '"' && *q != '\\' && static_cast<unsigned char>(*q) >= 0x20)
            ++q;
        if (q == end || *q != '"')
            return done;
        const std::string_view second(text, static_cast<std::size_t>(q - text));
        ++q;
        if (!skipTo(q, end, ']'))
            return done;
        if (!m_pairs->pair(first, second)) {
            handlerFailed(text - 1, begin); // where the general path reports it: the value's string
            return done;
        }
        done = q;
        // On to the next pair, if it follows.
        if (!skipTo(q, end, ',') || !skipTo(q, end, '['))
            return done;
    }
}

JsonTokenizer::Scan JsonTokenizer::scanLiteral(const char *&p, const char *end, bool atEof, const char *begin)
{
    const std::string_view literal = *p == 't' ? std::string_view("true")
        : *p == 'f'                            ? std::string_view("false")
                                               : std::string_view("null");
    const auto available = static_cast<std::size_t>(end - p);
    const std::size_t compared = std::min(available, literal.size());
    if (std::string_view(p, compared) != literal.substr(0, compared)) {
        fail(p, begin, QT_TRANSLATE_NOOP("sre::prom::JsonTokenizer", "invalid literal"));
        return Scan::Failed;
    }
    if (available < literal.size()) {
        if (atEof) {
            fail(p, begin, QT_TRANSLATE_NOOP("sre::prom::JsonTokenizer", "invalid literal"));
            return Scan::Failed;
        }
        return Scan::Incomplete;
    }
    const bool ok = *p == 'n' ? m_sax.null() : m_sax.boolean(*p == 't');
    if (!ok) {
        handlerFailed(p, begin);
        return Scan::Failed;
    }
    p += literal.size();
    return Scan::Complete;
}

} // namespace sre::prom
