#include "markdowntable.h"

#include <QHash>
#include <QRegularExpression>

namespace sre::pm {

namespace {

// Splits a row at unescaped pipes into raw cell segments (spaces kept), dropping the outer pipes.
QStringList segments(const QString &line, bool *leading = nullptr, bool *trailing = nullptr)
{
    QString s = line.trimmed();
    const bool lead = s.startsWith(QLatin1Char('|'));
    if (lead)
        s.remove(0, 1);
    const bool trail = s.endsWith(QLatin1Char('|')) && !s.endsWith(QStringLiteral("\\|"));
    if (trail)
        s.chop(1);
    if (leading)
        *leading = lead;
    if (trailing)
        *trailing = trail;
    QStringList out;
    QString current;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == QLatin1Char('|') && (i == 0 || s[i - 1] != QLatin1Char('\\'))) {
            out << current;
            current.clear();
        } else {
            current += s[i];
        }
    }
    out << current;
    return out;
}

QStringList cellsOf(const QByteArray &line)
{
    QStringList cells;
    for (const QString &segment : segments(QString::fromUtf8(line)))
        cells << unescapeCell(segment.trimmed());
    return cells;
}

// A cell value as the row writes it: the inverse of unescapeCell(). Every pipe gets its backslash,
// also one that follows a backslash: the value `\|` (from the text `\\|`) is written `\\|`, which
// reads back as `\|`; escapeCell() would leave it as it is, and it would read back as `|`.
QString writtenCell(const QString &value)
{
    QString s = value.trimmed();
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    s.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return s;
}

bool isDelimiterRow(const QByteArray &line)
{
    static const QRegularExpression re(QStringLiteral(R"(^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$)"));
    return line.contains('|') && re.match(QString::fromUtf8(line)).hasMatch();
}

QString normalizedHeader(const QString &header)
{
    static const QRegularExpression parens(QStringLiteral(R"(\s*[(（][^)）]*[)）]\s*)"));
    QString h = header;
    h.remove(parens);
    h.remove(QLatin1Char('*'));
    return h.trimmed().toLower();
}

} // namespace

Column columnForHeader(const QString &header)
{
    static const QHash<QString, Column> known = {
        { QStringLiteral("time"), Column::Time },
        { QStringLiteral("timestamp"), Column::Time },
        { QStringLiteral("when"), Column::Time },
        { QStringLiteral("時刻"), Column::Time },
        { QStringLiteral("日時"), Column::Time },
        { QStringLiteral("時間"), Column::Time },
        { QStringLiteral("event"), Column::Event },
        { QStringLiteral("what happened"), Column::Event },
        { QStringLiteral("イベント"), Column::Event },
        { QStringLiteral("出来事"), Column::Event },
        { QStringLiteral("事象"), Column::Event },
        { QStringLiteral("action"), Column::Action },
        { QStringLiteral("action item"), Column::Action },
        { QStringLiteral("action taken"), Column::Action },
        { QStringLiteral("アクション"), Column::Action },
        { QStringLiteral("対応"), Column::Action },
        { QStringLiteral("対応内容"), Column::Action },
        { QStringLiteral("owner"), Column::Owner },
        { QStringLiteral("assignee"), Column::Owner },
        { QStringLiteral("who"), Column::Owner },
        { QStringLiteral("担当"), Column::Owner },
        { QStringLiteral("担当者"), Column::Owner },
        { QStringLiteral("due"), Column::Due },
        { QStringLiteral("due date"), Column::Due },
        { QStringLiteral("deadline"), Column::Due },
        { QStringLiteral("期限"), Column::Due },
        { QStringLiteral("期日"), Column::Due },
        { QStringLiteral("priority"), Column::Priority },
        { QStringLiteral("優先度"), Column::Priority },
        { QStringLiteral("status"), Column::Status },
        { QStringLiteral("state"), Column::Status },
        { QStringLiteral("ステータス"), Column::Status },
        { QStringLiteral("状態"), Column::Status },
        { QStringLiteral("状況"), Column::Status },
        { QStringLiteral("link"), Column::Link },
        { QStringLiteral("ticket"), Column::Link },
        { QStringLiteral("issue"), Column::Link },
        { QStringLiteral("tracking"), Column::Link },
        { QStringLiteral("リンク"), Column::Link },
        { QStringLiteral("チケット"), Column::Link },
    };
    return known.value(normalizedHeader(header), Column::Unknown);
}

