#include "emojiimages.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QPainter>

namespace sre::exp {
namespace {

// Logical size of a mark: the body's 10 pt at 96 dpi, drawn at 4× for print.
constexpr int kLogicalSize = 13;
constexpr qreal kScale = 4;

bool inRanges(char32_t c, std::initializer_list<std::pair<char32_t, char32_t>> ranges)
{
    for (const auto &[lo, hi] : ranges)
        if (c >= lo && c <= hi)
            return true;
    return false;
}

bool isSkinTone(char32_t c)
{
    return c >= 0x1F3FB && c <= 0x1F3FF;
}
bool isRegionalIndicator(char32_t c)
{
    return c >= 0x1F1E6 && c <= 0x1F1FF;
}
bool isTag(char32_t c)
{
    return c >= 0xE0020 && c <= 0xE007F;
}

// The code points of `text` from `i`, with their UTF-16 offsets.
struct Cursor
{
    const QString &text;
    qsizetype i;
    char32_t at(qsizetype pos) const
    {
        if (pos >= text.size())
            return 0;
        const QChar c = text.at(pos);
        if (c.isHighSurrogate() && pos + 1 < text.size() && text.at(pos + 1).isLowSurrogate())
            return QChar::surrogateToUcs4(c, text.at(pos + 1));
        return c.unicode();
    }
    char32_t peek() const { return at(i); }
    char32_t peekNext() const { return at(i + (QChar::requiresSurrogates(peek()) ? 2 : 1)); }
    void advance() { i += QChar::requiresSurrogates(peek()) ? 2 : 1; }
};

// Length in UTF-16 units of the emoji sequence starting at `start` (the caller checked its start).
qsizetype clusterLength(const QString &text, qsizetype start)
{
    Cursor c { text, start };
    const char32_t base = c.peek();
    c.advance();
    if (isRegionalIndicator(base)) {
        if (isRegionalIndicator(c.peek()))
            c.advance();
        return c.i - start;
    }
    for (;;) {
        while (c.peek() == 0xFE0F || c.peek() == 0x20E3 || isSkinTone(c.peek()) || isTag(c.peek()))
            c.advance();
        if (c.peek() != 0x200D || c.peekNext() == 0)
            break;
        c.advance(); // ZWJ
        c.advance(); // the next part of the sequence
    }
    return c.i - start;
}

QFont emojiFont(int pixelSize)
{
    QFont font(QString::fromLatin1(kEmojiFontFamily));
    font.setStyleStrategy(QFont::NoFontMerging); // a missing glyph must not come from another font
    font.setPixelSize(pixelSize);
    return font;
}

// The emoji drawn by the raster engine, which paints colour glyphs; a null image when the
// colour font is not installed or lacks it.
QImage drawEmoji(const QString &cluster)
{
    const int size = qRound(kLogicalSize * kScale);
    // Noto's glyphs fill about 1.17 em; a little under the box keeps them from being clipped.
    const QFont font = emojiFont(qRound(size * 0.82));
    if (QFontInfo(font).family() != QLatin1String(kEmojiFontFamily))
        return {};
    const char32_t base = cluster.at(0).isHighSurrogate() && cluster.size() > 1
        ? QChar::surrogateToUcs4(cluster.at(0), cluster.at(1))
        : cluster.at(0).unicode();
    if (!QFontMetricsF(font).inFontUcs4(base))
        return {};
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.setFont(font);
        painter.drawText(image.rect(), Qt::AlignCenter, cluster);
    }
    image.setDevicePixelRatio(kScale);
    return image;
}

QString imageName(const QString &cluster)
{
    QStringList hex;
    for (const char32_t c : cluster.toUcs4())
        hex << QString::number(c, 16);
    return QStringLiteral("emoji-%1.png").arg(hex.join(QLatin1Char('-')));
}

} // namespace

