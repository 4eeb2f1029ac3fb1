#pragma once

#include <QElapsedTimer>

namespace sre {

// Phase timing of a cold start, behind the environment switch SRE_STARTUP_TRACE=1: each mark()
// prints "startup: <ms since the first mark> ms (+<ms since the previous one>) <phase>" to stderr,
// which bench_startup collects. Without the switch a mark costs one branch. GUI thread only.
class StartupTrace
{
public:
    static bool enabled();
    static void mark(const char *phase);
    // "startup: peak RSS <MB> MB" (VmHWM from /proc/self/status; nothing where there is none).
    static void markPeakMemory();

private:
    static QElapsedTimer &timer();
};

} // namespace sre