QString escapeCell(const QString &text)
{
    QString s = text.trimmed();
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    s.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    static const QRegularExpression unescapedPipe(QStringLiteral(R"((?<!\\)\|)"));
    s.replace(unescapedPipe, QStringLiteral("\\|"));
    return s;
}

QString unescapeCell(const QString &raw)
{
    QString s = raw;
    s.replace(QStringLiteral("\\|"), QStringLiteral("|"));
    return s;
}

bool MarkdownTable::isTableStart(const QByteArray &header, const QByteArray &delimiter)
{
    if (!header.contains('|') || !isDelimiterRow(delimiter))
        return false;
    return segments(QString::fromUtf8(header)).size() == segments(QString::fromUtf8(delimiter)).size();
}

bool MarkdownTable::isTableRow(const QByteArray &line)
{
    return !isBlank(line) && line.contains('|');
}

MarkdownTable MarkdownTable::fromLines(const Lines &lines, const QByteArray &eol)
{
    MarkdownTable t;
    t.m_eol = eol;
    t.m_header = { cellsOf(lines.value(0).text), lines.value(0), false };
    t.m_delimiter = lines.value(1);
    for (qsizetype i = 2; i < lines.size(); ++i)
        t.m_rows.append({ cellsOf(lines[i].text), lines[i], false });
    t.detectStyle(lines);
    return t;
}

MarkdownTable MarkdownTable::create(const QStringList &headers, const QByteArray &eol)
{
    MarkdownTable t;
    t.m_eol = eol;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        t.m_widths << 3;
        t.m_aligns << Align::Left;
    }
    t.m_header = { headers, { t.renderRow(headers), eol }, false };
    QByteArray delimiter = "|";
    for (qsizetype i = 0; i < headers.size(); ++i)
        delimiter += "---|";
    t.m_delimiter = { delimiter, eol };
    t.m_modified = true;
    return t;
}

void MarkdownTable::detectStyle(const Lines &lines)
{
    const QStringList delimiterSegments
        = segments(QString::fromUtf8(m_delimiter.text), &m_leadingPipe, &m_trailingPipe);
    m_widths.clear();
    m_aligns.clear();
    for (const QString &segment : delimiterSegments) {
        const QString d = segment.trimmed();
        m_widths << displayWidth(segment);
        const bool left = d.startsWith(QLatin1Char(':')), right = d.endsWith(QLatin1Char(':'));
        m_aligns << (left && right ? Align::Center : right ? Align::Right : Align::Left);
    }
    const QStringList headerSegments = segments(QString::fromUtf8(m_header.line.text), &m_leadingPipe, &m_trailingPipe);
    // Spaced: "| a | b |" or "a | b"; not "|a|b|".
    m_spaced = headerSegments.size() > 1
        ? headerSegments[0].endsWith(QLatin1Char(' ')) || headerSegments[1].startsWith(QLatin1Char(' '))
        : headerSegments.value(0).startsWith(QLatin1Char(' '));
    // Padded: every original line's cells are exactly as wide as the alignment row's.
    m_padded = true;
    for (qsizetype i = 0; i < lines.size() && m_padded; ++i) {
        if (i == 1)
            continue;
        const QStringList segs = segments(QString::fromUtf8(lines[i].text));
        if (segs.size() != m_widths.size()) {
            m_padded = false;
            break;
        }
        for (qsizetype c = 0; c < segs.size(); ++c)
            if (displayWidth(segs[c]) != m_widths[c])
                m_padded = false;
    }
}

qsizetype MarkdownTable::columnIndex(Column column) const
{
    for (qsizetype i = 0; i < m_header.cells.size(); ++i)
        if (columnForHeader(m_header.cells[i]) == column)
            return i;
    return -1;
}

QString MarkdownTable::cell(qsizetype row, qsizetype column) const
{
    return m_rows.value(row).cells.value(column);
}

QString MarkdownTable::cell(qsizetype row, Column column) const
{
    const qsizetype c = columnIndex(column);
    return c < 0 ? QString() : cell(row, c);
}

