#include "duration.h"

#include <array>

namespace sre {

namespace {
struct Unit
{
    QStringView name;
    qint64 ms;
};

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// Longest names first so "ms" is not read as "m".
const std::array<Unit, 8> kUnits = { { { u"ms", 1 },
                                       { u"y", 365 * kDay },
                                       { u"w", 7 * kDay },
                                       { u"d", kDay },
                                       { u"h", kHour },
                                       { u"m", kMinute },
                                       { u"s", kSecond },
                                       { u"", 0 } } };

int unitRank(qint64 ms)
{
    // Larger unit, smaller rank; used to demand descending order.
    switch (ms) {
    case 365 * kDay: return 0;
    case 7 * kDay: return 1;
    case kDay: return 2;
    case kHour: return 3;
    case kMinute: return 4;
    case kSecond: return 5;
    default: return 6;
    }
}
} // namespace

std::optional<std::chrono::milliseconds> parseDuration(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    int lastRank = -1;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        while (i < text.size() && text[i].isDigit())
            ++i;
        if (i == start)
            return std::nullopt;
        bool ok = false;
        const qint64 value = text.mid(start, i - start).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        const Unit *unit = nullptr;
        for (const Unit &u : kUnits) {
            if (!u.name.isEmpty() && text.mid(i).startsWith(u.name)) {
                unit = &u;
                break;
            }
        }
        if (!unit)
            return std::nullopt;
        const int rank = unitRank(unit->ms);
        if (rank <= lastRank)
            return std::nullopt;
        lastRank = rank;
        // Like Prometheus, a duration beyond 64-bit milliseconds (about 292 million years) is not
        // one (found by fuzz_promql_text: the overflow was undefined behaviour).
        qint64 part = 0;
        if (__builtin_mul_overflow(value, unit->ms, &part) || __builtin_add_overflow(total, part, &total))
            return std::nullopt;
        i += unit->name.size();
    }
    return std::chrono::milliseconds(total);
}

QString formatDuration(std::chrono::milliseconds duration)
{
    qint64 ms = duration.count();
    if (ms == 0)
        return QStringLiteral("0s");
    QString out;
    if (ms < 0) {
        out += QLatin1Char('-');
        ms = -ms;
    }
    // Whole weeks read worse than days for SLO windows (28d, not 4w), so weeks and years are
    // never produced.
    const std::array<std::pair<qint64, QStringView>, 5> units
        = { { { kDay, u"d" }, { kHour, u"h" }, { kMinute, u"m" }, { kSecond, u"s" }, { 1, u"ms" } } };
    for (const auto &[size, name] : units) {
        if (ms >= size) {
            out += QString::number(ms / size) + name.toString();
            ms %= size;
        }
    }
    return out;
}

} // namespace sre
