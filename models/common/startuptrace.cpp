#include "startuptrace.h"

#include <QFile>
#include <QtGlobal>
#include <cstdio>

namespace sre {

bool StartupTrace::enabled()
{
    static const bool on = qEnvironmentVariableIntValue("SRE_STARTUP_TRACE") == 1;
    return on;
}

QElapsedTimer &StartupTrace::timer()
{
    static QElapsedTimer t;
    return t;
}

void StartupTrace::mark(const char *phase)
{
    if (!enabled())
        return;
    static qint64 previous = 0;
    QElapsedTimer &t = timer();
    if (!t.isValid())
        t.start();
    const qint64 now = t.nsecsElapsed();
    std::fprintf(stderr, "startup: %8.1f ms (+%7.1f) %s\n", double(now) / 1e6, double(now - previous) / 1e6, phase);
    std::fflush(stderr);
    previous = now;
}

void StartupTrace::markPeakMemory()
{
    if (!enabled())
        return;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:")) {
            const double kb = line.mid(6).trimmed().split(' ').value(0).toDouble();
            std::fprintf(stderr, "startup: peak RSS %.1f MB\n", kb / 1024);
            std::fflush(stderr);
        }
}

} // namespace sre
