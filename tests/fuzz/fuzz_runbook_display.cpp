// Runbook files as the Runbooks page shows, indexes and lints them: displayDocument() (what the
// viewer renders), the outline (headings, links, anchors), the search-index text, the runbook
// metadata and lint. Properties: line numbers stay inside the file; the index text of valid UTF-8
// is valid UTF-8.
#include "checks.h"
#include "display.h"
#include "fuzzcheck.h"
#include "markdown.h"
#include "runbook.h"

using namespace sre::rb;

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

    const bool utf8 = QString::fromUtf8(text).toUtf8() == text;
    const QByteArray plain = md::plainText(text);
    const QByteArray cjk = md::separateCjk(plain);
    if (utf8) {
        FUZZ_CHECK(QString::fromUtf8(plain).toUtf8() == plain);
        FUZZ_CHECK(QString::fromUtf8(cjk).toUtf8() == cjk);
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
