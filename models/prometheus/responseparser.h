#pragma once

#include "types.h"

#include <QByteArrayView>
#include <memory>
#include <optional>
#include <string_view>

namespace sre::prom {

// Everything the parser takes out of a Prometheus HTTP API envelope
// ({"status", "data": {"resultType", "result"}, "errorType", "error", "warnings", "infos"}).
struct ParsedResponse
{
    QString status; // "success" or "error"
    QString errorType;
    QString error;
    QStringList warnings;
    QStringList infos;
    QString resultTypeText; // data.resultType as sent
    ResultType resultType = ResultType::None;
    std::vector<Series> series;
    std::optional<Sample> scalar;
    std::optional<StringSample> string;
    // String members of `data` other than resultType (what /api/v1/status/buildinfo returns).
    QMap<QString, QString> data;
};

// Parses a Prometheus sample value as the API writes it: decimal, exponent form, "NaN", "+Inf",
// "-Inf". Returns nullopt for anything else.
std::optional<double> parseSampleValue(std::string_view text);

class ResponseHandler;
class JsonTokenizer;

// Streaming parser for one response body: feed() each chunk as it arrives (from curl's write
// callback), then finish(). Series go straight into std::vector<double>; no JSON DOM is built.
class ResponseParser final
{
public:
    ResponseParser();
    ~ResponseParser();
    ResponseParser(const ResponseParser &) = delete;
    ResponseParser &operator=(const ResponseParser &) = delete;

    // Returns false once the body is known to be malformed; later chunks are ignored.
    bool feed(QByteArrayView chunk);
    bool finish();

    bool failed() const;
    // "at byte 123: expected ',' or ']'" or the handler's complaint ("invalid sample value ...").
    QString errorString() const;
    // Valid after a successful finish().
    ParsedResponse takeResult();

    // Convenience for a body that is already complete.
    static std::optional<ParsedResponse> parse(QByteArrayView body, QString *error = nullptr);

private:
    std::unique_ptr<ResponseHandler> m_handler;
    std::unique_ptr<JsonTokenizer> m_tokenizer;
    bool m_finished = false;
};

} // namespace sre::prom
