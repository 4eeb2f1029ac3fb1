#include "document.h"

#include "frontmatter.h"

#include <QRegularExpression>

namespace sre::pm {

namespace {

QString normalizedHeading(const QString &heading)
{
    return heading.simplified().toCaseFolded();
}

bool hasNonAscii(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > 0x7f; });
}

} // namespace

TableHeadings TableHeadings::defaults()
{
    return { { QStringLiteral("Timeline"), QStringLiteral("タイムライン"), QStringLiteral("時系列") },
             { QStringLiteral("Action items"), QStringLiteral("アクションアイテム"), QStringLiteral("対応項目") } };
}

TableHeadings TableHeadings::forTemplate(const QString &timelineHeading, const QString &actionItemsHeading)
{
    TableHeadings h = defaults();
    if (!timelineHeading.trimmed().isEmpty())
        h.timeline.prepend(timelineHeading.trimmed());
    if (!actionItemsHeading.trimmed().isEmpty())
        h.actionItems.prepend(actionItemsHeading.trimmed());
    return h;
}

bool sameHeading(const QString &a, const QString &b)
{
    return normalizedHeading(a) == normalizedHeading(b);
}

PostmortemDocument PostmortemDocument::parse(const QByteArray &bytes, const TableHeadings &headings)
{
    PostmortemDocument doc;
    doc.m_eol = detectEol(bytes);
    doc.m_finalNewline = bytes.isEmpty() || bytes.endsWith('\n');
    doc.m_headings = headings;
    const Lines lines = splitLines(bytes);
    // The same front matter rule as the rest of the app (splitFrontMatter).
    qsizetype frontMatterLines = 0;
    const FrontMatter fm = splitFrontMatter(bytes);
    if (fm.present) {
        const qsizetype prefix = bytes.size() - fm.body.size();
        qsizetype size = 0;
        while (frontMatterLines < lines.size() && size < prefix) {
            size += lines[frontMatterLines].text.size() + lines[frontMatterLines].eol.size();
            ++frontMatterLines;
        }
        doc.m_frontMatter = FrontMatterBlock(lines.mid(0, frontMatterLines), doc.m_eol);
    } else {
        doc.m_frontMatter = FrontMatterBlock({}, doc.m_eol);
    }
    doc.parseSections(lines, frontMatterLines);
    return doc;
}

void PostmortemDocument::parseSections(const Lines &lines, qsizetype from)
{
    m_sections.clear();
    m_sections.emplace_back();
    Lines body;
    BlockScanner scanner;
    for (qsizetype i = from; i < lines.size(); ++i) {
        const auto heading
            = scanner.next(lines[i].text) == BlockScanner::Kind::Text ? atxHeading(lines[i].text) : std::nullopt;
        if (!heading) {
            body << lines[i];
            continue;
        }
        m_sections.back().m_blocks = parseBlocks(body, m_eol);
        body.clear();
        Section s;
        s.m_level = heading->first;
        s.m_heading = heading->second;
        s.m_headingLine = lines[i];
        m_sections.push_back(std::move(s));
    }
    m_sections.back().m_blocks = parseBlocks(body, m_eol);
}

std::vector<Section::Block> PostmortemDocument::parseBlocks(const Lines &lines, const QByteArray &eol)
{
    std::vector<Section::Block> blocks;
    Lines text;
    BlockScanner scanner;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool isText = scanner.next(lines[i].text) == BlockScanner::Kind::Text;
        if (!isText || i + 1 >= lines.size() || !MarkdownTable::isTableStart(lines[i].text, lines[i + 1].text)) {
            text << lines[i];
            continue;
        }
        qsizetype end = i + 2;
        while (end < lines.size() && MarkdownTable::isTableRow(lines[end].text))
            ++end;
        if (!text.isEmpty())
            blocks.push_back({ text, std::nullopt });
        text.clear();
        blocks.push_back({ {}, MarkdownTable::fromLines(lines.mid(i, end - i), eol) });
        i = end - 1;
    }
    if (!text.isEmpty())
        blocks.push_back({ text, std::nullopt });
    return blocks;
}

