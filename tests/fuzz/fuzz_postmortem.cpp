// Postmortem files: front matter and the Markdown codec. Input: a key selector byte, one line that
// is the value to set, then the file. Properties:
//  - splitFrontMatter() only cuts: the file is its fence lines, the YAML and the body, in order;
//  - PostmortemDocument::parse() then toBytes() gives back the same bytes, and so does a
//    setValue() of the value the key already has;
//  - when the front matter reads as a YAML map, setValue(key, value) followed by writing and parsing
//    again reads back exactly that value, and leaves the body after the front matter unchanged.
#include "document.h"
#include "frontmatter.h"
#include "fuzzcheck.h"

using namespace sre::pm;

namespace {

void checkFrontMatterSplit(const QByteArray &text)
{
    const sre::FrontMatter fm = sre::splitFrontMatter(text);
    if (!fm.present) {
        FUZZ_CHECK(fm.body == text);
        return;
    }
    const qsizetype firstEnd = text.indexOf('\n');
    FUZZ_CHECK(firstEnd >= 0 && text.left(firstEnd).trimmed() == "---");
    FUZZ_CHECK(text.mid(firstEnd + 1).startsWith(fm.yaml));
    FUZZ_CHECK(text.endsWith(fm.body));
    const qsizetype closingStart = firstEnd + 1 + fm.yaml.size();
    const qsizetype closingSize = text.size() - fm.body.size() - closingStart;
    FUZZ_CHECK(closingSize >= 3);
    const QByteArray closing = text.mid(closingStart, closingSize);
    FUZZ_CHECK(closing.trimmed() == "---" && closing.count('\n') <= 1);
    FUZZ_CHECK(fm.yamlFirstLine == 2);
    FUZZ_CHECK(fm.bodyFirstLine == int(text.left(text.size() - fm.body.size()).count('\n')) + 1
               || !closing.endsWith('\n'));
}

// Whether the front matter is YAML that reads as a map (or there is none yet), asked through the
// block itself: a probe key set on a copy reads back.
bool frontMatterIsMap(const PostmortemDocument &doc)
{
    FrontMatterBlock probe = doc.frontMatter();
    probe.setValue(QStringLiteral("x-fuzz-probe"), QStringLiteral("probe"));
    return probe.value(QStringLiteral("x-fuzz-probe")) == u"probe";
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QString keys[] = { QStringLiteral("id"),       QStringLiteral("title"),   QStringLiteral("status"),
                                    QStringLiteral("severity"), QStringLiteral("started"), QStringLiteral("resolved"),
                                    QStringLiteral("template"), QStringLiteral("x-custom") };
    sre::fuzz::Input in(data, size);
    const QString key = keys[in.byte() % 8];
    const QString value = QString::fromUtf8(in.line());
    const QByteArray bytes = in.rest();

    checkFrontMatterSplit(bytes);

    PostmortemDocument doc = PostmortemDocument::parse(bytes);
    FUZZ_CHECK(doc.toBytes() == bytes);
    FUZZ_CHECK(!doc.isModified());
    (void)doc.metadata(QStringLiteral("/fuzz/postmortems/x.md"));
    (void)doc.outline();
    for (qsizetype s = 0; s < doc.sectionCount(); ++s) {
        (void)doc.section(s).body();
        (void)doc.section(s).hasContent();
        (void)doc.sectionLine(s);
    }
    (void)doc.timeline();
    (void)doc.actionItems();

    if (!frontMatterIsMap(doc))
        return 0;
    // Setting what is already there changes nothing.
    const QString before = doc.frontMatter().value(key);
    if (doc.frontMatter().contains(key)) {
        PostmortemDocument same = PostmortemDocument::parse(bytes);
        same.frontMatter().setValue(key, before);
        FUZZ_CHECK(same.toBytes() == bytes);
    }
    doc.frontMatter().setValue(key, value);
    const QByteArray written = doc.toBytes();
    const PostmortemDocument again = PostmortemDocument::parse(written);
    FUZZ_CHECK(again.frontMatter().isPresent());
    FUZZ_CHECK(again.frontMatter().value(key) == value);
    const sre::FrontMatter oldSplit = sre::splitFrontMatter(bytes);
    const sre::FrontMatter newSplit = sre::splitFrontMatter(written);
    if (oldSplit.present)
        FUZZ_CHECK(newSplit.body == oldSplit.body);
    return 0;
}
