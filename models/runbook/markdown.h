#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <vector>

// What the runbook code needs from Markdown without rendering it: headings with their GitHub
// anchors, links with their lines, and plain text for the search index. One pass over the bytes,
// fenced code skipped where it must be (a `# comment` in a shell block is not a heading).
namespace sre::rb::md {

struct Heading
{
    int level = 0;
    QString text; // as written, inline markup kept
    QString slug; // the anchor GitHub gives it, duplicates numbered ("x", "x-1")
    int line = 0; // 1-based line in the file
    bool hasText = false; // something other than blanks and comments before the next heading
};

struct Link
{
    QString target; // as written: "../x.md#y", "#y", "https://..."
    int line = 0;
    bool image = false;
};

// A line outside fenced code, with inline code spans blanked out, for checks that must not look
// inside code (placeholders, links).
struct ProseLine
{
    int line = 0;
    QString text;
};

struct Outline
{
    std::vector<Heading> headings;
    std::vector<Link> links;
    QSet<QString> anchors; // heading slugs plus explicit ids (<a name=x>, id="x", {#x})
    std::vector<ProseLine> prose;
    int firstBodyLine = 1; // the line after the front matter
    int lineCount = 0;
};

// The whole file, front matter included; lines are the file's lines.
Outline outline(const QByteArray &fileText);

// github-slugger: lower case, punctuation other than '-' and '_' dropped, spaces to '-'.
QString githubSlug(const QString &headingText);
// The heading text as rendered: link targets, HTML tags and code backticks dropped.
QString headingPlainText(const QString &raw);

// Text for the search index: Markdown syntax, Hugo shortcodes, HTML tags and comments, link URLs
// and table rules stripped; code kept (commands are what people search for). UTF-8 in and out.
QByteArray plainText(const QByteArray &body);

// Chinese and Japanese write words without spaces, so FTS5's unicode61 tokenizer would make one
// token of a whole clause. For the index, every Han or kana character is made a token of its own
// by putting a ZERO WIDTH SPACE (a separator to unicode61, invisible in snippets) between adjacent
// ones; a query then matches them as a phrase.
bool isCjk(char32_t c);
QByteArray separateCjk(const QByteArray &utf8);
inline constexpr char16_t kZeroWidthSpace = 0x200B;

// Splits camelCase, digits and separators into words: "KubePodCrashLooping" -> Kube Pod Crash Looping.
QStringList splitWords(const QString &name);

} // namespace sre::rb::md
