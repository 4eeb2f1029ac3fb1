// Runbook files as the Runbooks page shows, indexes and lints them: displayDocument() (what the
// viewer renders), the outline (headings, links, anchors), the search-index text, the runbook
// metadata and lint. Properties: line numbers stay inside the file; the index text of valid UTF-8
// is valid UTF-8.
#include "checks.h"
#include "display.h"
#include "fuzzcheck.h"
#include "markdown.h"
#include "runbook.h"

#include <QStringDecoder>

using namespace sre::rb;

namespace {
// Valid UTF-8, a U+FEFF at the start included. (A round trip through QString::fromUtf8() drops a
// leading U+FEFF as a byte order mark, so valid text that starts with one failed it: plainText()
// of "---\n\uFEFFtitle" starts with the U+FEFF once the rule line is dropped.)
bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    const QString text = decoder(bytes);
    return !decoder.hasError() && text.toUtf8() == bytes;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const int lines = int(text.count('\n')) + 1;

    const md::DisplayDocument display = md::displayDocument(text);
    FUZZ_CHECK(display.bodyFirstLine >= 1 && display.bodyFirstLine <= lines + 1);

    const md::Outline outline = md::outline(text);
    for (const md::Heading &h : outline.headings)
        FUZZ_CHECK(h.line >= 1 && h.line <= lines);
    for (const md::Link &l : outline.links)
        FUZZ_CHECK(l.line >= 1 && l.line <= lines);
    for (const md::ProseLine &p : outline.prose)
        FUZZ_CHECK(p.line >= 1 && p.line <= lines);

    const bool utf8 = isUtf8(text);
    const QByteArray plain = md::plainText(text);
    const QByteArray cjk = md::separateCjk(plain);
    if (utf8) {
        FUZZ_CHECK(isUtf8(plain));
        FUZZ_CHECK(isUtf8(cjk));
    }

    const ParseResult parsed
        = parseRunbook(text, QStringLiteral("/fuzz/runbooks/a/b.md"), QStringLiteral("/fuzz/runbooks"));
    (void)md::headingPlainText(parsed.runbook.h1);
    (void)md::splitWords(parsed.runbook.title);
    for (const Finding &f : lintText(text, QStringLiteral("/fuzz/runbooks/a/b.md"), true))
        FUZZ_CHECK(f.line >= 0 && f.line <= lines);
    (void)templateSections(text);
    return 0;
}
