#include "ruleslot.h"

#include <bit>
#include <cstring>

namespace sre::demo {

namespace {
constexpr std::uint64_t P1 = 11400714785074694791ULL;
constexpr std::uint64_t P2 = 14029467366897019727ULL;
constexpr std::uint64_t P3 = 1609587929392839161ULL;
constexpr std::uint64_t P4 = 9650029242287828579ULL;
constexpr std::uint64_t P5 = 2870177450012600261ULL;
constexpr std::int64_t kNsPerSecond = 1'000'000'000;

std::uint64_t read64(const char *p)
{
    std::uint64_t v = 0;
    std::memcpy(&v, p, 8); // xxHash reads little-endian; so do the machines the tests run on
    return v;
}

std::uint32_t read32(const char *p)
{
    std::uint32_t v = 0;
    std::memcpy(&v, p, 4);
    return v;
}

std::uint64_t round(std::uint64_t acc, std::uint64_t input)
{
    return std::rotl(acc + input * P2, 31) * P1;
}

std::uint64_t merge(std::uint64_t acc, std::uint64_t value)
{
    return (acc ^ round(0, value)) * P1 + P4;
}
} // namespace

std::uint64_t xxh64(std::string_view data, std::uint64_t seed)
{
    static_assert(std::endian::native == std::endian::little);
    const char *p = data.data();
    const char *const end = p + data.size();
    std::uint64_t h = 0;
    if (data.size() >= 32) {
        std::uint64_t v1 = seed + P1 + P2, v2 = seed + P2, v3 = seed, v4 = seed - P1;
        for (; p + 32 <= end; p += 32) {
            v1 = round(v1, read64(p));
            v2 = round(v2, read64(p + 8));
            v3 = round(v3, read64(p + 16));
            v4 = round(v4, read64(p + 24));
        }
        h = std::rotl(v1, 1) + std::rotl(v2, 7) + std::rotl(v3, 12) + std::rotl(v4, 18);
        h = merge(merge(merge(merge(h, v1), v2), v3), v4);
    } else {
        h = seed + P5;
    }
    h += data.size();
    for (; p + 8 <= end; p += 8)
        h = std::rotl(h ^ round(0, read64(p)), 27) * P1 + P4;
    if (p + 4 <= end) {
        h = std::rotl(h ^ (std::uint64_t { read32(p) } * P1), 23) * P2 + P3;
        p += 4;
    }
    for (; p < end; ++p)
        h = std::rotl(h ^ (std::uint64_t { static_cast<unsigned char>(*p) } * P5), 11) * P1;
    h ^= h >> 33;
    h *= P2;
    h ^= h >> 29;
    h *= P3;
    h ^= h >> 32;
    return h;
}

std::int64_t ruleGroupOffsetNs(std::string_view file, std::string_view group, std::int64_t intervalSeconds)
{
    // labels.Hash(): each label (sorted by name) as name 0xff value 0xff.
    std::string key;
    key.reserve(file.size() + group.size() + 16);
    key.append("file\xff")
        .append(file)
        .append("\xff"
                "name\xff")
        .append(group)
        .append("\xff");
    return static_cast<std::int64_t>(xxh64(key) % static_cast<std::uint64_t>(intervalSeconds * kNsPerSecond));
}

std::optional<RuleSlot> findRuleSlot(const std::string &prefix, const std::string &suffix, std::string_view group,
                                     std::int64_t intervalSeconds, std::int64_t notBefore, std::int64_t within)
{
    constexpr std::int64_t kMinuteNs = 60 * kNsPerSecond;
    constexpr std::int64_t kHalfMs = 500'000;
    for (long n = 0; n < 100'000'000; ++n) {
        std::string file = prefix + std::to_string(n) + suffix;
        const std::int64_t offset = ruleGroupOffsetNs(file, group, intervalSeconds);
        if (offset % kMinuteNs >= kHalfMs)
            continue;
        const std::int64_t phase = offset / kNsPerSecond; // whole minutes
        // The first slot at or after notBefore.
        std::int64_t slot = notBefore - ((notBefore - phase) % intervalSeconds + intervalSeconds) % intervalSeconds;
        if (slot < notBefore)
            slot += intervalSeconds;
        if (slot < notBefore + within)
            return RuleSlot { std::move(file), slot };
    }
    return std::nullopt;
}

} // namespace sre::demo
