#pragma once

#include "frontmatterblock.h"
#include "markdowntable.h"
#include "postmortem.h"

#include <optional>
#include <vector>

namespace sre::pm {

// The headings under which the timeline and the action items tables live. A template names its
// own (timeline_heading, action_items_heading); the defaults also know the Japanese ones.
struct TableHeadings
{
    QStringList timeline;
    QStringList actionItems;

    static TableHeadings defaults();
    // The defaults with a template's headings tried first.
    static TableHeadings forTemplate(const QString &timelineHeading, const QString &actionItemsHeading);
};

// Headings compare case-insensitively, ignoring surrounding spaces and closing #s.
bool sameHeading(const QString &a, const QString &b);

// One section: an ATX heading and the lines under it up to the next heading of any level (so a
// "### What went well" is a section of its own, after its "## Lessons learned"). Section 0 of
// every document is the text before the first heading, level 0, possibly empty.
class Section final
{
public:
    int level() const { return m_level; }
    QString heading() const { return m_heading; }
    // The body as editor text ("\n" line endings), tables included.
    QString body() const;
    // True when the body holds more than guidance comments, blank lines, empty list labels such
    // as "- **Owner**:" and tables without rows.
    bool hasContent() const;

    qsizetype tableCount() const;
    MarkdownTable *table(qsizetype index = 0);
    const MarkdownTable *table(qsizetype index = 0) const;

private:
    friend class PostmortemDocument;
    // A run of text lines, or one table.
    struct Block
    {
        Lines text;
        std::optional<MarkdownTable> table;
    };
    Lines lines() const; // heading line and body
    qsizetype lineCount() const;

    int m_level = 0;
    QString m_heading;
    std::optional<Line> m_headingLine;
    std::vector<Block> m_blocks;
};

struct OutlineEntry
{
    qsizetype section = 0;
    int level = 0;
    QString heading;
    int line = 0; // 1-based line of the heading (of the first line for section 0)
    int lastLine = 0; // last line of the body; line - 1 for an empty section 0
};

// A postmortem file as front matter plus sections, with its timeline and action items as tables.
// Parsing and writing back an unedited document gives the same bytes; an edit re-renders only
// what it changed, in the file's style and line endings.
//
// Pointers from table()/timeline()/actionItems() stay valid until the section list changes
// (appendSection, or setSectionBody with text that contains a heading).
class PostmortemDocument final
{
public:
    static PostmortemDocument parse(const QByteArray &bytes, const TableHeadings &headings = TableHeadings::defaults());

    QByteArray toBytes() const;
    bool isModified() const;
    QByteArray lineEnding() const { return m_eol; }
    const TableHeadings &tableHeadings() const { return m_headings; }

    FrontMatterBlock &frontMatter() { return m_frontMatter; }
    const FrontMatterBlock &frontMatter() const { return m_frontMatter; }
    // The scalar fields as the rest of the app reads them (parsePostmortem on the current bytes).
    ParseResult metadata(const QString &file = {}) const;

    qsizetype sectionCount() const { return qsizetype(m_sections.size()); }
    Section &section(qsizetype index) { return m_sections.at(std::size_t(index)); }
    const Section &section(qsizetype index) const { return m_sections.at(std::size_t(index)); }
    // The first section with that heading, or -1.
    qsizetype findSection(const QString &heading) const;
    qsizetype findSection(const QStringList &headings) const; // the first heading that exists wins

    // Replaces a section's body with editor text (line endings become the file's). Text that
    // contains headings becomes sections of their own.
    void setSectionBody(qsizetype index, const QString &markdown);
    // Appends a section at the end; returns its index.
    qsizetype appendSection(int level, const QString &heading, const QString &body = {});

    QList<OutlineEntry> outline() const;
    int sectionLine(qsizetype index) const;
    // Line of a table's header row; row r of the table is on tableLine() + 2 + r.
    int tableLine(qsizetype section, qsizetype table = 0) const;

    qsizetype timelineSection() const { return findSection(m_headings.timeline); }
    qsizetype actionItemsSection() const { return findSection(m_headings.actionItems); }
    // The first table under the timeline / action items heading, or nullptr.
    MarkdownTable *timeline();
    const MarkdownTable *timeline() const;
    MarkdownTable *actionItems();
    const MarkdownTable *actionItems() const;
    // The table, created (with English or Japanese headers, after the heading's language) when
    // the section has none, and the section appended when missing.
    MarkdownTable &ensureTimeline();
    MarkdownTable &ensureActionItems();
    int timelineLine() const;
    int actionItemsLine() const;

private:
    void parseSections(const Lines &lines, qsizetype from);
    static std::vector<Section::Block> parseBlocks(const Lines &lines, const QByteArray &eol);
    Lines allLines() const;
    MarkdownTable &ensureTable(const QStringList &headings, bool timelineTable);

    QByteArray m_eol = "\n";
    bool m_finalNewline = true;
    TableHeadings m_headings;
    FrontMatterBlock m_frontMatter;
    std::vector<Section> m_sections;
    bool m_structureModified = false;
};

// ATX heading ("## Impact", up to three spaces of indent, closing #s dropped): level and text.
std::optional<std::pair<int, QString>> atxHeading(const QByteArray &line);

// Tracks fenced code blocks and multi-line HTML comments line by line, where headings, tables
// and lint rules do not apply.
class BlockScanner final
{
public:
    enum class Kind { Text, Fence, Comment };
    // The kind of `line`, advancing the state (a fence's opening and closing lines are Fence).
    Kind next(const QByteArray &line);

private:
    char m_fenceChar = 0;
    qsizetype m_fenceLength = 0;
    bool m_inComment = false;
};

} // namespace sre::pm
