#pragma once

// When Prometheus evaluates a rule group. Prometheus 2.x slots a group's evaluations at the
// multiples of its interval plus an offset: the group's hash (xxHash64 of the label set
// {file="<path as given>", name="<group>"}, labels.Hash()) modulo the interval in nanoseconds
// (rules.Group.EvalTimestamp). `promtool tsdb create-blocks-from rules` aligns its range queries
// the same way, so both write the group's samples at these times.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sre::demo {

std::uint64_t xxh64(std::string_view data, std::uint64_t seed = 0);

// The offset in nanoseconds of the group's slots within its interval.
std::int64_t ruleGroupOffsetNs(std::string_view file, std::string_view group, std::int64_t intervalSeconds);

struct RuleSlot
{
    std::string file;
    std::int64_t slot; // Unix seconds
};

// The first file prefix + N + suffix (N = 0, 1, ...) in which the group's slots fall within half a
// millisecond after whole minutes, with one of them in [notBefore, notBefore + within).
std::optional<RuleSlot> findRuleSlot(const std::string &prefix, const std::string &suffix, std::string_view group,
                                     std::int64_t intervalSeconds, std::int64_t notBefore, std::int64_t within);

} // namespace sre::demo
