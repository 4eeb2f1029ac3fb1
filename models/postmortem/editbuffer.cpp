#include "editbuffer.h"

#include "document.h"

namespace sre::pm {

EditBuffer EditBuffer::fromBytes(const QByteArray &bytes)
{
    // The document codec decides where the front matter ends, as everywhere else in the app.
    const PostmortemDocument doc = PostmortemDocument::parse(bytes);
    EditBuffer b;
    b.m_original = bytes;
    b.m_eol = doc.lineEnding();
    b.m_frontMatter = doc.frontMatter();
    qsizetype size = 0;
    for (const Line &l : b.m_frontMatter.lines())
        size += l.text.size() + l.eol.size();
    b.m_bodyBytes = bytes.mid(size);
    b.m_loadedBody = b.m_body = textFromLines(splitLines(b.m_bodyBytes));
    return b;
}

QByteArray EditBuffer::toBytes() const
{
    QByteArray out = joinLines(m_frontMatter.lines());
    out += m_body == m_loadedBody ? m_bodyBytes : joinLines(linesFromText(m_body, m_eol));
    return out;
}

} // namespace sre::pm
