#pragma once

// Internal to sre_runbook: what markdown.cpp and plaintext.cpp share.
#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace sre::rb::md {

// A fence line opens or closes fenced code: ``` or ~~~, at least three, indented or not (fences
// inside list items are indented).
struct Fence
{
    char ch = 0;
    qsizetype length = 0;
};

inline std::optional<Fence> fenceOf(const QByteArray &line)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
        ++i;
    if (i >= line.size() || (line[i] != '`' && line[i] != '~'))
        return std::nullopt;
    const char ch = line[i];
    qsizetype n = 0;
    while (i + n < line.size() && line[i + n] == ch)
        ++n;
    if (n < 3)
        return std::nullopt;
    return Fence { ch, n };
}

inline bool closes(const Fence &open, const QByteArray &line)
{
    const auto f = fenceOf(line);
    return f && f->ch == open.ch && f->length >= open.length && line.trimmed().size() == f->length;
}

// A `code span` of one line: [begin, end) includes the backtick runs, [innerBegin, innerEnd) is
// the code. A run of N backticks is closed by the next run of exactly N; an unclosed run is text.
struct CodeSpan
{
    qsizetype begin = 0, innerBegin = 0, innerEnd = 0, end = 0;
};
std::vector<CodeSpan> codeSpans(const QString &line);

// `line` without its HTML comments; `inComment` carries a comment that spans lines from one line to
// the next.
QString withoutComments(const QString &line, bool &inComment);

} // namespace sre::rb::md
