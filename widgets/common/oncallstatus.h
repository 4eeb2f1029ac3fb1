#pragma once

// The status bar's on-call line (issue 14): "On call: Aiko (primary) until Mon 10:00; next: Ben",
// for the first rotation of the escalation list (else the first rotation), with every rotation in
// the tooltip. oncall.yaml and its iCalendar files are read on a worker thread when the workspace
// loads them and hourly; the line itself is recomputed every minute from that copy. A calendar
// fetched from a URL that is stale (its refresh failed, or it is older than its window) is marked
// on the line itself, in a warning colour with its age; a failed refresh is retried at the time the
// backoff of icsfetch.h names. Times are in the viewer's time zone, as on the On-call page ("your
// time"), which the tooltip names.
#include "icsfetch.h"
#include "schedule.h"

#include <QLabel>
#include <QTimeZone>
#include <memory>

class QTimer;

namespace sre {

class Settings;

namespace prom {
class CloseSwitch;
}

namespace ws {
class Workspace;
}

class OncallStatus final : public QLabel
{
    Q_OBJECT
public:
    OncallStatus(ws::Workspace &workspace, Settings &settings, QWidget *parent = nullptr);
    ~OncallStatus() override; // ends a calendar fetch still under way

    // The line for `schedule` at `now` in `timezone`, and the tooltip (one line per rotation).
    // `me`: the user's handle; their own shift reads "you". Empty when there is no schedule.
    static QString line(const alerting::Schedule &schedule, const QDateTime &now, const QString &timezone,
                        const QString &me, QString *tooltip = nullptr);
    // The marker for the stale URL sources among `sources` ("stale: pd (3 h old)"), empty when
    // none is stale. Short: the status bar is shared with the workspace and datasources.
    static QString staleText(const std::vector<alerting::CalendarSourceStatus> &sources, const QDateTime &now);
    // "next try at 10:42" for a source whose refresh failed, in `zone`; empty otherwise.
    static QString retryText(const alerting::CalendarSourceStatus &source, const QTimeZone &zone);

    // The zone times are shown in; the system's by default (tests set another).
    void setViewerZone(const QTimeZone &zone);

    // No schedule being read (a screenshot waits for this).
    bool isSettled() const { return m_reading == 0; }

    // The plain text shown (the marker included), for tests.
    QString plainText() const { return m_plain; }
    bool isStale() const { return !m_stale.isEmpty(); }

signals:
    void settled();

private:
    void reload();
    void update();

    ws::Workspace &m_workspace;
    Settings &m_settings;
    std::shared_ptr<const alerting::Schedule> m_schedule;
    std::vector<alerting::CalendarSourceStatus> m_sources;
    QStringList m_problems;
    QString m_plain;
    QString m_stale;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QTimer *m_retry; // reloads when a failed calendar's next try is due
    quint64 m_generation = 0;
    std::shared_ptr<prom::CloseSwitch> m_close; // the loads' URL fetches
    int m_reading = 0; // schedule loads under way
};

} // namespace sre