bool isEmojiStart(char32_t c, char32_t next)
{
    if (next == 0xFE0F && (c >= 0x2000 || c == u'#' || c == u'*' || (c >= u'0' && c <= u'9')))
        return true; // text symbols made emoji: ⚠️ ❤️ ✔️ 1️⃣
    // Unicode's Emoji_Presentation characters (emoji by default, no selector needed).
    return inRanges(c, { { 0x231A, 0x231B },   { 0x23E9, 0x23EC },   { 0x23F0, 0x23F0 },   { 0x23F3, 0x23F3 },
                         { 0x25FD, 0x25FE },   { 0x2614, 0x2615 },   { 0x2648, 0x2653 },   { 0x267F, 0x267F },
                         { 0x2693, 0x2693 },   { 0x26A1, 0x26A1 },   { 0x26AA, 0x26AB },   { 0x26BD, 0x26BE },
                         { 0x26C4, 0x26C5 },   { 0x26CE, 0x26CE },   { 0x26D4, 0x26D4 },   { 0x26EA, 0x26EA },
                         { 0x26F2, 0x26F3 },   { 0x26F5, 0x26F5 },   { 0x26FA, 0x26FA },   { 0x26FD, 0x26FD },
                         { 0x2705, 0x2705 },   { 0x270A, 0x270B },   { 0x2728, 0x2728 },   { 0x274C, 0x274C },
                         { 0x274E, 0x274E },   { 0x2753, 0x2755 },   { 0x2757, 0x2757 },   { 0x2795, 0x2797 },
                         { 0x27B0, 0x27B0 },   { 0x27BF, 0x27BF },   { 0x2B1B, 0x2B1C },   { 0x2B50, 0x2B50 },
                         { 0x2B55, 0x2B55 },   { 0x1F004, 0x1F004 }, { 0x1F0CF, 0x1F0CF }, { 0x1F18E, 0x1F18E },
                         { 0x1F191, 0x1F19A }, { 0x1F1E6, 0x1F1FF }, { 0x1F201, 0x1F201 }, { 0x1F21A, 0x1F21A },
                         { 0x1F22F, 0x1F22F }, { 0x1F232, 0x1F236 }, { 0x1F238, 0x1F23A }, { 0x1F250, 0x1F251 },
                         { 0x1F300, 0x1F320 }, { 0x1F32D, 0x1F335 }, { 0x1F337, 0x1F37C }, { 0x1F37E, 0x1F393 },
                         { 0x1F3A0, 0x1F3CA }, { 0x1F3CF, 0x1F3D3 }, { 0x1F3E0, 0x1F3F0 }, { 0x1F3F4, 0x1F3F4 },
                         { 0x1F3F8, 0x1F43E }, { 0x1F440, 0x1F440 }, { 0x1F442, 0x1F4FC }, { 0x1F4FF, 0x1F53D },
                         { 0x1F54B, 0x1F54E }, { 0x1F550, 0x1F567 }, { 0x1F57A, 0x1F57A }, { 0x1F595, 0x1F596 },
                         { 0x1F5A4, 0x1F5A4 }, { 0x1F5FB, 0x1F64F }, { 0x1F680, 0x1F6C5 }, { 0x1F6CC, 0x1F6CC },
                         { 0x1F6D0, 0x1F6D2 }, { 0x1F6D5, 0x1F6D7 }, { 0x1F6DC, 0x1F6DF }, { 0x1F6EB, 0x1F6EC },
                         { 0x1F6F4, 0x1F6FC }, { 0x1F7E0, 0x1F7EB }, { 0x1F7F0, 0x1F7F0 }, { 0x1F90C, 0x1F93A },
                         { 0x1F93C, 0x1F945 }, { 0x1F947, 0x1F9FF }, { 0x1FA70, 0x1FAFF } });
}

HtmlDocument withEmojiAsImages(const HtmlDocument &doc)
{
    HtmlDocument out = doc;
    QString &html = out.bodyHtml;
    html.clear();
    const QString &in = doc.bodyHtml;
    QMap<QString, bool> drawn; // image name → the font had it
    bool inTag = false;
    for (qsizetype i = 0; i < in.size();) {
        const QChar ch = in.at(i);
        if (inTag || ch == u'<') {
            inTag = ch != u'>';
            html += ch;
            ++i;
            continue;
        }
        const Cursor c { in, i };
        if (!isEmojiStart(c.peek(), c.peekNext())) {
            html += ch;
            ++i;
            continue;
        }
        const qsizetype length = clusterLength(in, i);
        const QString cluster = in.mid(i, length);
        const QString name = imageName(cluster);
        auto it = drawn.find(name);
        if (it == drawn.end()) {
            const QImage image = drawEmoji(cluster);
            if (!image.isNull())
                out.images.insert(name, image);
            it = drawn.insert(name, !image.isNull());
        }
        if (*it)
            html += QStringLiteral("<img src=\"%1\" style=\"vertical-align: middle\">").arg(name);
        else
            html += cluster;
        i += length;
    }
    return out;
}

} // namespace sre::exp
