// GFM tables in postmortems. Input: a row selector byte, a column selector byte, one line of new
// cell text, then the table's lines (a header, an alignment row, rows). Properties:
//  - an unedited table writes back the bytes it was read from;
//  - after setCell(), the table read again from what it writes has the same shape, the edited
//    cell holds the text as escapeCell()/unescapeCell() normalise it, and no other cell changed.
#include "fuzzcheck.h"
#include "markdowntable.h"

using namespace sre::pm;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    sre::fuzz::Input in(data, size);
    const std::uint8_t rowByte = in.byte();
    const std::uint8_t columnByte = in.byte();
    const QString text = QString::fromUtf8(in.line());
    const QByteArray bytes = in.rest();
    const QByteArray eol = detectEol(bytes);
    const Lines all = splitLines(bytes);
    FUZZ_CHECK(joinLines(all) == bytes);
    if (all.size() < 2 || !MarkdownTable::isTableStart(all[0].text, all[1].text))
        return 0;
    qsizetype n = 2;
    while (n < all.size() && MarkdownTable::isTableRow(all[n].text))
        ++n;
    const Lines lines = all.mid(0, n);

    MarkdownTable table = MarkdownTable::fromLines(lines, eol);
    FUZZ_CHECK(table.lines() == lines);
    FUZZ_CHECK(table.lineCount() == n);
    for (Column c : { Column::Time, Column::Event, Column::Owner, Column::Status })
        (void)table.columnIndex(c);
    if (table.rowCount() == 0 || table.columnCount() == 0)
        return 0;

    const qsizetype row = rowByte % table.rowCount();
    const qsizetype column = columnByte % table.columnCount();
    const MarkdownTable original = table;
    table.setCell(row, column, text);
    const Lines edited = table.lines();
    FUZZ_CHECK(edited.size() == lines.size());
    for (qsizetype i = 2; i < edited.size(); ++i)
        FUZZ_CHECK(MarkdownTable::isTableRow(edited[i].text));
    const MarkdownTable reread = MarkdownTable::fromLines(edited, eol);
    FUZZ_CHECK(reread.rowCount() == original.rowCount());
    FUZZ_CHECK(reread.cell(row, column) == unescapeCell(escapeCell(text)));
    for (qsizetype r = 0; r < original.rowCount(); ++r) {
        if (r == row) {
            for (qsizetype c = 0; c < original.columnCount(); ++c)
                FUZZ_CHECK(c == column || reread.cell(r, c) == original.cell(r, c));
        } else {
            FUZZ_CHECK(reread.row(r) == original.row(r));
        }
    }
    return 0;
}
