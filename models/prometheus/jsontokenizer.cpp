#include "jsontokenizer.h"

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

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Reads the four hex digits after "\u"; -1 if they are not hex.
int readHex4(const char *p, const char *end)
{
    if (end - p < 4)
        return -1;
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(p[i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

void appendUtf8(std::string &out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Checks the RFC 8259 number grammar; sets isFloat when there is a fraction or exponent.
bool validNumber(const char *p, const char *end, bool &isFloat)
{
    isFloat = false;
    if (p < end && *p == '-')
        ++p;
    if (p == end)
        return false;
    if (*p == '0') {
        ++p;
    } else if (isDigit(*p)) {
        while (p < end && isDigit(*p))
            ++p;
    } else {
        return false;
    }
    if (p < end && *p == '.') {
        isFloat = true;
        if (++p == end || !isDigit(*p))
            return false;
        while (p < end && isDigit(*p))
            ++p;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        isFloat = true;
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        if (p == end || !isDigit(*p))
            return false;
        while (p < end && isDigit(*p))
            ++p;
    }
    return p == end;
}

} // namespace

JsonTokenizer::JsonTokenizer(Sax &sax, std::size_t maxDepth)
    : m_sax(sax)
    , m_maxDepth(maxDepth)
{
}

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
        m_error = m_base == 0 ? "empty body" : "unexpected end of the body (truncated response?)";
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
    fail(at, begin, "rejected by the response handler");
    m_handlerStopped = true;
}

bool JsonTokenizer::push(bool object, const char *at, const char *begin)
{
    if (m_stack.size() >= m_maxDepth) {
        fail(at, begin, "nesting too deep");
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
            fail(p, begin, "unexpected data after the end of the JSON document");
            return consumed();
        case Expect::Colon:
            if (c != ':') {
                fail(p, begin, "expected ':' after an object key");
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
            fail(p, begin, m_stack.back() ? "expected ',' or '}'" : "expected ',' or ']'");
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
                fail(p, begin, "expected a string as object key");
                return consumed();
            }
            const char *start = p;
            const Scan scan = scanString(p, end, resumeHere, begin);
            if (scan == Scan::Incomplete && atEof)
                fail(start, begin, "unterminated string");
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
                    fail(start, begin, "unterminated string");
                if (scan == Scan::Complete && !m_sax.string(m_text))
                    handlerFailed(start, begin);
            } else if (c == '-' || isDigit(c)) {
                scan = scanNumber(p, end, atEof, resumeHere, begin);
            } else if (c == '{' || c == '[') {
                ++p;
                if (!push(c == '{', start, begin))
                    return consumed();
                continue;
            } else if (c == 't' || c == 'f' || c == 'n') {
                scan = scanLiteral(p, end, atEof, begin);
            } else {
                fail(p, begin, "expected a JSON value");
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

JsonTokenizer::Scan JsonTokenizer::scanString(const char *&p, const char *end, std::size_t resume,
                                              const char *begin)
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
        fail(q, begin, "control character in string");
        return Scan::Failed;
    }
    if (!escaped) {
        m_text.assign(content, q);
    } else if (!unescape(content, q)) {
        fail(p, begin, "invalid escape sequence in string");
        return Scan::Failed;
    }
    p = q + 1;
    return Scan::Complete;
}

bool JsonTokenizer::unescape(const char *from, const char *to)
{
    m_text.clear();
    while (from < to) {
        const char *backslash = static_cast<const char *>(std::memchr(from, '\\', to - from));
        if (!backslash) {
            m_text.append(from, to);
            return true;
        }
        m_text.append(from, backslash);
        from = backslash + 2; // the scanner guarantees a character after each backslash
        switch (backslash[1]) {
        case '"': m_text += '"'; break;
        case '\\': m_text += '\\'; break;
        case '/': m_text += '/'; break;
        case 'b': m_text += '\b'; break;
        case 'f': m_text += '\f'; break;
        case 'n': m_text += '\n'; break;
        case 'r': m_text += '\r'; break;
        case 't': m_text += '\t'; break;
        case 'u': {
            int cp = readHex4(from, to);
            if (cp < 0)
                return false;
            from += 4;
            if (cp >= 0xDC00 && cp <= 0xDFFF)
                return false; // a low surrogate without its high half
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (to - from < 6 || from[0] != '\\' || from[1] != 'u')
                    return false;
                const int low = readHex4(from + 2, to);
                if (low < 0xDC00 || low > 0xDFFF)
                    return false;
                from += 6;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            appendUtf8(m_text, static_cast<std::uint32_t>(cp));
            break;
        }
        default:
            return false;
        }
    }
    return true;
}

JsonTokenizer::Scan JsonTokenizer::scanNumber(const char *&p, const char *end, bool atEof,
                                              std::size_t resume, const char *begin)
{
    const char *q = p + resume;
    while (q < end && isNumberChar(*q))
        ++q;
    if (q == end && !atEof) {
        m_resume = static_cast<std::size_t>(q - p);
        return Scan::Incomplete;
    }
    bool isFloat = false;
    if (!validNumber(p, q, isFloat)) {
        fail(p, begin, "invalid number");
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
        if (result.ec != std::errc()) {
            fail(p, begin, "number out of range");
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

JsonTokenizer::Scan JsonTokenizer::scanLiteral(const char *&p, const char *end, bool atEof,
                                               const char *begin)
{
    const std::string_view literal = *p == 't' ? std::string_view("true")
                                     : *p == 'f' ? std::string_view("false")
                                                 : std::string_view("null");
    const auto available = static_cast<std::size_t>(end - p);
    const std::size_t compared = std::min(available, literal.size());
    if (std::string_view(p, compared) != literal.substr(0, compared)) {
        fail(p, begin, "invalid literal");
        return Scan::Failed;
    }
    if (available < literal.size()) {
        if (atEof) {
            fail(p, begin, "invalid literal");
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
