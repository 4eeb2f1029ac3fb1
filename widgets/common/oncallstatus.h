#pragma once

// The status bar's on-call line (issue 14): "On call: Aiko (primary) until Mon 10:00; next: Ben",
// for the first rotation of the escalation list (else the first rotation), with every rotation in
// the tooltip. oncall.yaml and its iCalendar files are read on a worker thread when the workspace
// loads them and hourly; the line itself is recomputed every minute from that copy.
#include "schedule.h"

#include <QLabel>
#include <memory>

class QTimer;

namespace sre {

class Settings;

namespace ws {
class Workspace;
}

class OncallStatus final : public QLabel
{
    Q_OBJECT
public:
    OncallStatus(ws::Workspace &workspace, Settings &settings, QWidget *parent = nullptr);

    // The line for `schedule` at `now` in `timezone`, and the tooltip (one line per rotation).
    // `me`: the user's handle; their own shift reads "you". Empty when there is no schedule.
    static QString line(const alerting::Schedule &schedule, const QDateTime &now, const QString &timezone,
                        const QString &me, QString *tooltip = nullptr);

private:
    void reload();
    void update();

    ws::Workspace &m_workspace;
    Settings &m_settings;
    std::shared_ptr<const alerting::Schedule> m_schedule;
    QStringList m_problems;
    quint64 m_generation = 0;
};

} // namespace sre
