#pragma once

#include "frontmatterblock.h"

namespace sre::pm {

// A postmortem file as the editor holds it: the front matter (edited through a form) and the
// body as editor text. Writing back a buffer nobody edited gives the file's own bytes; an edited
// body is written with the file's line ending.
class EditBuffer final
{
public:
    static EditBuffer fromBytes(const QByteArray &bytes);

    QByteArray toBytes() const;
    QByteArray originalBytes() const { return m_original; }
    bool isModified() const { return toBytes() != m_original; }

    FrontMatterBlock &frontMatter() { return m_frontMatter; }
    const FrontMatterBlock &frontMatter() const { return m_frontMatter; }

    QString bodyText() const { return m_body; }
    // The text the editor shows for the body as loaded; an editor that normalises something on
    // load reports its own version here, so an unedited buffer still writes the original bytes.
    void setLoadedBodyText(const QString &text) { m_loadedBody = m_body = text; }
    void setBodyText(const QString &text) { m_body = text; }

    // 1-based file line of the body's first line.
    int bodyFirstLine() const { return int(m_frontMatter.lines().size()) + 1; }

private:
    QByteArray m_original;
    QByteArray m_eol = "\n";
    FrontMatterBlock m_frontMatter;
    QByteArray m_bodyBytes; // as loaded
    QString m_loadedBody;
    QString m_body;
};

} // namespace sre::pm
