#pragma once

#include "postmortem.h"

#include <optional>

namespace sre::pm {

// The figures a postmortem derives from its front matter times, in seconds. Each is measured from
// `started`; a figure is missing when a time is missing or comes before `started` (the checker
// reports that). Impact duration is started → resolved (mitigated when not resolved), as the
// seed's "影響時間" counts it.
struct DerivedFigures
{
    std::optional<qint64> timeToDetect;
    std::optional<qint64> timeToMitigate;
    std::optional<qint64> timeToResolve;
    std::optional<qint64> impactDuration;
};

DerivedFigures derivedFigures(const Postmortem &postmortem);

// "1h 15m", "38m", "2d 3h", "45s" (translated: "1時間15分").
QString formatDuration(qint64 seconds);
QString formatDuration(const std::optional<qint64> &seconds); // "–" when missing

} // namespace sre::pm

namespace sre::pm {
class PostmortemDocument;

// Writes the figures into the document as "- **Time to detect**: 3m" list lines (Japanese labels
// such as "- **影響時間**: 1時間15分" in a Japanese document): an existing line with one of the
// labels, in either language, gets the new value where it is; the others go to the top of the
// Impact section (created when missing). Missing figures are not written. Returns whether
// anything changed.
bool writeDerivedFigures(PostmortemDocument &doc, const DerivedFigures &figures, bool japanese);
} // namespace sre::pm
