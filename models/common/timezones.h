#pragma once

#include <QString>

namespace sre {

// True for a time zone the system's tz database names (Asia/Tokyo, UTC, and old links such as
// US/Eastern). QTimeZone("Asia").isValid() is true on Linux: Qt reads an unknown id as a POSIX TZ
// rule (here a zone called "Asia" at offset 0), so a typo would silently mean UTC.
bool isKnownTimeZone(const QString &ianaId);

} // namespace sre
