#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace sre::prom {

// A resumable JSON tokenizer that drives a nlohmann::json SAX handler while the body streams in.
//
// Why not nlohmann::json::sax_parse()? Its lexer pulls characters from an input adapter and has no
// way to pause when a network chunk ends in the middle of a token, so it can only run once the
// whole body is in memory (or on a thread that blocks for more input). This tokenizer instead
// consumes each chunk as it arrives: complete tokens become SAX events immediately, and only the
// bytes of an unfinished token are carried over to the next chunk. Scanning of a long unfinished
// string or number resumes where it stopped, so a token split over many chunks costs linear time.
// The handler interface is nlohmann's, so the same handler can also be run by sax_parse() (the
// tests do exactly that to check both drivers agree).
//
// It accepts RFC 8259 JSON: strict number grammar, escapes including surrogate pairs, no control
// characters in strings, nesting limited to `maxDepth`. It does not validate UTF-8 (QString's
// decoder replaces invalid sequences later).
class JsonTokenizer final
{
public:
    using Sax = nlohmann::json_sax<nlohmann::json>;

    // An optional shortcut for arrays of [number, "string"] pairs, a matrix's "values": while the
    // sink says the handler is in such an array, each pair that lies whole in the buffer, written
    // plainly (no escapes), goes over in one call instead of five SAX events and two copies. Any
    // other pair, and anything malformed, takes the general path, which reports errors as ever.
    class PairSink
    {
    public:
        virtual bool inPairArray() const = 0;
        // The same as start_array, the number, the string and end_array; false stops the parse.
        virtual bool pair(double first, std::string_view second) = 0;

    protected:
        ~PairSink() = default;
    };

    explicit JsonTokenizer(Sax &sax, std::size_t maxDepth = 256);
    void setPairSink(PairSink *sink) { m_pairs = sink; }

    // Consumes the next chunk. Returns false once the input is malformed or the handler stopped;
    // further input is then ignored.
    bool feed(std::string_view chunk);
    // Declares the end of input; fails if the document is incomplete.
    bool finish();

    bool failed() const { return m_failed; }
    bool handlerStopped() const { return m_handlerStopped; }
    // What is wrong and where (byte offset from the start of the body).
    const std::string &errorString() const { return m_error; }
    std::uint64_t errorOffset() const { return m_errorOffset; }

private:
    enum class Expect : std::uint8_t { Value, ValueOrEndArray, KeyOrEndObject, Key, Colon, CommaOrEnd, Done };
    enum class Scan : std::uint8_t { Complete, Incomplete, Failed };

    std::size_t run(const char *begin, const char *end, bool atEof);
    Scan scanString(const char *&p, const char *end, std::size_t resume, const char *begin);
    Scan scanNumber(const char *&p, const char *end, bool atEof, std::size_t resume, const char *begin);
    Scan scanLiteral(const char *&p, const char *end, bool atEof, const char *begin);
    // From the '[' at p: hands over the plain pairs that follow, separated by commas, and returns
    // where the general path takes over: after the last pair (its value done), or p itself.
    const char *fastPairs(const char *p, const char *end, const char *begin);
    bool push(bool object, const char *at, const char *begin);
    bool pop();
    void afterValue() { m_expect = m_stack.empty() ? Expect::Done : Expect::CommaOrEnd; }
    void fail(const char *at, const char *begin, const char *what);
    void handlerFailed(const char *at, const char *begin);

    Sax &m_sax;
    PairSink *m_pairs = nullptr;
    std::size_t m_maxDepth;
    std::vector<bool> m_stack; // true: object, false: array
    Expect m_expect = Expect::Value;
    std::string m_carry; // bytes of a token cut off by the end of the previous chunk
    std::size_t m_resume = 0; // how far into that token scanning already got
    bool m_resumeEscaped = false;
    std::uint64_t m_base = 0; // body offset of the first byte of the buffer being run
    std::string m_text; // decoded string / number text handed to the handler
    bool m_failed = false;
    bool m_handlerStopped = false;
    std::string m_error;
    std::uint64_t m_errorOffset = 0;
};

} // namespace sre::prom
