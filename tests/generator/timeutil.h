#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sre::demo {

inline constexpr std::int64_t kSecondsPerDay = 86400;

struct CivilDate
{
    int year = 1970;
    int month = 1;
    int day = 1;
    friend bool operator==(const CivilDate &, const CivilDate &) = default;
};

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
constexpr std::int64_t daysFromCivil(int year, int month, int day)
{
    const std::int64_t y = year - (month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

constexpr std::int64_t unixFromUtc(int year, int month, int day, int hour, int minute)
{
    return daysFromCivil(year, month, day) * kSecondsPerDay + hour * 3600 + minute * 60;
}

// Floor division, correct for negative numerators too.
constexpr std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0 && ((a < 0) != (b < 0))) ? 1 : 0);
}

CivilDate civilFromDays(std::int64_t days);

// "2026-11-01"
std::string formatDate(const CivilDate &date);
// "2026-11-01T00:00:00Z"
std::string formatUtc(std::int64_t unixSeconds);

// Parses "YYYY-MM-DD" exactly (10 characters), validating the day of the month.
std::optional<CivilDate> parseDate(std::string_view text);

// Unix seconds (optionally with a fraction, floored) or RFC 3339
// ("2026-11-01T00:00:00Z", "2026-11-01T09:00:00.5+09:00", 't'/'z'/' ' accepted).
std::optional<std::int64_t> parseTime(std::string_view text);

} // namespace sre::demo
