#pragma once

#include "textlines.h"

#include <QStringList>

namespace sre::pm {

// What a column of a timeline or action-item table holds, recognised from its header in English
// or Japanese ("Owner", "担当者"). Columns the app does not know are kept as they are.
enum class Column { Unknown, Time, Event, Action, Owner, Due, Priority, Status, Link };
Column columnForHeader(const QString &header);

// A GitHub-flavoured Markdown table that can be edited and written back in the file's own style
// (pipes, spacing, padding, alignment row, line endings). Rows nobody touched keep their bytes.
class MarkdownTable final
{
public:
    // True when `header` and `delimiter` start a table: a row with pipes, then an alignment row
    // such as |---|:--:| with the same number of cells.
    static bool isTableStart(const QByteArray &header, const QByteArray &delimiter);
    // A row of an already started table: any non-blank line containing a pipe.
    static bool isTableRow(const QByteArray &line);
    // `lines`: header, alignment row, rows (as isTableStart / isTableRow accepted them).
    static MarkdownTable fromLines(const Lines &lines, const QByteArray &eol);
    // A new, empty table in the compact style `| a | b |` / `|---|---|`.
    static MarkdownTable create(const QStringList &headers, const QByteArray &eol);

    QStringList headers() const { return m_header.cells; }
    qsizetype columnCount() const { return m_header.cells.size(); }
    qsizetype rowCount() const { return m_rows.size(); }
    // The first column of that kind, or -1.
    qsizetype columnIndex(Column column) const;

    // A row's cells as written; a row may have fewer or more cells than the header.
    QStringList row(qsizetype row) const { return m_rows.value(row).cells; }
    QString cell(qsizetype row, qsizetype column) const;
    QString cell(qsizetype row, Column column) const;

    // Edits. Only the edited rows are re-rendered; setting a cell to its current text changes nothing.
    void setCell(qsizetype row, qsizetype column, const QString &text);
    bool setCell(qsizetype row, Column column, const QString &text); // false: no such column
    void setRow(qsizetype row, const QStringList &cells);
    void insertRow(qsizetype at, const QStringList &cells = {});
    void appendRow(const QStringList &cells = {}) { insertRow(rowCount(), cells); }
    void removeRow(qsizetype row);
    void moveRow(qsizetype from, qsizetype to);

    bool isModified() const { return m_modified; }

    // Header, alignment row, then one line per row. Row r is line 2 + r of the table.
    Lines lines() const;
    qsizetype lineCount() const { return 2 + m_rows.size(); }

    // How a new or edited row would be written, e.g. "| 14:32 | alert fired |  |".
    QByteArray renderRow(const QStringList &cells) const;

private:
    struct Row
    {
        QStringList cells;
        Line line;
        bool dirty = false;
    };
    enum class Align { Left, Center, Right };

    void detectStyle(const Lines &lines);

    Row m_header;
    Line m_delimiter;
    QList<Row> m_rows;
    QByteArray m_eol = "\n";
    bool m_leadingPipe = true;
    bool m_trailingPipe = true;
    bool m_spaced = true; // "| a |" rather than "|a|"
    bool m_padded = false; // every cell padded to the width of its alignment-row cell
    QList<int> m_widths; // of the alignment-row cells, in display columns
    QList<Align> m_aligns;
    bool m_modified = false;
};

// Cell text as Markdown writes it: "|" escaped, line breaks as <br>.
QString escapeCell(const QString &text);
QString unescapeCell(const QString &raw);

} // namespace sre::pm
