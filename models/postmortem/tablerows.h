#pragma once

#include "document.h"

#include <QDateTime>
#include <optional>

namespace sre::pm {

// One row of the action items table, by meaning rather than by column position.
struct ActionItem
{
    qsizetype row = -1;
    int line = 0; // 1-based file line
    QString action, owner, due, priority, status, link;
    bool hasStatusColumn = false;

    bool hasOwner() const;
    bool hasDue() const;
    std::optional<QDate> dueDate() const;
    // Open unless the status says done (Done, Closed, 完了, …); a table without a status
    // column has only open items.
    bool isOpen() const;
    bool isOverdue(const QDate &today) const;
};

// One row of the timeline. `at` is the row's time placed on a date: its own date when it has
// one, otherwise the date of the rows before (starting at `started`), moving to the next day when
// the clock goes back by more than 12 hours (an incident across midnight).
struct TimelineEntry
{
    qsizetype row = -1;
    int line = 0;
    QString time, event, action;
    std::optional<QDateTime> at; // UTC; none when the time cell is not a time
};

QList<ActionItem> actionItemsOf(const PostmortemDocument &doc);
QList<TimelineEntry> timelineOf(const PostmortemDocument &doc, const QDateTime &started = {});

// Sorts the timeline by time (stable). A row without a time moves with the timed row above it.
// Rows keep their bytes; returns false when there is no timeline or it was already in order.
bool sortTimelineByTime(PostmortemDocument &doc, const QDateTime &started = {});

// "", "-", "TBD", "未定", …: a cell that holds no value yet.
bool isPlaceholder(const QString &cell);
bool isDoneStatus(const QString &status);
std::optional<QDate> parseDate(const QString &text);
// "14:32", "14:32:05", "2025-01-15 14:32", "2025-01-15T14:32:00Z": date (when given) and time.
std::optional<std::pair<std::optional<QDate>, QTime>> parseTimelineTime(const QString &text);

// Pasted lines ("14:32 alert fired", "[14:32] alice: restarted the pods", "2025-01-15 14:32 — …")
// as timeline rows {time, event}; lines without a leading time continue the previous event.
QList<QStringList> timelineRowsFromText(const QString &text);

} // namespace sre::pm
