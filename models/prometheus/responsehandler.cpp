#include "responsehandler.h"

#include "jsontext.h"

#include <QCoreApplication>
#include <charconv>
#include <cmath>
#include <limits>

namespace sre::prom {

namespace {

// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::prom::ResponseParser)
};

QString fromUtf8(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString malformedSample()
{
    return Tr::tr("a sample must be [timestamp, \"value\"]");
}

} // namespace

std::optional<double> parseSampleValue(std::string_view text)
{
    const char *first = text.data();
    const char *last = first + text.size();
    // std::from_chars takes "-" but not "+", and Prometheus writes "+Inf".
    if (first != last && *first == '+') {
        ++first;
        if (first != last && *first == '-')
            return std::nullopt;
    }
    if (first == last)
        return std::nullopt;
    double value = 0;
    const auto [end, ec] = std::from_chars(first, last, value);
    if (end != last)
        return std::nullopt;
    if (ec == std::errc())
        return value;
    if (ec == std::errc::result_out_of_range) {
        // Beyond double's range: round the way strtod would (tiny -> 0, huge -> Inf) without
        // strtod's dependency on the process locale.
        const bool negative = *first == '-';
        const bool tiny = outOfRangeIsTiny(first, last);
        const double magnitude = tiny ? 0.0 : std::numeric_limits<double>::infinity();
        return negative ? -magnitude : magnitude;
    }
    return std::nullopt;
}

bool ResponseHandler::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool ResponseHandler::null()
{
    if (m_skipDepth > 0)
        return true;
    if (m_stack.empty())
        return fail(Tr::tr("the response is not a JSON object"));
    const Ctx ctx = top();
    if (ctx == Ctx::Pair || ctx == Ctx::Values || ctx == Ctx::Result)
        return fail(malformedSample());
    return true;
}

bool ResponseHandler::boolean(bool)
{
    return null();
}

bool ResponseHandler::number_integer(number_integer_t value)
{
    return number(static_cast<double>(value));
}

bool ResponseHandler::number_unsigned(number_unsigned_t value)
{
    return number(static_cast<double>(value));
}

bool ResponseHandler::number_float(number_float_t value, const string_t &)
{
    return number(value);
}

bool ResponseHandler::number(double value)
{
    if (m_skipDepth > 0)
        return true;
    if (m_stack.empty())
        return fail(Tr::tr("the response is not a JSON object"));
    switch (top()) {
    case Ctx::Pair:
        if (m_pairIndex != 0)
            return fail(malformedSample());
        m_timestamp = value;
        m_pairIndex = 1;
        return true;
    case Ctx::Result:
        if (m_resultIndex != 0)
            return fail(malformedSample());
        m_timestamp = value;
        m_resultIndex = 1;
        return true;
    case Ctx::Values: return fail(malformedSample());
    default: return true;
    }
}

bool ResponseHandler::inPairArray() const
{
    return m_skipDepth == 0 && !m_stack.empty() && top() == Ctx::Values;
}

bool ResponseHandler::pair(double timestamp, std::string_view value)
{
    const std::optional<double> sample = parseSampleValue(value);
    if (!sample)
        return fail(
            Tr::tr("invalid sample value \"%1\"").arg(QString::fromUtf8(value.data(), qsizetype(value.size()))));
    Series &series = m_result.series.back();
    series.timestamps.push_back(timestamp);
    series.values.push_back(*sample);
    return true;
}

bool ResponseHandler::string(string_t &value)
{
    if (m_skipDepth > 0)
        return true;
    if (m_stack.empty())
        return fail(Tr::tr("the response is not a JSON object"));
    switch (top()) {
    case Ctx::Pair: {
        if (m_pairIndex != 1)
            return fail(malformedSample());
        const std::optional<double> sample = parseSampleValue(value);
        if (!sample)
            return fail(Tr::tr("invalid sample value \"%1\"").arg(fromUtf8(value)));
        Series &series = m_result.series.back();
        series.timestamps.push_back(m_timestamp);
        series.values.push_back(*sample);
        m_pairIndex = 2;
        return true;
    }
    case Ctx::Metric: m_result.series.back().labels.insert(m_labelName, fromUtf8(value)); return true;
    case Ctx::Strings: m_strings->append(fromUtf8(value)); return true;
    case Ctx::Top:
        if (m_key == Key::Status)
            m_result.status = fromUtf8(value);
        else if (m_key == Key::ErrorType)
            m_result.errorType = fromUtf8(value);
        else if (m_key == Key::Error)
            m_result.error = fromUtf8(value);
        return true;
    case Ctx::Data:
        if (m_key == Key::ResultType)
            m_result.resultTypeText = fromUtf8(value);
        else if (m_key == Key::Other)
            m_result.data.insert(m_dataKey, fromUtf8(value));
        return true;
    case Ctx::Result:
        if (m_resultIndex != 1)
            return fail(malformedSample());
        m_resultText = value;
        m_resultIndex = 2;
        return true;
    case Ctx::Values: return fail(malformedSample());
    case Ctx::Series: return true;
    }
    return true;
}

bool ResponseHandler::binary(binary_t &)
{
    return fail(Tr::tr("unexpected binary value"));
}

bool ResponseHandler::start_object(std::size_t)
{
    if (m_skipDepth > 0) {
        ++m_skipDepth;
        return true;
    }
    if (m_stack.empty()) {
        m_stack.push_back(Ctx::Top);
        return true;
    }
    switch (top()) {
    case Ctx::Top:
        if (m_key == Key::Data) {
            m_stack.push_back(Ctx::Data);
            return true;
        }
        break;
    case Ctx::Result: {
        Series &series = m_result.series.emplace_back();
        // Series of one response usually have the same length: reserve what the last one needed.
        series.timestamps.reserve(m_reserveHint);
        series.values.reserve(m_reserveHint);
        m_stack.push_back(Ctx::Series);
        return true;
    }
    case Ctx::Series:
        if (m_key == Key::Metric) {
            m_stack.push_back(Ctx::Metric);
            return true;
        }
        break;
    case Ctx::Values:
    case Ctx::Pair: return fail(malformedSample());
    default: break;
    }
    m_skipDepth = 1;
    return true;
}

bool ResponseHandler::key(string_t &value)
{
    if (m_skipDepth > 0)
        return true;
    switch (top()) {
    case Ctx::Top:
        m_key = value == "status"  ? Key::Status
            : value == "errorType" ? Key::ErrorType
            : value == "error"     ? Key::Error
            : value == "warnings"  ? Key::Warnings
            : value == "infos"     ? Key::Infos
            : value == "data"      ? Key::Data
                                   : Key::Other;
        break;
    case Ctx::Data:
        m_key = value == "resultType" ? Key::ResultType : value == "result" ? Key::Result : Key::Other;
        if (m_key == Key::Other)
            m_dataKey = fromUtf8(value);
        break;
    case Ctx::Series:
        m_key = value == "metric" ? Key::Metric
            : value == "values"   ? Key::Values
            : value == "value"    ? Key::Value
                                  : Key::Other;
        break;
    case Ctx::Metric: m_labelName = fromUtf8(value); break;
    default: break;
    }
    return true;
}

bool ResponseHandler::end_object()
{
    if (m_skipDepth > 0) {
        --m_skipDepth;
        return true;
    }
    if (top() == Ctx::Series)
        m_reserveHint = m_result.series.back().values.size();
    m_stack.pop_back();
    return true;
}

bool ResponseHandler::start_array(std::size_t)
{
    if (m_skipDepth > 0) {
        ++m_skipDepth;
        return true;
    }
    if (m_stack.empty())
        return fail(Tr::tr("the response is not a JSON object"));
    switch (top()) {
    case Ctx::Top:
        if (m_key == Key::Warnings || m_key == Key::Infos) {
            m_strings = m_key == Key::Warnings ? &m_result.warnings : &m_result.infos;
            m_stack.push_back(Ctx::Strings);
            return true;
        }
        break;
    case Ctx::Data:
        if (m_key == Key::Result) {
            m_resultIndex = 0;
            m_stack.push_back(Ctx::Result);
            return true;
        }
        break;
    case Ctx::Series:
        if (m_key == Key::Values || m_key == Key::Value) {
            m_pairIndex = 0;
            if (m_key == Key::Values && m_result.series.size() > 1) {
                // The series of one range query mostly share their length: reserve the previous
                // one's, sparing the regrowth of two vectors per series (bench_parse).
                const std::size_t expected = m_result.series[m_result.series.size() - 2].values.size();
                Series &series = m_result.series.back();
                series.timestamps.reserve(expected);
                series.values.reserve(expected);
            }
            m_stack.push_back(m_key == Key::Values ? Ctx::Values : Ctx::Pair);
            return true;
        }
        break; // native histograms ("histogram", "histograms") are not supported yet
    case Ctx::Values:
        m_pairIndex = 0;
        m_stack.push_back(Ctx::Pair);
        return true;
    case Ctx::Pair:
    case Ctx::Result: return fail(malformedSample());
    default: break;
    }
    m_skipDepth = 1;
    return true;
}

bool ResponseHandler::end_array()
{
    if (m_skipDepth > 0) {
        --m_skipDepth;
        return true;
    }
    if (top() == Ctx::Pair && m_pairIndex != 2)
        return fail(malformedSample());
    m_stack.pop_back();
    return true;
}

bool ResponseHandler::parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &ex)
{
    return fail(QString::fromUtf8(ex.what()));
}

