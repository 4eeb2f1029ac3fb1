// Plain text for the search index, and the separation of Han and kana into tokens.
#include "markdown.h"
#include "markdown_p.h"

#include <cstring>

namespace sre::rb::md {

namespace {

bool startsWith(const char *p, const char *end, const char *s)
{
    for (; *s; ++p, ++s)
        if (p >= end || *p != *s)
            return false;
    return true;
}

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

const char *find(const char *p, const char *end, const char *s)
{
    for (; p < end; ++p)
        if (startsWith(p, end, s))
            return p;
    return nullptr;
}

bool isMarkupStart(char c)
{
    switch (c) {
    case '<':
    case '{':
    case '[':
    case ']':
    case '!':
    case '*':
    case '`':
    case '|':
    case '&':
    case '\r': return true;
    default: return false;
    }
}

// "| --- | :-: |": a table's rule line carries no words.
bool isTableRule(const char *p, const char *end)
{
    bool dash = false;
    for (; p < end; ++p) {
        if (*p == '-')
            dash = true;
        else if (*p != '|' && *p != ':' && *p != ' ' && *p != '\t' && *p != '\r')
            return false;
    }
    return dash;
}

} // namespace

QByteArray plainText(const QByteArray &body)
{
    QByteArray out;
    out.reserve(body.size());
    const char *p = body.constData();
    const char *const end = p + body.size();
    std::optional<Fence> fence;
    bool inComment = false;
    while (p < end) {
        const char *eol = static_cast<const char *>(memchr(p, '\n', std::size_t(end - p)));
        if (!eol)
            eol = end;
        const QByteArray lineBytes = QByteArray::fromRawData(p, eol - p);
        if (fence) {
            if (closes(*fence, lineBytes))
                fence.reset();
            else
                out.append(p, eol - p).append('\n');
            p = eol + 1;
            continue;
        }
        if (!inComment) {
            if (const auto f = fenceOf(lineBytes)) {
                fence = f;
                p = eol + 1;
                continue;
            }
            if (isTableRule(p, eol)) {
                p = eol + 1;
                continue;
            }
        }
        const char *q = p;
        bool lineStart = true;
        while (q < eol) {
            if (inComment) {
                const char *close = find(q, eol, "-->");
                if (!close) {
                    q = eol;
                    break;
                }
                inComment = false;
                q = close + 3;
                continue;
            }
            const char c = *q;
            if (lineStart && (c == '#' || c == '>' || c == ' ' || c == '\t')) {
                ++q;
                continue;
            }
            lineStart = false;
            if (c == '<') {
                if (startsWith(q, eol, "<!--")) {
                    inComment = true;
                    q += 4;
                    continue;
                }
                const char n = q + 1 < eol ? q[1] : 0;
                if (isAsciiAlpha(n) || (n == '/' && q + 2 < eol && isAsciiAlpha(q[2]))) {
                    const char *close = static_cast<const char *>(memchr(q, '>', std::size_t(eol - q)));
                    if (close) {
                        out.append(' ');
                        q = close + 1;
                        continue;
                    }
                }
            } else if (c == '{' && q + 2 < eol && q[1] == '{' && (q[2] == '<' || q[2] == '%')) {
                // Hugo shortcode tag: {{< alert icon="x" >}} ... {{< /alert >}}; the text between stays.
                const char *close = find(q + 3, eol, q[2] == '<' ? ">}}" : "%}}");
                if (close) {
                    out.append(' ');
                    q = close + 3;
                    continue;
                }
            } else if (c == ']' && q + 1 < eol && q[1] == '(') {
                // The link's URL is not text; its label was already written.
                int parens = 0;
                const char *k = q + 2;
                for (; k < eol; ++k) {
                    if (*k == '(')
                        ++parens;
                    else if (*k == ')' && parens-- == 0)
                        break;
                }
                out.append(' ');
                q = k < eol ? k + 1 : eol;
                continue;
            } else if (c == '!' && q + 1 < eol && q[1] == '[') {
                ++q;
                continue;
            } else if (c == '[' || c == ']' || c == '*' || c == '`' || c == '|') {
                out.append(' ');
                ++q;
                continue;
            } else if (c == '&') {
                static const struct
                {
                    const char *entity;
                    char replacement;
                } entities[] = { { "&nbsp;", ' ' }, { "&amp;", '&' },  { "&lt;", '<' },
                                 { "&gt;", '>' },   { "&quot;", '"' }, { "&#39;", '\'' } };
                bool replaced = false;
                for (const auto &e : entities) {
                    if (startsWith(q, eol, e.entity)) {
                        out.append(e.replacement);
                        q += strlen(e.entity);
                        replaced = true;
                        break;
                    }
                }
                if (replaced)
                    continue;
            } else if (c == '\r' && q + 1 == eol) {
                ++q;
                continue;
            }
            // Copy the ordinary run up to the next character that may start markup in one go.
            const char *run = q + 1;
            while (run < eol && !isMarkupStart(*run))
                ++run;
            out.append(q, run - q);
            q = run;
        }
        out.append('\n');
        p = eol + 1;
    }
    return out;
}

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) // hiragana, katakana
        || (c >= 0x31F0 && c <= 0x31FF) // katakana phonetic extensions
        || (c >= 0x3400 && c <= 0x4DBF) // CJK extension A
        || (c >= 0x4E00 && c <= 0x9FFF) // CJK unified ideographs
        || (c >= 0xF900 && c <= 0xFAFF) // compatibility ideographs
        || (c >= 0xFF66 && c <= 0xFF9F) // half-width katakana
        || (c >= 0x20000 && c <= 0x2FA1F); // supplementary ideographs
}

QByteArray separateCjk(const QByteArray &utf8)
{
    // Fast path: no three- or four-byte sequences, nothing to do.
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.constData());
    const qsizetype n = utf8.size();
    qsizetype first = 0;
    while (first < n && p[first] < 0xE0)
        ++first;
    if (first == n)
        return utf8;
    QByteArray out;
    out.reserve(n + n / 4);
    out.append(utf8.constData(), first);
    bool previousCjk = false;
    for (qsizetype i = first; i < n;) {
        const unsigned char b = p[i];
        qsizetype len = 1;
        char32_t c = b;
        if (b >= 0xF0 && i + 3 < n) {
            len = 4;
            c = char32_t(b & 0x07) << 18 | char32_t(p[i + 1] & 0x3F) << 12 | char32_t(p[i + 2] & 0x3F) << 6
                | char32_t(p[i + 3] & 0x3F);
        } else if (b >= 0xE0 && i + 2 < n) {
            len = 3;
            c = char32_t(b & 0x0F) << 12 | char32_t(p[i + 1] & 0x3F) << 6 | char32_t(p[i + 2] & 0x3F);
        } else if (b >= 0xC0 && i + 1 < n) {
            len = 2;
            c = 0x80; // not CJK; the value does not matter
        }
        const bool cjk = len >= 3 && isCjk(c);
        if (cjk && previousCjk)
            out.append("\xE2\x80\x8B", 3);
        previousCjk = cjk;
        out.append(utf8.constData() + i, len);
        i += len;
    }
    return out;
}

} // namespace sre::rb::md
