#pragma once

#include <cstdio>

namespace sre::demo {

class History;

// Writes every series of the demo world as OpenMetrics text for
// `promtool tsdb create-blocks-from openmetrics`: one family at a time, each series' samples in
// time order, timestamps in seconds, counters cumulative from 0. Returns false on a write error.
bool writeOpenMetrics(const History &history, std::FILE *out);

// The same series as the Prometheus text exposition format with timestamps in milliseconds
// (VictoriaMetrics' /api/v1/import/prometheus reads the timestamps of that format as
// milliseconds); the "# EOF" line stays, a comment there.
bool writePrometheusText(const History &history, std::FILE *out);

} // namespace sre::demo
