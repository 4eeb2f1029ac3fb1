#pragma once

#include <QByteArray>
#include <charconv>
#include <cmath>
#include <limits>

namespace sre::prom::bench {

inline constexpr double kMatrixStart = 1700000000;
inline constexpr double kMatrixStep = 10;

// The sample value matrixBody() writes for series `s`, point `i`: mostly 17-digit decimals as a
// rate() produces them, every 7th an integer (a counter or gauge), every 50th NaN.
inline double matrixValue(int s, int i)
{
    if ((i + s) % 50 == 0)
        return std::numeric_limits<double>::quiet_NaN();
    const double value = std::sin(i * 0.01 + s) * 100 + 200;
    return i % 7 == 0 ? std::floor(value) : value;
}

// A /api/v1/query_range answer laid out byte for byte like Prometheus' (no whitespace, integral
// timestamps without a fraction, values as shortest round-trip strings).
inline QByteArray matrixBody(int series, int points)
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(series) * points * 32 + 1024);
    out += R"({"status":"success","data":{"resultType":"matrix","result":[)";
    char buffer[64];
    for (int s = 0; s < series; ++s) {
        if (s > 0)
            out += ',';
        out += R"({"metric":{"__name__":"http_requests:rate5m","code":"200","instance":"10.0.0.)";
        out += QByteArray::number(s);
        out += R"(:9090","job":"api"},"values":[)";
        for (int i = 0; i < points; ++i) {
            if (i > 0)
                out += ',';
            out += '[';
            out += QByteArray::number(static_cast<qint64>(kMatrixStart + i * kMatrixStep));
            out += ",\"";
            const double value = matrixValue(s, i);
            if (std::isnan(value)) {
                out += "NaN";
            } else {
                const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
                out.append(buffer, result.ptr - buffer);
            }
            out += "\"]";
        }
        out += "]}";
    }
    out += "]}}";
    return out;
}

} // namespace sre::prom::bench
