#pragma once

#include "jsontokenizer.h"
#include "responseparser.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace sre::prom {

// nlohmann::json SAX handler that turns a Prometheus API envelope into a ParsedResponse without a
// DOM: samples are appended to each Series' vectors as their tokens arrive. Members it does not
// know (native histograms, stats, future fields) are skipped by depth counting.
class ResponseHandler final : public nlohmann::json_sax<nlohmann::json>, public JsonTokenizer::PairSink
{
public:
    // The tokenizer's shortcut for a matrix's "values" (PairSink).
    bool inPairArray() const override;
    bool pair(double timestamp, std::string_view value) override;

    bool null() override;
    bool boolean(bool value) override;
    bool number_integer(number_integer_t value) override;
    bool number_unsigned(number_unsigned_t value) override;
    bool number_float(number_float_t value, const string_t &text) override;
    bool string(string_t &value) override;
    bool binary(binary_t &value) override;
    bool start_object(std::size_t elements) override;
    bool key(string_t &value) override;
    bool end_object() override;
    bool start_array(std::size_t elements) override;
    bool end_array() override;
    bool parse_error(std::size_t position, const std::string &lastToken,
                     const nlohmann::detail::exception &ex) override;

    // Checks what only the whole document can tell (status present, result matches resultType)
    // and moves the result out. Call once, after the driver finished successfully.
    bool complete();
    ParsedResponse takeResult() { return std::move(m_result); }
    // Why the handler stopped (or complete() failed); empty otherwise.
    const QString &errorString() const { return m_error; }

private:
    enum class Ctx : std::uint8_t { Top, Data, Result, Series, Metric, Values, Pair, Strings };
    enum class Key : std::uint8_t {
        Other,
        Status,
        ErrorType,
        Error,
        Warnings,
        Infos,
        Data,
        ResultType,
        Result,
        Metric,
        Value,
        Values
    };

    bool number(double value);
    bool fail(const QString &message);
    Ctx top() const { return m_stack.back(); }

    ParsedResponse m_result;
    std::vector<Ctx> m_stack;
    Key m_key = Key::Other;
    int m_skipDepth = 0; // > 0 while inside a member we do not interpret
    int m_pairIndex = 0; // position inside [timestamp, "value"]
    int m_resultIndex = 0; // position inside a scalar/string result
    double m_timestamp = 0;
    std::string m_resultText; // value of a scalar/string result, decided once resultType is known
    QString m_labelName;
    QString m_dataKey;
    QStringList *m_strings = nullptr; // warnings or infos
    std::size_t m_reserveHint = 0;
    QString m_error;
};

} // namespace sre::prom
