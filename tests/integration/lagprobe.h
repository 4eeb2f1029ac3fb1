#pragma once

// An event-loop lag probe for GUI tests: a timer that should fire every 10 ms records the longest
// gap between two firings. A gap also grows while the kernel leaves the thread waiting for a CPU
// (two cores shared by parallel test runs); that time is read from /proc/self/task/TID/schedstat
// (field 2: nanoseconds spent runnable on a run queue) and reported apart, so `maxBlockedMs()` is
// the time the GUI thread itself spent working or waiting on something: what a user feels as a
// frozen window.
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTimer>
#include <algorithm>
#include <unistd.h>

namespace sre::testing {

class LagProbe final : public QObject
{
public:
    static constexpr int kIntervalMs = 10;

    explicit LagProbe(QObject *parent = nullptr)
        : QObject(parent)
        , m_statPath(QStringLiteral("/proc/self/task/%1/schedstat").arg(gettid()))
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kIntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }

    void start()
    {
        m_maxGapMs = m_maxBlockedMs = 0;
        m_ticks = 0;
        m_clock.start();
        m_lastMs = 0;
        m_lastQueuedNs = queuedNs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    double maxGapMs() const { return m_maxGapMs; } // wall clock, run-queue waits included
    double maxBlockedMs() const { return m_maxBlockedMs; } // without them
    int ticks() const { return m_ticks; }

private:
    qint64 queuedNs() const
    {
        QFile f(m_statPath);
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        const QList<QByteArray> fields = f.readAll().simplified().split(' ');
        return fields.size() >= 2 ? fields[1].toLongLong() : 0;
    }

    void tick()
    {
        const double now = m_clock.nsecsElapsed() / 1e6;
        const qint64 queued = queuedNs();
        const double gap = now - m_lastMs - kIntervalMs;
        const double queuedMs = (queued - m_lastQueuedNs) / 1e6;
        m_maxGapMs = std::max(m_maxGapMs, gap);
        m_maxBlockedMs = std::max(m_maxBlockedMs, gap - queuedMs);
        m_lastMs = now;
        m_lastQueuedNs = queued;
        ++m_ticks;
    }

    QString m_statPath;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_lastMs = 0;
    qint64 m_lastQueuedNs = 0;
    double m_maxGapMs = 0;
    double m_maxBlockedMs = 0;
    int m_ticks = 0;
};

} // namespace sre::testing
