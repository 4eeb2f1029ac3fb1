#include "document.h"

#include <QRegularExpression>

namespace sre::pm {

namespace {

// A line that says nothing yet: "- **Owner**:", "**技術的詳細**:", "1." and the like.
bool isEmptyLabel(QString text)
{
    static const QRegularExpression listMarker(QStringLiteral(R"(^\s*([-*+]|\d+[.)])(\s+|$))"));
    static const QRegularExpression label(QStringLiteral(
        R"(^(\*\*|__)[^*_]*(\*\*|__)\s*[:：]?\s*$|^(\*\*|__)[^*_]*[:：](\*\*|__)\s*$|^[^\s:：]{0,40}[:：]\s*$)"));
    text.remove(listMarker);
    text = text.trimmed();
    return text.isEmpty() || label.match(text).hasMatch();
}

} // namespace

std::optional<std::pair<int, QString>> atxHeading(const QByteArray &line)
{
    static const QRegularExpression re(QStringLiteral(R"(^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$)"));
    const auto m = re.match(QString::fromUtf8(line));
    if (!m.hasMatch())
        return std::nullopt;
    QString text = m.captured(2);
    static const QRegularExpression closing(QStringLiteral(R"((^|[ \t]+)#+[ \t]*$)"));
    text.remove(closing);
    return std::make_pair(int(m.capturedLength(1)), text.trimmed());
}

BlockScanner::Kind BlockScanner::next(const QByteArray &line)
{
    if (m_fenceChar) {
        const QByteArray t = line.trimmed();
        qsizetype n = 0;
        while (n < t.size() && t[n] == m_fenceChar)
            ++n;
        if (n >= m_fenceLength && n == t.size() && !line.startsWith("    "))
            m_fenceChar = 0;
        return Kind::Fence;
    }
    if (m_inComment) {
        if (line.contains("-->"))
            m_inComment = false;
        return Kind::Comment;
    }
    static const QRegularExpression fence(QStringLiteral(R"(^ {0,3}(`{3,}|~{3,}))"));
    const auto m = fence.match(QString::fromUtf8(line));
    if (m.hasMatch() && !(m.captured(1).front() == QLatin1Char('`') && line.mid(m.capturedEnd(1)).contains('`'))) {
        m_fenceChar = char(m.captured(1).front().toLatin1());
        m_fenceLength = m.capturedLength(1);
        return Kind::Fence;
    }
    const QByteArray t = line.trimmed();
    if (t.startsWith("<!--") && !line.startsWith("    ")) {
        m_inComment = !t.mid(4).contains("-->");
        return Kind::Comment;
    }
    return Kind::Text;
}

Lines Section::lines() const
{
    Lines out;
    if (m_headingLine)
        out << *m_headingLine;
    for (const Block &b : m_blocks)
        out << (b.table ? b.table->lines() : b.text);
    return out;
}

qsizetype Section::lineCount() const
{
    qsizetype n = m_headingLine ? 1 : 0;
    for (const Block &b : m_blocks)
        n += b.table ? b.table->lineCount() : b.text.size();
    return n;
}

QString Section::body() const
{
    Lines out;
    for (const Block &b : m_blocks)
        out << (b.table ? b.table->lines() : b.text);
    return textFromLines(out);
}

bool Section::hasContent() const
{
    BlockScanner scanner;
    static const QRegularExpression inlineComment(QStringLiteral("<!--.*?-->"));
    for (const Block &b : m_blocks) {
        if (b.table) {
            for (qsizetype r = 0; r < b.table->rowCount(); ++r) {
                const QStringList cells = b.table->row(r);
                if (std::any_of(cells.cbegin(), cells.cend(), [](const QString &c) { return !c.trimmed().isEmpty(); }))
                    return true;
            }
            continue;
        }
        for (const Line &l : b.text) {
            switch (scanner.next(l.text)) {
            case BlockScanner::Kind::Fence: return true;
            case BlockScanner::Kind::Comment: break;
            case BlockScanner::Kind::Text:
                if (!isEmptyLabel(QString::fromUtf8(l.text).remove(inlineComment)))
                    return true;
                break;
            }
        }
    }
    return false;
}

qsizetype Section::tableCount() const
{
    return std::count_if(m_blocks.cbegin(), m_blocks.cend(), [](const Block &b) { return b.table.has_value(); });
}

MarkdownTable *Section::table(qsizetype index)
{
    return const_cast<MarkdownTable *>(std::as_const(*this).table(index));
}

const MarkdownTable *Section::table(qsizetype index) const
{
    for (const Block &b : m_blocks)
        if (b.table && index-- == 0)
            return &*b.table;
    return nullptr;
}

} // namespace sre::pm
