// sre-demo-history: the Prometheus history of the demo world (docs/demo-world.md) and its ground
// truth. Standard library only, so it builds anywhere the tests run.

#include "model.h"
#include "openmetrics.h"
#include "ruleslot.h"
#include "timeutil.h"
#include "workspace.h"

#include <charconv>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

using namespace sre::demo;

namespace {

constexpr int kUsageError = 2;
constexpr std::int64_t kDefaultEnd = 1793491200; // 2026-11-01T00:00:00Z, the test fixtures' end

constexpr const char *kHelp
    = R"(sre-demo-history: Prometheus history of the SRE Console demo world and its ground truth.

Usage:
  sre-demo-history openmetrics --end TIME [--seed N] [--days N] [-o FILE] [--workspace DIR]
                               [--quiet SERVICE,FROM,TO] [--outage SERVICE,FROM,TO] [--millis]
      OpenMetrics text for `promtool tsdb create-blocks-from openmetrics`: every series of
      docs/demo-world.md at 1-minute resolution for N days (default 35) ending at --end
      (floored to the minute). --workspace DIR also does what `workspace` does.
      --quiet: SERVICE has no traffic at all in (FROM, TO] (its counters stay flat).
      --outage: every request of SERVICE in (FROM, TO] fails with a 503.
      --millis: the Prometheus text format instead, timestamps in milliseconds (for
      VictoriaMetrics' /api/v1/import/prometheus); the same series and values.
  sre-demo-history counts --service S [--handler H] --from TIME --to TIME [--le SECONDS]
                          [--end TIME] [--seed N] [--days N] [--quiet SERVICE,FROM,TO]
                          [--outage SERVICE,FROM,TO]
      The exact events of service S (of its handler H: the `handler` label) in samples stamped
      in (from, to], as JSON: {"service","from","to","total","bad","good"} and with --le, "le"
      and "within_le".
      --le must be a bucket bound (0.025 0.05 0.1 0.2 0.3 0.5 1 2.5 +Inf).
  sre-demo-history incidents [--end TIME] [--days N]
      The incidents as placed for --end, as JSON (times in Unix seconds; the window is (start, end]).
  sre-demo-history workspace --end TIME --dir DIR [--all-dates]
      In a copy of the demo workspace at DIR, moves each incident's postmortem
      (postmortems/<ID>.md, or the file whose front matter has `id: <ID>`) to the placed date:
      every occurrence of the original YYYY-MM-DD is replaced; with --all-dates every
      YYYY-MM-DD in that file moves by the same number of days.

  sre-demo-history rule-slot --file PATTERN --group NAME --not-before TIME [--interval SECONDS]
                             [--within SECONDS]
      Where Prometheus evaluates a rule group: at the times that are its interval's multiples
      plus an offset hashed from the group's name and its file's path (as given). Tries the
      files PATTERN with %N replaced by 0, 1, 2, ... and prints the first "FILE SLOT" whose
      group, interval 300 by default, has whole-minute slots, one of them, SLOT (Unix seconds),
      in [TIME, TIME + within), within 60 by default. For tests that must know in advance when
      `promtool tsdb create-blocks-from rules` and a live Prometheus evaluate a group.

TIME is Unix seconds or RFC 3339 (2026-11-01T00:00:00Z). --seed defaults to 42; --end
defaults to 1793491200 (2026-11-01T00:00:00Z) where it is optional. Exit status: 0 ok,
1 output could not be written, 2 bad usage.
)";

struct UsageError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

class Arguments final
{
public:
    Arguments(int argc, char **argv, const std::set<std::string> &valued, const std::set<std::string> &flags)
    {
        for (int i = 2; i < argc; ++i) {
            std::string arg = argv[i];
            std::optional<std::string> value;
            if (const auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
                value = arg.substr(eq + 1);
                arg.resize(eq);
            }
            if (flags.contains(arg) && !value) {
                m_values[arg] = "";
                continue;
            }
            if (!valued.contains(arg))
                throw UsageError("unknown option '" + arg + "'");
            if (!value) {
                if (i + 1 >= argc)
                    throw UsageError("option " + arg + " needs a value");
                value = argv[++i];
            }
            m_values[arg] = *value;
        }
    }

    bool has(const std::string &name) const { return m_values.contains(name); }

    std::string text(const std::string &name) const
    {
        const auto it = m_values.find(name);
        if (it == m_values.end())
            throw UsageError("missing " + name);
        return it->second;
    }

    std::int64_t time(const std::string &name, std::optional<std::int64_t> fallback = std::nullopt) const
    {
        if (!has(name) && fallback)
            return *fallback;
        const std::string value = text(name);
        const auto parsed = parseTime(value);
        if (!parsed)
            throw UsageError(name + " '" + value + "' is neither Unix seconds nor RFC 3339");
        return *parsed;
    }

