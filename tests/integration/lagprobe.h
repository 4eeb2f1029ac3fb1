#pragma once

// An event-loop lag probe for GUI tests: a timer that should fire every 10 ms records the longest
// gap between two firings (maxGapMs, wall clock). What a user feels as a frozen window is the GUI
// thread working or waiting on something other than its event loop, so maxBlockedMs() counts, per
// gap, the thread's time on a CPU (/proc/self/task/TID/schedstat field 1) plus the time a sampler
// thread saw it asleep in any syscall but its event loop's poll (glib's dispatcher, Qt's default
// here) or ppoll (Qt's own). Time waiting for a CPU (two cores shared by parallel test runs) and
// a late wake-up of an idle event loop are not counted: both were seen on a loaded machine as
// 50-100 ms gaps with under 7 ms on a CPU. The sampler also records what the thread was in while
// late, so a failure names the cause. (A synchronous QProcess or socket wait on the GUI thread
// would sit in ppoll too; the code has none.)
//
// The test runs on the same thread. Its own work there (writing a fault proxy's fault.json and
// renaming it, reading a proxy's log) is not the application's: it runs inside an `exclude()`
// scope, which is left out. A rename on a busy disk took 90 ms once and failed the probe.
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace sre::testing {

class LagProbe final : public QObject
{
public:
    static constexpr int kIntervalMs = 10;
    static constexpr int kSampleMs = 5;

    explicit LagProbe(QObject *parent = nullptr)
        : QObject(parent)
        , m_statPath(QStringLiteral("/proc/self/task/%1/schedstat").arg(gettid()))
        , m_taskDir(QStringLiteral("/proc/self/task/%1/").arg(gettid()))
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kIntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }

    ~LagProbe() override { stop(); }

    void start()
    {
        stop();
        m_maxGapMs = m_maxBlockedMs = m_maxBlockedCpuMs = 0;
        m_ticks = 0;
        m_clock.start();
        m_lastMs = 0;
        m_lastRunNs = cpuNs();
        {
            const std::lock_guard lock(m_samplesMutex);
            m_samples.clear();
        }
        m_lastTickNs.store(m_clock.nsecsElapsed());
        m_asleepElsewhereNs.store(0);
        m_sampling.store(true);
        m_sampler = std::thread([this] { sample(); });
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
        m_sampling.store(false);
        if (m_sampler.joinable())
            m_sampler.join();
    }

    // While the returned object lives, the GUI thread is doing the test's work, not the
    // application's: none of that time counts, and the next gap starts when the scope ends.
    class Excluded
    {
    public:
        explicit Excluded(LagProbe *probe)
            : m_probe(probe)
        {
            if (m_probe)
                m_probe->m_excluded.fetch_add(1);
        }
        ~Excluded()
        {
            if (m_probe && m_probe->m_excluded.fetch_sub(1) == 1)
                m_probe->restartGap();
        }
        Excluded(const Excluded &) = delete;
        Excluded &operator=(const Excluded &) = delete;

    private:
        LagProbe *m_probe;
    };
    Excluded exclude() { return Excluded(this); }

    double maxGapMs() const { return m_maxGapMs; } // wall clock
    double maxBlockedMs() const { return m_maxBlockedMs; } // on a CPU or asleep outside the event loop
    int ticks() const { return m_ticks; }

    // For a failure message: how much of the longest block was on a CPU, and what the GUI thread
    // was seen asleep in while it was late (syscall number and kernel wait channel, most seen first).
    QString diagnosis() const
    {
        QStringList seen;
        {
            const std::lock_guard lock(m_samplesMutex);
            QList<std::pair<int, QString>> sorted;
            for (auto it = m_samples.cbegin(); it != m_samples.cend(); ++it)
                sorted.append({ it.value(), it.key() });
            std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
            for (qsizetype i = 0; i < std::min<qsizetype>(sorted.size(), 5); ++i)
                seen << QStringLiteral("%1 x%2").arg(sorted[i].second).arg(sorted[i].first);
        }
        return QStringLiteral("longest block %1 ms (on a CPU or asleep outside the event loop), %2 ms of it on a CPU; "
                              "seen while late (5 ms samples): %3")
            .arg(m_maxBlockedMs, 0, 'f', 1)
            .arg(m_maxBlockedCpuMs, 0, 'f', 1)
            .arg(seen.isEmpty() ? QStringLiteral("nothing") : seen.join(QStringLiteral(", ")));
    }

private:
    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // schedstat field 1: nanoseconds on a CPU.
    qint64 cpuNs() const { return readFile(m_statPath).simplified().split(' ').value(0).toLongLong(); }

    // On the sampler thread, every 5 ms: the time since the last sample counts as blocked when the
    // GUI thread is asleep outside its event loop's poll; while it is late, note what it is in.
    void sample()
    {
        qint64 last = m_clock.nsecsElapsed();
        while (m_sampling.load()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(kSampleMs));
            const qint64 now = m_clock.nsecsElapsed();
            const QByteArray syscall = readFile(m_taskDir + QStringLiteral("syscall")).split(' ').value(0).trimmed();
            const bool idle = syscall == "7" || syscall == "271"; // poll, ppoll
            if (m_excluded.load() > 0)
                m_asleepElsewhereNs.store(0);
            else if (!idle && syscall != "running" && !syscall.isEmpty())
                m_asleepElsewhereNs.fetch_add(now - last);
            last = now;
            if (m_excluded.load() > 0 || (now - m_lastTickNs.load()) / 1e6 < 2 * kIntervalMs)
                continue;
            const QByteArray wchan = readFile(m_taskDir + QStringLiteral("wchan")).trimmed();
            const QString what = syscall == "running"
                ? QStringLiteral("running")
                : QStringLiteral("syscall %1 in %2").arg(QString::fromLatin1(syscall), QString::fromLatin1(wchan));
            const std::lock_guard lock(m_samplesMutex);
            ++m_samples[what];
        }
    }

    // The end of an excluded scope: what the thread did inside it is dropped.
    void restartGap()
    {
        const qint64 nowNs = m_clock.nsecsElapsed();
        m_lastTickNs.store(nowNs);
        m_lastMs = nowNs / 1e6;
        m_lastRunNs = cpuNs();
        m_asleepElsewhereNs.store(0);
    }

    void tick()
    {
        const qint64 nowNs = m_clock.nsecsElapsed();
        m_lastTickNs.store(nowNs);
        const double now = nowNs / 1e6;
        const qint64 run = cpuNs();
        const double gap = now - m_lastMs - kIntervalMs;
        const double cpuMs = (run - m_lastRunNs) / 1e6;
        const double blocked = cpuMs + m_asleepElsewhereNs.exchange(0) / 1e6;
        m_maxGapMs = std::max(m_maxGapMs, gap);
        if (blocked > m_maxBlockedMs) {
            m_maxBlockedMs = blocked;
            m_maxBlockedCpuMs = cpuMs;
        }
        m_lastMs = now;
        m_lastRunNs = run;
        ++m_ticks;
    }

    QString m_statPath;
    QString m_taskDir;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_lastMs = 0;
    qint64 m_lastRunNs = 0;
    double m_maxGapMs = 0;
    double m_maxBlockedMs = 0;
    double m_maxBlockedCpuMs = 0;
    int m_ticks = 0;
    std::atomic<qint64> m_lastTickNs { 0 };
    std::atomic<bool> m_sampling { false };
    std::atomic<int> m_excluded { 0 };
    std::atomic<qint64> m_asleepElsewhereNs { 0 };
    std::thread m_sampler;
    mutable std::mutex m_samplesMutex;
    QMap<QString, int> m_samples;
};

} // namespace sre::testing
