// Prometheus HTTP API responses. The first byte seeds the chunk sizes; the rest is the body.
// Properties: (1) the body parsed in chunks gives exactly the one-piece parse (result or error);
// (2) the streaming JsonTokenizer agrees with nlohmann's own parser on the same bytes: the same
// SAX events for every document nlohmann accepts, and no document accepted that it rejects
// (except invalid UTF-8, which the tokenizer leaves to QString by design).
#include "fuzzcheck.h"
#include "jsontokenizer.h"
#include "responseparser.h"

#include <cmath>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

using namespace sre::prom;

namespace {

// Chunk sizes from a small PRNG seeded by the first byte: byte by byte up to 256-byte chunks.
class Chunker final
{
public:
    explicit Chunker(std::uint8_t seed)
        : m_state(0x9E3779B97F4A7C15ull ^ seed)
        , m_max(std::size_t(1) << (seed % 9))
    { }
    std::size_t next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return 1 + m_state % m_max;
    }

private:
    std::uint64_t m_state;
    std::size_t m_max;
};

bool sameDouble(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::memcmp(&a, &b, sizeof a) == 0;
}

bool sameSeries(const std::vector<Series> &a, const std::vector<Series> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].labels != b[i].labels || a[i].timestamps.size() != b[i].timestamps.size()
            || a[i].values.size() != b[i].values.size())
            return false;
        for (std::size_t k = 0; k < a[i].values.size(); ++k) {
            if (!sameDouble(a[i].timestamps[k], b[i].timestamps[k]) || !sameDouble(a[i].values[k], b[i].values[k]))
                return false;
        }
    }
    return true;
}

bool sameResponse(const ParsedResponse &a, const ParsedResponse &b)
{
    return a.status == b.status && a.errorType == b.errorType && a.error == b.error && a.warnings == b.warnings
        && a.infos == b.infos && a.resultTypeText == b.resultTypeText && a.resultType == b.resultType
        && sameSeries(a.series, b.series) && a.scalar.has_value() == b.scalar.has_value()
        && (!a.scalar
            || (sameDouble(a.scalar->timestamp, b.scalar->timestamp) && sameDouble(a.scalar->value, b.scalar->value)))
        && a.string.has_value() == b.string.has_value()
        && (!a.string || (sameDouble(a.string->timestamp, b.string->timestamp) && a.string->value == b.string->value))
        && a.data == b.data;
}

// Every SAX event as a line of text, so two drivers can be compared.
class Recorder final : public nlohmann::json_sax<nlohmann::json>
{
public:
    std::vector<std::string> events;
    std::size_t depth = 0;
    std::size_t maxDepth = 0;

    bool null() override { return add("null"); }
    bool boolean(bool v) override { return add(v ? "true" : "false"); }
    bool number_integer(number_integer_t v) override { return add("i" + std::to_string(v)); }
    bool number_unsigned(number_unsigned_t v) override { return add("u" + std::to_string(v)); }
    bool number_float(number_float_t v, const string_t &) override
    {
        std::string bits(sizeof v, '\0');
        std::memcpy(bits.data(), &v, sizeof v);
        return add("f" + bits);
    }
    bool string(string_t &v) override { return add("s" + v); }
    bool binary(binary_t &) override { return add("b"); }
    bool start_object(std::size_t) override { return open("{"); }
    bool key(string_t &v) override { return add("k" + v); }
    bool end_object() override { return close("}"); }
    bool start_array(std::size_t) override { return open("["); }
    bool end_array() override { return close("]"); }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override { return false; }

private:
    bool add(std::string e)
    {
        events.push_back(std::move(e));
        return true;
    }
    bool open(const char *e)
    {
        maxDepth = std::max(maxDepth, ++depth);
        return add(e);
    }
    bool close(const char *e)
    {
        --depth;
        return add(e);
    }
};

bool validUtf8(const std::uint8_t *p, std::size_t n)
{
    const QByteArray bytes(reinterpret_cast<const char *>(p), qsizetype(n));
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const std::uint8_t seed = data[0];
    const char *body = reinterpret_cast<const char *>(data + 1);
    const std::size_t bodySize = size - 1;

    // (1) ResponseParser: chunks against one piece.
    QString wholeError;
    const std::optional<ParsedResponse> whole
        = ResponseParser::parse(QByteArrayView(body, qsizetype(bodySize)), &wholeError);
    ResponseParser streamed;
    Chunker chunker(seed);
    bool ok = true;
    for (std::size_t at = 0; at < bodySize && ok;) {
        const std::size_t n = std::min(chunker.next(), bodySize - at);
        ok = streamed.feed(QByteArrayView(body + at, qsizetype(n)));
        at += n;
    }
    ok = ok && streamed.finish();
    FUZZ_CHECK(ok == whole.has_value());
    if (ok) {
        const ParsedResponse result = streamed.takeResult();
        FUZZ_CHECK(sameResponse(result, *whole));
    } else {
        FUZZ_CHECK(streamed.errorString() == wholeError);
    }

    // (2) JsonTokenizer in chunks against nlohmann::json::sax_parse in one piece.
    Recorder ours;
    JsonTokenizer tokenizer(ours);
    Chunker chunker2(seed);
    bool tokOk = true;
    for (std::size_t at = 0; at < bodySize && tokOk;) {
        const std::size_t n = std::min(chunker2.next(), bodySize - at);
        tokOk = tokenizer.feed(std::string_view(body + at, n));
        at += n;
    }
    tokOk = tokOk && tokenizer.finish();
    Recorder theirs;
    const bool refOk = nlohmann::json::sax_parse(body, body + bodySize, &theirs);
    // Where nlohmann is lenient and the tokenizer strict: it skips a UTF-8 BOM and takes a NUL byte
    // for the end of the input.
    const bool bom = bodySize >= 3 && std::memcmp(body, "\xEF\xBB\xBF", 3) == 0;
    const bool nul = std::memchr(body, 0, bodySize) != nullptr;
    if (refOk && !bom && !nul && theirs.maxDepth <= 256) {
        FUZZ_CHECK(tokOk);
        FUZZ_CHECK(ours.events == theirs.events);
    }
    if (tokOk && !refOk)
        FUZZ_CHECK(!validUtf8(data + 1, bodySize));
    return 0;
}
