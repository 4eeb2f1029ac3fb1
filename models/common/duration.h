#pragma once

#include <QString>
#include <chrono>
#include <optional>

namespace sre {

// Prometheus duration syntax: "30d", "5m", "1h30m", "1w", "250ms", "1y" (365d). Units must be in
// descending order, as Prometheus requires.
std::optional<std::chrono::milliseconds> parseDuration(QStringView text);

// The shortest Prometheus spelling: 30d, 1h30m, 5m, 90s, 250ms.
QString formatDuration(std::chrono::milliseconds duration);

} // namespace sre
