#include "timeutil.h"

#include <charconv>
#include <cstdio>

namespace sre::demo {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads exactly `width` digits at `pos`.
std::optional<int> digits(std::string_view text, std::size_t pos, std::size_t width)
{
    if (pos + width > text.size())
        return std::nullopt;
    int value = 0;
    for (std::size_t i = pos; i < pos + width; ++i) {
        if (!isDigit(text[i]))
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

std::optional<std::int64_t> parseUnix(std::string_view text)
{
    const std::size_t dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(whole.data(), whole.data() + whole.size(), value);
    if (ec != std::errc() || end != whole.data() + whole.size() || whole.empty())
        return std::nullopt;
    if (dot == std::string_view::npos)
        return value;
    const std::string_view fraction = text.substr(dot + 1);
    bool nonZero = false;
    for (char c : fraction) {
        if (!isDigit(c))
            return std::nullopt;
        nonZero = nonZero || c != '0';
    }
    // Floor, so that "-1.5" means -2: a sample at t is in (from, to] iff t <= floor(to).
    return value < 0 && nonZero ? value - 1 : value;
}

std::optional<std::int64_t> parseRfc3339(std::string_view text)
{
    const auto date = parseDate(text.substr(0, 10));
    if (!date || text.size() < 20)
        return std::nullopt;
    const char sep = text[10];
    if (sep != 'T' && sep != 't' && sep != ' ')
        return std::nullopt;
    const auto hour = digits(text, 11, 2);
    const auto minute = digits(text, 14, 2);
    const auto second = digits(text, 17, 2);
    if (!hour || !minute || !second || text[13] != ':' || text[16] != ':' || *hour > 23 || *minute > 59 || *second > 60)
        return std::nullopt;
    std::size_t pos = 19;
    if (text[pos] == '.') {
        ++pos;
        const std::size_t fractionStart = pos;
        while (pos < text.size() && isDigit(text[pos]))
            ++pos;
        if (pos == fractionStart)
            return std::nullopt;
    }
    std::int64_t offset = 0;
    const std::string_view zone = text.substr(pos);
    if (zone != "Z" && zone != "z") {
        if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':')
            return std::nullopt;
        const auto offHour = digits(zone, 1, 2);
        const auto offMinute = digits(zone, 4, 2);
        if (!offHour || !offMinute || *offHour > 23 || *offMinute > 59)
            return std::nullopt;
        offset = (*offHour * 3600 + *offMinute * 60) * (zone[0] == '-' ? -1 : 1);
    }
    // A fraction of a second is dropped, which floors: (from, to] only ever sees whole seconds.
    return unixFromUtc(date->year, date->month, date->day, *hour, *minute) + *second - offset;
}

} // namespace

CivilDate civilFromDays(std::int64_t days)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t doe = days - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
    return { year, month, day };
}

std::string formatDate(const CivilDate &date)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
    return buffer;
}

std::string formatUtc(std::int64_t unixSeconds)
{
    const std::int64_t days = floorDiv(unixSeconds, kSecondsPerDay);
    const auto secondOfDay = static_cast<int>(unixSeconds - days * kSecondsPerDay);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "T%02d:%02d:%02dZ", secondOfDay / 3600, secondOfDay / 60 % 60,
                  secondOfDay % 60);
    return formatDate(civilFromDays(days)) + buffer;
}

std::optional<CivilDate> parseDate(std::string_view text)
{
    const auto year = digits(text, 0, 4);
    const auto month = digits(text, 5, 2);
    const auto day = digits(text, 8, 2);
    if (text.size() != 10 || !year || !month || !day || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    if (*month < 1 || *month > 12 || *day < 1 || *day > daysInMonth(*year, *month))
        return std::nullopt;
    return CivilDate { *year, *month, *day };
}

std::optional<std::int64_t> parseTime(std::string_view text)
{
    if (text.size() >= 10 && text[4] == '-')
        return parseRfc3339(text);
    return parseUnix(text);
}

} // namespace sre::demo
