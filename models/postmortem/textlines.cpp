#include "textlines.h"

namespace sre::pm {

Lines splitLines(const QByteArray &bytes)
{
    Lines lines;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0) {
            lines.append({ bytes.mid(pos), {} });
            break;
        }
        const bool crlf = end > pos && bytes[end - 1] == '\r';
        const qsizetype textEnd = crlf ? end - 1 : end;
        lines.append({ bytes.mid(pos, textEnd - pos), crlf ? QByteArray("\r\n") : QByteArray("\n") });
        pos = end + 1;
    }
    return lines;
}

QByteArray joinLines(const Lines &lines)
{
    QByteArray out;
    for (const Line &l : lines)
        out += l.text + l.eol;
    return out;
}

QByteArray detectEol(const QByteArray &bytes)
{
    const qsizetype end = bytes.indexOf('\n');
    return end > 0 && bytes[end - 1] == '\r' ? QByteArray("\r\n") : QByteArray("\n");
}

Lines linesFromText(const QString &text, const QByteArray &eol)
{
    Lines lines = splitLines(text.toUtf8());
    for (Line &l : lines)
        if (!l.eol.isEmpty())
            l.eol = eol;
    return lines;
}

QString textFromLines(const Lines &lines)
{
    QByteArray out;
    for (const Line &l : lines)
        out += l.text + (l.eol.isEmpty() ? QByteArray() : QByteArray("\n"));
    return QString::fromUtf8(out);
}

int displayWidth(QStringView text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isLowSurrogate())
            continue;
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6) || c.isHighSurrogate();
        width += wide ? 2 : 1;
    }
    return width;
}

bool isBlank(const QByteArray &line)
{
    return line.trimmed().isEmpty();
}

} // namespace sre::pm
