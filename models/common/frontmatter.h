#pragma once

#include <QByteArray>
#include <QString>

namespace sre {

// A Markdown file split at its YAML front matter ("---" lines at the very top). Offsets index the
// original bytes so nothing is re-encoded: writing yaml + body back gives the same file.
struct FrontMatter
{
    bool present = false;
    QByteArray yaml; // between the fences, without them
    int yamlFirstLine = 0; // 1-based line of the first YAML line in the file
    QByteArray body; // everything after the closing fence line
    int bodyFirstLine = 1;
};

FrontMatter splitFrontMatter(const QByteArray &text);

// The text of the first ATX "# " heading in a Markdown body, or empty.
QString firstH1(const QByteArray &markdown);

} // namespace sre
