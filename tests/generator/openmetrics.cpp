#include "openmetrics.h"

#include "model.h"

#include <charconv>
#include <string>
#include <string_view>
#include <vector>

namespace sre::demo {

namespace {

// Collects output in a large buffer and hands it to stdio in big blocks.
class Writer final
{
public:
    explicit Writer(std::FILE *out)
        : m_out(out)
    {
        m_buffer.resize(kCapacity);
    }

    void text(std::string_view s)
    {
        reserve(s.size());
        m_used += s.copy(m_buffer.data() + m_used, s.size());
    }

    template<typename Number> void number(Number value)
    {
        reserve(kNumberRoom);
        const auto result = std::to_chars(m_buffer.data() + m_used, m_buffer.data() + m_buffer.size(), value);
        m_used = static_cast<std::size_t>(result.ptr - m_buffer.data());
    }

    bool finish()
    {
        flush();
        return m_ok && std::fflush(m_out) == 0;
    }

private:
    static constexpr std::size_t kCapacity = std::size_t { 8 } << 20;
    static constexpr std::size_t kNumberRoom = 64;

    void reserve(std::size_t bytes)
    {
        if (m_used + bytes > m_buffer.size())
            flush();
        if (bytes > m_buffer.size())
            m_buffer.resize(bytes);
    }

    void flush()
    {
        if (m_used > 0 && std::fwrite(m_buffer.data(), 1, m_used, m_out) != m_used)
            m_ok = false;
        m_used = 0;
    }

    std::FILE *m_out;
    std::vector<char> m_buffer;
    std::size_t m_used = 0;
    bool m_ok = true;
};

// " <timestamp>\n" of every sample, formatted once and shared by all series.
class Timestamps final
{
public:
    // millis: the same instants in milliseconds (the Prometheus text format's unit).
    Timestamps(const History &history, bool millis)
    {
        m_text.resize(history.sampleCount() * kStride);
        m_size.resize(history.sampleCount());
        for (std::size_t i = 0; i < history.sampleCount(); ++i) {
            char *begin = m_text.data() + i * kStride;
            *begin = ' ';
            const std::int64_t t = history.firstSample() + static_cast<std::int64_t>(i) * kStepSeconds;
            char *end = std::to_chars(begin + 1, begin + kStride - 1, t).ptr;
            if (millis)
                for (int z = 0; z < 3; ++z)
                    *end++ = '0';
            *end++ = '\n';
            m_size[i] = static_cast<std::size_t>(end - begin);
        }
    }

    std::string_view operator[](std::size_t i) const { return { m_text.data() + i * kStride, m_size[i] }; }

private:
    static constexpr std::size_t kStride = 24;
    std::vector<char> m_text;
    std::vector<std::size_t> m_size;
};

std::string labels(std::string_view service)
{
    std::string out = "job=\"";
    out.append(service).append("\",service=\"").append(service).append("\"");
    return out;
}

// One series: `value(minute)` is the per-minute increment (counters) or the value (gauges).
template<typename Value>
void series(Writer &w, const Timestamps &ts, std::string_view prefix, const std::vector<Minute> &minutes,
            bool cumulative, Value value)
{
    decltype(value(minutes.front())) sum {};
    for (std::size_t i = 0; i < minutes.size(); ++i) {
        sum = cumulative ? sum + value(minutes[i]) : value(minutes[i]);
        w.text(prefix);
        w.number(sum);
        w.text(ts[i]);
    }
}

bool writeSeries(const History &history, std::FILE *out, bool millis)
{
    // The request series of each service, or of each of its handlers (with a `handler` label).
    struct Stream
    {
        std::string labels;
        std::vector<Minute> minutes;
    };
    std::vector<Stream> streams;
    std::vector<std::vector<Minute>> all;
    for (std::size_t s = 0; s < services().size(); ++s) {
        const Service &service = services()[s];
        all.push_back(history.series(s));
        if (service.handlers.empty()) {
            streams.push_back({ labels(service.name), all.back() });
            continue;
        }
        for (std::size_t h = 0; h < service.handlers.size(); ++h)
            streams.push_back({ labels(service.name) + ",handler=\"" + std::string(service.handlers[h].name) + "\"",
                                history.series(s, h) });
    }
    const Timestamps ts(history, millis);
    Writer w(out);

    w.text("# HELP http_requests Requests served, by service and status code.\n"
           "# TYPE http_requests counter\n");
    for (const Stream &stream : streams) {
        for (std::size_t c = 0; c < kCodes.size(); ++c) {
            const std::string prefix
                = "http_requests_total{" + stream.labels + ",code=\"" + std::string(kCodes[c]) + "\"} ";
            series(w, ts, prefix, stream.minutes, true, [c](const Minute &m) { return m.codes[c]; });
        }
    }

    w.text("# HELP http_request_duration_seconds Request latency.\n"
           "# TYPE http_request_duration_seconds histogram\n");
    for (const Stream &stream : streams) {
        const std::string &common = stream.labels;
        for (std::size_t b = 0; b < kIntervals; ++b) {
            const std::string prefix
                = "http_request_duration_seconds_bucket{" + common + ",le=\"" + std::string(kBucketLabels[b]) + "\"} ";
            series(w, ts, prefix, stream.minutes, true, [b](const Minute &m) {
                std::uint64_t within = 0;
                for (std::size_t i = 0; i <= b; ++i)
                    within += m.intervals[i];
                return within;
            });
        }
        series(w, ts, "http_request_duration_seconds_count{" + common + "} ", stream.minutes, true,
               [](const Minute &m) { return m.total(); });
        series(w, ts, "http_request_duration_seconds_sum{" + common + "} ", stream.minutes, true,
               [](const Minute &m) { return m.latencySum; });
    }

    w.text("# HELP up Whether the service's instance is up.\n"
           "# TYPE up gauge\n");
    for (std::size_t s = 0; s < services().size(); ++s) {
        const std::string_view name = services()[s].name;
        const std::string prefix
            = "up{job=\"" + std::string(name) + "\",instance=\"" + std::string(name) + "-0:8080\"} ";
        series(w, ts, prefix, all[s], false, [](const Minute &m) { return m.up ? 1 : 0; });
    }
    w.text("# EOF\n");
    return w.finish();
}

} // namespace

bool writeOpenMetrics(const History &history, std::FILE *out)
{
    return writeSeries(history, out, false);
}

bool writePrometheusText(const History &history, std::FILE *out)
{
    return writeSeries(history, out, true);
}

} // namespace sre::demo
