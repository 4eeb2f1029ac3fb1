#pragma once

#include <cstdio>

namespace sre::demo {

class History;

// Writes every series of the demo world as OpenMetrics text for
// `promtool tsdb create-blocks-from openmetrics`: one family at a time, each series' samples in
// time order, timestamps in seconds, counters cumulative from 0. Returns false on a write error.
bool writeOpenMetrics(const History &history, std::FILE *out);

} // namespace sre::demo
