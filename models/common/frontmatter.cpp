#include "frontmatter.h"

#include <QByteArrayList>
#include <QString>

namespace sre {

namespace {
bool isFence(const QByteArray &line)
{
    return line.trimmed() == "---";
}
} // namespace

FrontMatter splitFrontMatter(const QByteArray &text)
{
    FrontMatter fm;
    fm.body = text;
    qsizetype firstEnd = text.indexOf('\n');
    // Editors on Windows may save a byte order mark; the fence is still the file's first line.
    const qsizetype bom = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (firstEnd < 0 || !isFence(text.mid(bom, firstEnd - bom)))
        return fm;
    qsizetype pos = firstEnd + 1;
    int line = 2;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        if (isFence(text.mid(pos, end - pos))) {
            fm.present = true;
            fm.yaml = text.mid(firstEnd + 1, pos - firstEnd - 1);
            fm.yamlFirstLine = 2;
            fm.body = text.mid(std::min(end + 1, text.size()));
            fm.bodyFirstLine = line + 1;
            return fm;
        }
        pos = end + 1;
        ++line;
    }
    return fm; // an unclosed fence is body text, as GitHub shows it
}

QString firstH1(const QByteArray &markdown)
{
    bool inFence = false;
    for (const QByteArray &raw : markdown.split('\n')) {
        QByteArray line = raw.trimmed();
        if (line.startsWith("\xEF\xBB\xBF")) // a byte order mark before a file's first heading
            line = line.mid(3).trimmed();
        if (line.startsWith("```") || line.startsWith("~~~"))
            inFence = !inFence;
        if (!inFence && line.startsWith("# "))
            return QString::fromUtf8(line.mid(2)).trimmed();
    }
    return {};
}

} // namespace sre
