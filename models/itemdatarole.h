#pragma once

#include <Qt>

namespace sre {

// Custom roles of every item model in the app, in one place so views and proxies agree.
enum ItemDataRole {
    IdRole = Qt::UserRole + 1, // stable id: SLO id, postmortem id, runbook path, alert name
    FilePathRole, // absolute file the item came from
    LineRole, // 1-based line in that file
    SortRole, // raw value to sort by (numbers as numbers, times as Unix seconds)
    StatusRole, // ok | warning | critical | no-data, draft | published, …
    ServiceRole,
};

} // namespace sre
