#pragma once

// iCalendar URL sources (`ics: { url: https://..., token_file | token_env }` in oncall.yaml):
// fetched with the project's libcurl client (sre_prometheus: TLS verification, timeouts, retries)
// and kept in the user's cache folder, so a paging service that is down, or a laptop on a train,
// still shows the last good schedule, flagged stale.
//
// The secret (the feed's private token) is read from the token file or environment variable at
// fetch time and applied in one of two ways:
//  - the URL holds the placeholder "{token}" (in its path or query): the token, percent-encoded,
//    takes its place (PagerDuty, Google Calendar, Grafana OnCall put it there);
//  - otherwise the token is sent as "Authorization: Bearer <token>".
// The secret is never logged, cached or written anywhere: the cache is keyed by a hash of the URL
// as written in oncall.yaml (placeholder included), and every message names that URL, user info
// removed, with anything that still looks like the secret replaced by "***".
//
// Synchronous: it waits on the network. Call it off the GUI thread (see loadCalendars).
#include "oncall.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace sre::prom {
class CloseSwitch;
}

namespace sre::alerting {

struct CalendarFetchOptions
{
    // A cached copy younger than this is used without asking the server (paging services ask
    // feeds not to be polled more than hourly).
    std::chrono::seconds refreshInterval { 3600 };
    // A source whose last successful fetch is older than this is stale.
    std::chrono::seconds staleAfter { 2 * 3600 };
    // After a failed refresh the server is not asked again before calendarRetryDelay(): first
    // `firstRetry`, doubling with each failure in a row, never longer than refreshInterval. A
    // success starts over. The count and the time of the next try are kept with the cached copy,
    // so the console and srectl share them.
    std::chrono::seconds firstRetry { 60 };
    // Ask the server now even within the backoff (srectl: the user asked for it). The outcome
    // still counts for the backoff.
    bool ignoreBackoff = false;
    // Closing it ends a fetch under way at once (its owner is going away); the fetch then fails
    // like an unreachable server, and the cached copy is used.
    std::shared_ptr<prom::CloseSwitch> closeSwitch;
    std::chrono::milliseconds timeout { 20000 };
    QString cacheDir; // empty: $XDG_CACHE_HOME/sre-console/ics
    QDateTime now; // invalid: the current time (tests move it)
};

// The state of one URL source after a load, for the On-call page and srectl.
struct CalendarSourceStatus
{
    QString rotation;
    QString url; // redacted: safe to show
    QDateTime fetched; // the last successful fetch (200 or 304), UTC; invalid: never
    bool stale = false; // older than staleAfter, or this load's refresh failed
    bool refreshFailed = false; // the server could not be asked or answered with an error
    bool unreachable = false; // refreshFailed and no cached copy: the rotation has no shifts
    int failures = 0; // failed refreshes in a row (0 after a success)
    QDateTime nextAttempt; // refreshFailed: when the server is asked again (UTC); invalid otherwise
    bool backingOff = false; // this load did not ask the server: the last failure's retry time is ahead
    QString error; // refreshFailed: why (the secret removed), for display

    qint64 ageSeconds(const QDateTime &now) const { return fetched.isValid() ? fetched.secsTo(now) : -1; }
};

struct FetchedCalendar
{
    std::optional<QByteArray> body; // the fresh or cached calendar; nullopt: nothing to read
    CalendarSourceStatus status;
    Problems problems; // warnings and errors naming oncall.yaml's line and the redacted URL
};

// How long to wait after the `failures`-th failed refresh in a row (failures >= 1):
// firstRetry * 2^(failures - 1), at most refreshInterval. Zero for failures <= 0.
std::chrono::seconds calendarRetryDelay(int failures, const CalendarFetchOptions &options = {});

// The earliest retry time among `sources` (invalid when none failed), for scheduling the next load.
QDateTime earliestCalendarRetry(const std::vector<CalendarSourceStatus> &sources);

// The URL of `source` as oncall.yaml writes it, user info removed: no secret in it.
QString redactedIcsUrl(const IcsSource &source);

// Fetches (or reuses the cached copy of) the calendar of `rotation`, whose `ics.url` is set.
// `file` is oncall.yaml, for messages.
FetchedCalendar fetchCalendar(const Rotation &rotation, const QString &file, const CalendarFetchOptions &options);

} // namespace sre::alerting
