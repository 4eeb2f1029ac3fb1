#pragma once

#include "postmortem.h"
#include "replay.h"
#include "types.h"

#include <QFuture>
#include <QString>
#include <chrono>
#include <functional>
#include <optional>
#include <vector>

// Where a replay's inputs come from: the SLO's bucketed events (Prometheus), its incidents (the
// postmortems that name it in `slos:`), and the "what if" tier edits a user types.
namespace sre {
namespace prom {
class PrometheusClient;
}

namespace replay {

// The incidents of the postmortems whose `slos:` names `sloId` and that have a `started`, and
// overlap [from, to]; by start time.
std::vector<Incident> incidentsOf(const QString &sloId, const std::vector<pm::Postmortem> &postmortems, qint64 from,
                                  qint64 to);

struct FetchedEvents
{
    slo::EventSeries series; // for an SLO with groupBy, all groups together
    std::vector<GroupEvents> groups; // an SLO with groupBy: each group's own events
    std::optional<prom::Error> error;
    QStringList warnings;
};

// The SLO's bad and total events in buckets of `step` over (from - lookback, to], from one range
// query each (slo::bucketQueries with the bucket = step). PrometheusClient splits a range over
// 11,000 points into consecutive queries and stitches them. The future finishes on a pool thread.
// An SLO with groupBy gets its groups too (its queries are `sum by` its labels), for replayGroups().
QFuture<FetchedEvents> fetchEvents(prom::PrometheusClient &client, const slo::SloSpec &spec, qint64 from, qint64 to,
                                   std::chrono::seconds step, std::chrono::seconds lookback,
                                   const QString &viewKey = {});

// Applies one "what if" edit to `tiers`: NAME:KEY=VALUE[,KEY=VALUE...] with the keys
//   factor=14.4  share=2%|0.02  long=1h  short=5m  for=2m  severity=page|ticket
// NAME names an existing tier (edited) or a new one (added; it needs long, short and factor or
// share). A tier with no explicit factor gets share * window / long again when long or share
// changes. `window` is the length the factors refer to (factorWindow()). Returns the error message
// for the user, or std::nullopt when the edit was applied.
std::optional<QString> applyTierEdit(std::vector<ReplayTier> &tiers, const QString &edit, std::chrono::seconds window);

} // namespace replay
} // namespace sre
