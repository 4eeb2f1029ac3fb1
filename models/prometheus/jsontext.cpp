#include "jsontext.h"

#include <charconv>
#include <cstdint>
#include <cstring>

namespace sre::prom {

namespace {

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
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

} // namespace

bool isValidJsonNumber(const char *p, const char *end, bool &isFloat)
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

bool outOfRangeIsTiny(const char *p, const char *end)
{
    if (p < end && (*p == '-' || *p == '+'))
        ++p;
    // Decimal exponent of the first nonzero digit, before the written exponent is added.
    long long position = 0;
    bool found = false;
    for (; p < end && isDigit(*p); ++p) {
        if (found)
            ++position;
        else if (*p != '0')
            found = true;
    }
    if (p < end && *p == '.') {
        long long zeros = 0;
        for (++p; p < end && isDigit(*p); ++p) {
            if (found)
                continue;
            if (*p == '0') {
                ++zeros;
            } else {
                found = true;
                position = -(zeros + 1);
            }
        }
    }
    if (!found)
        return true; // all zeros: never too large
    long long exponent = 0;
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        const bool negative = p < end && *p == '-';
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        if (std::from_chars(p, end, exponent).ec != std::errc())
            return negative; // an exponent beyond 64 bits decides on its own
        if (negative)
            exponent = -exponent;
    }
    return exponent < -position;
}

bool unescapeJsonString(const char *from, const char *to, std::string &out)
{
    out.clear();
    while (from < to) {
        const char *backslash = static_cast<const char *>(std::memchr(from, '\\', to - from));
        if (!backslash) {
            out.append(from, to);
            return true;
        }
        out.append(from, backslash);
        from = backslash + 2; // the scanner guarantees a character after each backslash
        switch (backslash[1]) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
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
            appendUtf8(out, static_cast<std::uint32_t>(cp));
            break;
        }
        default: return false;
        }
    }
    return true;
}

} // namespace sre::prom
