#pragma once

#include "htmldocument.h"

namespace sre::exp {

// The colour emoji font (Debian fonts-noto-color-emoji) the marks are drawn with.
inline constexpr char kEmojiFontFamily[] = "Noto Color Emoji";

// Emoji in a PDF: Qt embeds a colour bitmap font such as Noto Color Emoji as an outline font
// without outlines, so ✅ and ❌ come out blank (or as boxes when no emoji font is installed).
// Returns `doc` with every emoji of its text (a base character with its variation selector,
// skin tone and zero-width-joiner sequence, or a flag) replaced by an inline image of it drawn
// from the colour font by the raster engine, at text size. Tags and attribute values are left
// alone; an emoji the font does not have stays text.
HtmlDocument withEmojiAsImages(const HtmlDocument &doc);

// True when `ucs4` starts an emoji (Emoji_Presentation, or any symbol that a U+FE0F makes one).
bool isEmojiStart(char32_t ucs4, char32_t next);

} // namespace sre::exp