void MarkdownTable::setCell(qsizetype row, qsizetype column, const QString &text)
{
    if (row < 0 || row >= m_rows.size() || column < 0)
        return;
    QStringList cells = m_rows[row].cells;
    while (cells.size() <= column)
        cells << QString();
    cells[column] = text;
    setRow(row, cells);
}

bool MarkdownTable::setCell(qsizetype row, Column column, const QString &text)
{
    const qsizetype c = columnIndex(column);
    if (c < 0)
        return false;
    setCell(row, c, text);
    return true;
}

void MarkdownTable::setRow(qsizetype row, const QStringList &cells)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &r = m_rows[row];
    QStringList normalized;
    for (const QString &c : cells)
        normalized << unescapeCell(escapeCell(c));
    // Trailing empty cells the row never had are not a change.
    const auto withoutTrailingEmpty = [](QStringList l) {
        while (!l.isEmpty() && l.constLast().isEmpty())
            l.removeLast();
        return l;
    };
    if (withoutTrailingEmpty(r.cells) == withoutTrailingEmpty(normalized))
        return;
    r.cells = normalized;
    r.dirty = true;
    m_modified = true;
}

void MarkdownTable::insertRow(qsizetype at, const QStringList &cells)
{
    at = std::clamp<qsizetype>(at, 0, m_rows.size());
    QStringList normalized;
    for (const QString &c : cells)
        normalized << unescapeCell(escapeCell(c));
    while (normalized.size() < columnCount())
        normalized << QString();
    m_rows.insert(at, Row { normalized, { {}, m_eol }, true });
    m_modified = true;
}

void MarkdownTable::removeRow(qsizetype row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows.removeAt(row);
    m_modified = true;
}

void MarkdownTable::moveRow(qsizetype from, qsizetype to)
{
    if (from < 0 || from >= m_rows.size() || to < 0 || to >= m_rows.size() || from == to)
        return;
    m_rows.move(from, to);
    m_modified = true;
}

QByteArray MarkdownTable::renderRow(const QStringList &cellTexts) const
{
    QStringList cells = cellTexts;
    while (cells.size() < columnCount())
        cells << QString();
    QStringList parts;
    for (qsizetype c = 0; c < cells.size(); ++c) {
        QString text = writtenCell(cells[c]);
        if (m_padded && c < m_widths.size()) {
            const int inner = m_widths[c] - (m_spaced ? 2 : 0);
            const int pad = std::max(0, inner - displayWidth(text));
            switch (m_aligns.value(c)) {
            case Align::Left: text += QString(pad, QLatin1Char(' ')); break;
            case Align::Right: text.prepend(QString(pad, QLatin1Char(' '))); break;
            case Align::Center:
                text = QString(pad / 2, QLatin1Char(' ')) + text + QString(pad - pad / 2, QLatin1Char(' '));
                break;
            }
        }
        // A backslash right before the next pipe would escape it and merge two cells.
        if (!m_spaced && text.endsWith(QLatin1Char('\\')))
            text += QLatin1Char(' ');
        parts << text;
    }
    const QString space = m_spaced ? QStringLiteral(" ") : QString();
    QString line = parts.join(space + QLatin1Char('|') + space);
    // Without outer pipes, an empty first or last cell would leave the row starting or ending with
    // the pipe between cells, which then reads as an outer pipe and the cell is lost: that row
    // gets its outer pipe.
    if (m_leadingPipe || (parts.size() > 1 && parts.constFirst().trimmed().isEmpty()))
        line.prepend(QLatin1Char('|') + space);
    if (m_trailingPipe || (parts.size() > 1 && parts.constLast().trimmed().isEmpty()))
        line.append(space + QLatin1Char('|'));
    // A one-column table whose header has no outer pipes (its only pipe is escaped, `a \| b`): the
    // row would have no pipe at all and end the table. It gets both outer pipes.
    if (parts.size() == 1 && !m_leadingPipe && !m_trailingPipe)
        line = QLatin1Char('|') + space + line + space + QLatin1Char('|');
    return line.toUtf8();
}

Lines MarkdownTable::lines() const
{
    Lines out { m_header.line, m_delimiter };
    for (const Row &r : m_rows) {
        if (r.dirty)
            out.append({ renderRow(r.cells), r.line.eol.isEmpty() ? m_eol : r.line.eol });
        else
            out.append(r.line);
    }
    return out;
}

} // namespace sre::pm
