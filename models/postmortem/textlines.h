#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace sre::pm {

// One line of a file: its bytes and its own line ending ("\n", "\r\n", or "" for a last line
// without one). Keeping the ending per line is what lets an unedited file be written back as it was.
struct Line
{
    QByteArray text;
    QByteArray eol;

    friend bool operator==(const Line &, const Line &) = default;
};
using Lines = QList<Line>;

Lines splitLines(const QByteArray &bytes);
QByteArray joinLines(const Lines &lines);

// The file's own line ending: that of its first line, "\n" when it has none.
QByteArray detectEol(const QByteArray &bytes);

// Editor text (any of "\n", "\r\n") as lines ending in `eol`; the last line keeps no ending
// unless the text ends with one.
Lines linesFromText(const QString &text, const QByteArray &eol);
// The lines as editor text with "\n" endings.
QString textFromLines(const Lines &lines);

// Width in a monospace font: East Asian wide and fullwidth characters count two.
int displayWidth(QStringView text);

bool isBlank(const QByteArray &line);

} // namespace sre::pm