Lines PostmortemDocument::allLines() const
{
    Lines out = m_frontMatter.lines();
    for (const Section &s : m_sections)
        out << s.lines();
    return out;
}

QByteArray PostmortemDocument::toBytes() const
{
    const Lines lines = allLines();
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &l = lines[i];
        const bool last = i + 1 == lines.size();
        QByteArray eol = l.eol.isEmpty() ? m_eol : l.eol;
        if (last && !m_finalNewline)
            eol.clear();
        out += l.text + eol;
    }
    return out;
}

bool PostmortemDocument::isModified() const
{
    if (m_structureModified || m_frontMatter.isModified())
        return true;
    for (const Section &s : m_sections)
        for (const Section::Block &b : s.m_blocks)
            if (b.table && b.table->isModified())
                return true;
    return false;
}

ParseResult PostmortemDocument::metadata(const QString &file) const
{
    return parsePostmortem(toBytes(), file);
}

qsizetype PostmortemDocument::findSection(const QString &heading) const
{
    for (std::size_t i = 1; i < m_sections.size(); ++i)
        if (sameHeading(m_sections[i].m_heading, heading))
            return qsizetype(i);
    return -1;
}

qsizetype PostmortemDocument::findSection(const QStringList &headings) const
{
    for (const QString &h : headings)
        if (const qsizetype i = findSection(h); i >= 0)
            return i;
    return -1;
}

void PostmortemDocument::setSectionBody(qsizetype index, const QString &markdown)
{
    if (index < 0 || index >= sectionCount() || section(index).body() == markdown)
        return;
    const Lines lines = linesFromText(markdown, m_eol);
    m_structureModified = true;
    BlockScanner scanner;
    const bool hasHeading = std::any_of(lines.cbegin(), lines.cend(), [&](const Line &l) {
        return scanner.next(l.text) == BlockScanner::Kind::Text && atxHeading(l.text).has_value();
    });
    Section &s = section(index);
    if (!hasHeading) {
        s.m_blocks = parseBlocks(lines, m_eol);
        return;
    }
    Lines all;
    for (qsizetype i = 0; i < sectionCount(); ++i) {
        if (i != index) {
            all << section(i).lines();
            continue;
        }
        if (s.m_headingLine)
            all << *s.m_headingLine;
        all << lines;
        if (!all.isEmpty() && all.back().eol.isEmpty())
            all.back().eol = m_eol;
    }
    parseSections(all, 0);
}

qsizetype PostmortemDocument::appendSection(int level, const QString &heading, const QString &body)
{
    Section &last = m_sections.back();
    const Lines lastLines = allLines();
    if (!lastLines.isEmpty() && !isBlank(lastLines.back().text)) {
        if (last.m_blocks.empty() || last.m_blocks.back().table)
            last.m_blocks.push_back({ {}, std::nullopt });
        last.m_blocks.back().text << Line { {}, m_eol };
    }
    Section s;
    s.m_level = std::clamp(level, 1, 6);
    s.m_heading = heading.simplified();
    s.m_headingLine = Line { QByteArray(s.m_level, '#') + ' ' + s.m_heading.toUtf8(), m_eol };
    s.m_blocks = parseBlocks(linesFromText(body, m_eol), m_eol);
    m_sections.push_back(std::move(s));
    m_structureModified = true;
    return sectionCount() - 1;
}

QList<OutlineEntry> PostmortemDocument::outline() const
{
    QList<OutlineEntry> out;
    int line = int(m_frontMatter.lines().size()) + 1;
    for (qsizetype i = 0; i < sectionCount(); ++i) {
        const Section &s = section(i);
        const int count = int(s.lineCount());
        out.append({ i, s.m_level, s.m_heading, line, line + count - 1 });
        line += count;
    }
    return out;
}

int PostmortemDocument::sectionLine(qsizetype index) const
{
    const QList<OutlineEntry> entries = outline();
    return index >= 0 && index < entries.size() ? entries[index].line : 0;
}