    std::uint64_t number(const std::string &name, std::uint64_t fallback, std::uint64_t max) const
    {
        if (!has(name))
            return fallback;
        const std::string value = text(name);
        std::uint64_t parsed = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
        if (ec != std::errc() || end != value.data() + value.size() || parsed > max)
            throw UsageError(name + " '" + value + "' is not a number from 0 to " + std::to_string(max));
        return parsed;
    }

private:
    std::map<std::string, std::string> m_values;
};

struct ServiceSpan
{
    std::size_t service;
    std::int64_t from;
    std::int64_t to;
};

// The value of `option`: SERVICE,FROM,TO (commas: RFC 3339 times contain colons).
ServiceSpan serviceSpan(const Arguments &args, const std::string &option)
{
    const std::string text = args.text(option);
    const auto first = text.find(',');
    const auto second = first == std::string::npos ? std::string::npos : text.find(',', first + 1);
    if (second == std::string::npos)
        throw UsageError(option + " '" + text + "' is not SERVICE,FROM,TO");
    const std::string name = text.substr(0, first);
    const auto index = serviceIndex(name);
    if (!index)
        throw UsageError(option + ": unknown service '" + name + "'");
    const auto from = parseTime(text.substr(first + 1, second - first - 1));
    const auto to = parseTime(text.substr(second + 1));
    if (!from || !to || *to < *from)
        throw UsageError(option + " '" + text + "': FROM and TO must be times with FROM <= TO");
    return { *index, *from, *to };
}

History makeHistory(const Arguments &args, std::optional<std::int64_t> defaultEnd)
{
    const auto days = static_cast<int>(args.number("--days", kDefaultDays, 3650));
    if (days < 1)
        throw UsageError("--days must be at least 1");
    History history(args.number("--seed", kDefaultSeed, UINT64_MAX), args.time("--end", defaultEnd), days);
    if (args.has("--quiet")) {
        const ServiceSpan span = serviceSpan(args, "--quiet");
        history.addQuiet(span.service, span.from, span.to);
    }
    if (args.has("--outage")) {
        const ServiceSpan span = serviceSpan(args, "--outage");
        history.addOutage(span.service, span.from, span.to);
    }
    return history;
}

std::string jsonString(std::string_view s)
{
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "\"";
}

int runOpenMetrics(int argc, char **argv)
{
    const Arguments args(argc, argv,
                         { "--end", "--seed", "--days", "-o", "--output", "--workspace", "--quiet", "--outage" },
                         { "--millis" });
    const History history = makeHistory(args, std::nullopt);
    std::string output = args.has("-o") ? args.text("-o") : args.has("--output") ? args.text("--output") : "-";
    std::FILE *out = output == "-" ? stdout : std::fopen(output.c_str(), "wb");
    if (!out) {
        std::fprintf(stderr, "sre-demo-history: %s: cannot open for writing\n", output.c_str());
        return 1;
    }
    bool ok = args.has("--millis") ? writePrometheusText(history, out) : writeOpenMetrics(history, out);
    if (out != stdout)
        ok = std::fclose(out) == 0 && ok;
    if (!ok) {
        std::fprintf(stderr, "sre-demo-history: %s: write failed\n", output.c_str());
        return 1;
    }
    if (args.has("--workspace") && !rewriteWorkspace(history, args.text("--workspace"), false))
        return 1;
    return 0;
}

int runCounts(int argc, char **argv)
{
    const Arguments args(
        argc, argv,
        { "--service", "--handler", "--from", "--to", "--le", "--end", "--seed", "--days", "--quiet", "--outage" }, {});
    const std::string service = args.text("--service");
    const auto index = serviceIndex(service);
    if (!index)
        throw UsageError("unknown service '" + service + "'");
    std::optional<std::size_t> handler;
    if (args.has("--handler")) {
        const std::string name = args.text("--handler");
        const auto handlers = services()[*index].handlers;
        for (std::size_t h = 0; h < handlers.size(); ++h)
            if (handlers[h].name == name)
                handler = h;
        if (!handler)
            throw UsageError("service '" + service + "' has no handler '" + name + "'");
    }
    const std::int64_t from = args.time("--from");
    const std::int64_t to = args.time("--to");
    if (to < from)
        throw UsageError("--to is before --from");
    std::optional<std::size_t> leIndex;
    if (args.has("--le")) {
        const std::string le = args.text("--le");
        double value = 0;
        const auto [end, ec] = std::from_chars(le.data(), le.data() + le.size(), value);
        for (std::size_t b = 0; b < kIntervals; ++b) {
            const bool infinite = b == kBucketBounds.size();
            if (infinite ? (le == "+Inf" || le == "inf" || le == "Inf")
                         : (ec == std::errc() && end == le.data() + le.size() && value == kBucketBounds[b]))
                leIndex = b;
        }
        if (!leIndex)
            throw UsageError("--le '" + le + "' is not a bucket bound");
    }
    const History history = makeHistory(args, kDefaultEnd);

    std::uint64_t total = 0, bad = 0, within = 0;
    const std::int64_t firstStep = floorDiv(from, kStepSeconds) + 1;
    for (std::int64_t step = firstStep; step * kStepSeconds <= to; ++step) {
        const Minute m = handler ? history.minute(*index, *handler, step * kStepSeconds)
                                 : history.minute(*index, step * kStepSeconds);
        total += m.total();
        bad += m.bad();
        for (std::size_t b = 0; leIndex && b <= *leIndex; ++b)
            within += m.intervals[b];
    }
    std::printf("{\"service\":%s,\"from\":%lld,\"to\":%lld,\"total\":%llu,\"bad\":%llu,\"good\":%llu",
                jsonString(service).c_str(), static_cast<long long>(from), static_cast<long long>(to),
                static_cast<unsigned long long>(total), static_cast<unsigned long long>(bad),
                static_cast<unsigned long long>(total - bad));
    if (leIndex) {
        const std::string_view label = kBucketLabels[*leIndex];
        std::printf(",\"le\":%s,\"within_le\":%llu",
                    *leIndex == kBucketBounds.size() ? "\"+Inf\"" : std::string(label).c_str(),
                    static_cast<unsigned long long>(within));
    }
    std::printf("}\n");
    return 0;
}

int runIncidents(int argc, char **argv)
{
    const Arguments args(argc, argv, { "--end", "--seed", "--days" }, {});
    const History history = makeHistory(args, kDefaultEnd);
    std::printf("[\n");
    const auto &incidents = history.incidents();
    for (std::size_t i = 0; i < incidents.size(); ++i) {
        const PlacedIncident &incident = incidents[i];
        std::string names;
        for (const Effect &effect : incident.spec->effects)
            names += (names.empty() ? "" : ",") + jsonString(effect.service);
        std::printf("  {\"id\":%s,\"services\":[%s],\"start\":%lld,\"end\":%lld,\"start_utc\":\"%s\","
                    "\"end_utc\":\"%s\",\"original_start_utc\":\"%s\",\"days_before_end\":%d}%s\n",
                    jsonString(incident.spec->id).c_str(), names.c_str(), static_cast<long long>(incident.start),
                    static_cast<long long>(incident.end), formatUtc(incident.start).c_str(),
                    formatUtc(incident.end).c_str(), formatUtc(incident.spec->originalStart).c_str(),
                    incident.spec->daysBeforeEnd, i + 1 < incidents.size() ? "," : "");
    }
    std::printf("]\n");
    return 0;
}

int runWorkspace(int argc, char **argv)
{
    const Arguments args(argc, argv, { "--end", "--dir", "--seed", "--days" }, { "--all-dates" });
    const History history = makeHistory(args, std::nullopt);
    return rewriteWorkspace(history, args.text("--dir"), args.has("--all-dates")) ? 0 : 1;
}

int runRuleSlot(int argc, char **argv)
{
    const Arguments args(argc, argv, { "--file", "--group", "--not-before", "--interval", "--within" }, {});
    const std::string pattern = args.text("--file");
    const auto marker = pattern.find("%N");
    if (marker == std::string::npos)
        throw UsageError("--file '" + pattern + "' has no %N");
    const std::string group = args.text("--group");
    const std::int64_t notBefore = args.time("--not-before");
    const auto interval = static_cast<std::int64_t>(args.number("--interval", 300, 86400));
    const auto within = static_cast<std::int64_t>(args.number("--within", 60, 86400));
    if (interval < 60 || interval % 60 != 0)
        throw UsageError("--interval must be whole minutes");
    const auto found
        = findRuleSlot(pattern.substr(0, marker), pattern.substr(marker + 2), group, interval, notBefore, within);
    if (!found)
        throw UsageError("no file of '" + pattern + "' has a slot there");
    std::printf("%s %lld\n", found->file.c_str(), static_cast<long long>(found->slot));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const std::string command = argc > 1 ? argv[1] : "";
    try {
        if (command == "--help" || command == "-h" || command == "help") {
            std::fputs(kHelp, stdout);
            return 0;
        }
        for (int i = 2; i < argc; ++i) {
            if (std::string_view(argv[i]) == "--help" || std::string_view(argv[i]) == "-h") {
                std::fputs(kHelp, stdout);
                return 0;
            }
        }
        if (command == "openmetrics")
            return runOpenMetrics(argc, argv);
        if (command == "counts")
            return runCounts(argc, argv);
        if (command == "incidents")
            return runIncidents(argc, argv);
        if (command == "workspace")
            return runWorkspace(argc, argv);
        if (command == "rule-slot")
            return runRuleSlot(argc, argv);
        throw UsageError(command.empty() ? "missing command" : "unknown command '" + command + "'");
    } catch (const UsageError &error) {
        std::fprintf(stderr, "sre-demo-history: %s\nTry 'sre-demo-history --help'.\n", error.what());
        return kUsageError;
    }
}