bool ResponseHandler::complete()
{
    if (!m_error.isEmpty())
        return false;
    const QString &status = m_result.status;
    if (status.isEmpty())
        return fail(Tr::tr("no \"status\" field: this is not a Prometheus API response"));
    if (status != QLatin1String("success") && status != QLatin1String("error"))
        return fail(Tr::tr("unknown status \"%1\"").arg(status));
    const QString &type = m_result.resultTypeText;
    if (type == QLatin1String("matrix"))
        m_result.resultType = ResultType::Matrix;
    else if (type == QLatin1String("vector"))
        m_result.resultType = ResultType::Vector;
    else if (type == QLatin1String("scalar"))
        m_result.resultType = ResultType::Scalar;
    else if (type == QLatin1String("string"))
        m_result.resultType = ResultType::String;
    else if (!type.isEmpty())
        return fail(Tr::tr("unsupported resultType \"%1\"").arg(type));

    const bool isPair = m_result.resultType == ResultType::Scalar || m_result.resultType == ResultType::String;
    if ((isPair && (m_resultIndex != 2 || !m_result.series.empty())) || (!isPair && m_resultIndex != 0))
        return fail(Tr::tr("the result does not match resultType \"%1\"").arg(type));
    if (m_result.resultType == ResultType::Scalar) {
        const std::optional<double> value = parseSampleValue(m_resultText);
        if (!value)
            return fail(Tr::tr("invalid sample value \"%1\"").arg(fromUtf8(m_resultText)));
        m_result.scalar = Sample { m_timestamp, *value };
    } else if (m_result.resultType == ResultType::String) {
        m_result.string = StringSample { m_timestamp, fromUtf8(m_resultText) };
    }
    return true;
}

} // namespace sre::prom