int PostmortemDocument::tableLine(qsizetype sectionIndex, qsizetype table) const
{
    if (sectionIndex < 0 || sectionIndex >= sectionCount())
        return 0;
    const Section &s = section(sectionIndex);
    int line = sectionLine(sectionIndex) + (s.m_headingLine ? 1 : 0);
    for (const Section::Block &b : s.m_blocks) {
        if (b.table && table-- == 0)
            return line;
        line += int(b.table ? b.table->lineCount() : b.text.size());
    }
    return 0;
}

MarkdownTable *PostmortemDocument::timeline()
{
    const qsizetype i = timelineSection();
    return i < 0 ? nullptr : section(i).table();
}

const MarkdownTable *PostmortemDocument::timeline() const
{
    const qsizetype i = timelineSection();
    return i < 0 ? nullptr : section(i).table();
}

MarkdownTable *PostmortemDocument::actionItems()
{
    const qsizetype i = actionItemsSection();
    return i < 0 ? nullptr : section(i).table();
}

const MarkdownTable *PostmortemDocument::actionItems() const
{
    const qsizetype i = actionItemsSection();
    return i < 0 ? nullptr : section(i).table();
}

int PostmortemDocument::timelineLine() const
{
    return timeline() ? tableLine(timelineSection()) : 0;
}

int PostmortemDocument::actionItemsLine() const
{
    return actionItems() ? tableLine(actionItemsSection()) : 0;
}

MarkdownTable &PostmortemDocument::ensureTimeline()
{
    return ensureTable(m_headings.timeline, true);
}

MarkdownTable &PostmortemDocument::ensureActionItems()
{
    return ensureTable(m_headings.actionItems, false);
}

MarkdownTable &PostmortemDocument::ensureTable(const QStringList &headings, bool timelineTable)
{
    qsizetype index = findSection(headings);
    if (index < 0)
        index = appendSection(
            2, headings.value(0, timelineTable ? QStringLiteral("Timeline") : QStringLiteral("Action items")));
    Section &s = section(index);
    if (MarkdownTable *t = s.table())
        return *t;
    const bool japanese = hasNonAscii(s.m_heading);
    QStringList headers;
    if (timelineTable)
        headers = japanese
            ? QStringList { QStringLiteral("時刻 (UTC)"), QStringLiteral("イベント"), QStringLiteral("アクション") }
            : QStringList { QStringLiteral("Time (UTC)"), QStringLiteral("Event"), QStringLiteral("Action") };
    else
        headers = japanese
            ? QStringList { QStringLiteral("アクション"), QStringLiteral("担当者"), QStringLiteral("期限"),
                            QStringLiteral("優先度"), QStringLiteral("ステータス") }
            : QStringList { QStringLiteral("Action"),   QStringLiteral("Owner"),  QStringLiteral("Due"),
                            QStringLiteral("Priority"), QStringLiteral("Status"), QStringLiteral("Link") };
    // The table goes after the section's text, before the blank lines that separate it from the next.
    Lines trailing;
    if (!s.m_blocks.empty() && !s.m_blocks.back().table) {
        Lines &text = s.m_blocks.back().text;
        while (!text.isEmpty() && isBlank(text.back().text))
            trailing.prepend(text.takeLast());
        if (text.isEmpty())
            s.m_blocks.pop_back();
    }
    if (!s.m_blocks.empty())
        s.m_blocks.push_back({ { Line { {}, m_eol } }, std::nullopt });
    s.m_blocks.push_back({ {}, MarkdownTable::create(headers, m_eol) });
    const bool isLast = index + 1 == sectionCount();
    if (trailing.isEmpty() && !isLast)
        trailing << Line { {}, m_eol };
    if (!trailing.isEmpty())
        s.m_blocks.push_back({ trailing, std::nullopt });
    m_structureModified = true;
    return *s.m_blocks[s.m_blocks.size() - (trailing.isEmpty() ? 1 : 2)].table;
}

} // namespace sre::pm
