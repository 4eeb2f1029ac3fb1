#pragma once

#include "oncallview.h"

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableWidget;
class QTimer;
class QToolButton;

namespace sre {

class OncallTimeline;
class Settings;

namespace prom {
class CloseSwitch;
}

namespace ws {
class Workspace;
}

// The On-call page: per rotation the next 14 days as a timeline (gaps in red, overrides hatched,
// the user's own shifts outlined), and tables of the upcoming handovers and of the gaps. The
// schedule (oncall.yaml, with its iCalendar files) is read and computed on a worker thread; the
// page only draws the answer.
class OncallPage final : public QWidget
{
    Q_OBJECT
public:
    OncallPage(ws::Workspace &workspace, Settings &settings, QWidget *parent = nullptr);
    ~OncallPage() override; // ends a calendar fetch still under way

    static constexpr int kDays = 14;

    OncallTimeline *timeline() const { return m_timeline; }
    QTableWidget *handoversTable() const { return m_handovers; }
    QTableWidget *gapsTable() const { return m_gaps; }
    QLabel *emptyLabel() const { return m_empty; }
    // False while the schedule is being read and computed.
    bool isSettled() const { return !m_loading; }
    const OncallView &view() const { return m_view; }
    // Set (true) on every cell of a handover or gap that is over: those rows are greyed.
    static constexpr int kPastRole = Qt::UserRole + 1;

    // The zone the timeline and the tables are shown in (the system's by default).
    void setViewerZone(const QTimeZone &zone);
    // Moves the 14 days to start on the day of `at` (the "now" line stays at the real now).
    void showFrom(const QDateTime &at);

signals:
    void settled();

private:
    void reload();
    void apply(OncallView view);
    void scheduleRetry();
    void fillTables();
    void markPastRows(); // greys the handovers and gaps that are over by now (sets m_now)
    void updateSummary();
    void updateSources();
    void chooseMe();
    QString when(const QDateTime &t) const;
    QString names(const QStringList &handles) const;

    ws::Workspace &m_workspace;
    Settings &m_settings;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QDateTime m_start; // start of the first day shown; invalid: today
    OncallView m_view;
    quint64 m_generation = 0;
    bool m_loading = false;
    QDateTime m_now; // when markPastRows() last looked
    std::shared_ptr<prom::CloseSwitch> m_close; // the loads' URL fetches

    QLabel *m_summary;
    QLabel *m_problems;
    QLabel *m_sources; // age of each calendar fetched from a URL
    QToolButton *m_earlier;
    QToolButton *m_today;
    QToolButton *m_later;
    QToolButton *m_meButton;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    OncallTimeline *m_timeline;
    QTimer *m_retry;
    QLabel *m_gapsTitle;
    QTableWidget *m_handovers;
    QTableWidget *m_gaps;
};

} // namespace sre
