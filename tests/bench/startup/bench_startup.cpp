// Cold start of `sre-console --screenshot` on the demo workspace, side by side with a bare Qt
// program that shows one QMainWindow with a QChartView (bare_chartwindow.cpp). Both run with
// SRE_STARTUP_TRACE=1 and say on stderr when their first frame is painted and, at exit, their peak
// RSS. Prints the medians and ratios of:
//   - time from starting the process to its first frame (issue 12's figure: goal at most 1.3x);
//   - time to the end of the run: for the console, the workspace loaded, every datasource asked
//     once and the SLO numbers (or their errors) shown, then the screenshot taken;
//   - peak RSS (goal: at most 1.5x).
// Then the phases the console reported in its last run. The demo's datasources are not running
// here, so the console also shows how it copes with unreachable ones without waiting on them.
//   bench_startup [RUNS] [CONSOLE]   CONSOLE: another sre-console binary, such as an older build,
//                                    to compare a change (default: this build's)
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
struct Run
{
    double firstFrameMs = -1;
    double exitMs = -1;
    double peakRssMb = -1;
    QByteArray trace; // the "startup:" lines
};

Run runOnce(const QString &program, const QStringList &args)
{
    Run run;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SRE_STARTUP_TRACE"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.setReadChannel(QProcess::StandardError);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    QByteArray err;
    // Stamp the first frame when its line arrives: the process's own clock would leave out exec and
    // dynamic linking, which a user waits through too.
    while (p.state() != QProcess::NotRunning || p.bytesAvailable() > 0) {
        if (timer.elapsed() > 60000) {
            p.kill();
            p.waitForFinished();
            break;
        }
        p.waitForReadyRead(20);
        err += p.readAllStandardError();
        if (run.firstFrameMs < 0 && err.contains("first frame painted"))
            run.firstFrameMs = timer.nsecsElapsed() / 1e6;
    }
    p.waitForFinished();
    run.exitMs = timer.nsecsElapsed() / 1e6;
    err += p.readAllStandardError();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), err.constData());
        run.exitMs = -1;
    }
    for (const QByteArray &line : err.split('\n')) {
        if (!line.startsWith("startup:"))
            continue;
        run.trace += line + '\n';
        if (line.startsWith("startup: peak RSS "))
            run.peakRssMb = line.mid(18).split(' ').value(0).toDouble();
    }
    return run;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v[v.size() / 2];
}

double medianOf(const std::vector<Run> &runs, double Run::*field)
{
    std::vector<double> v;
    for (const Run &r : runs)
        v.push_back(r.*field);
    return median(v);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 9;
    const QString consoleBin = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral(SRE_CONSOLE_BIN);
    QTemporaryDir dir;
    std::vector<Run> console, bare;
    const QStringList bareArgs = { dir.filePath(QStringLiteral("b.png")) };
    const QStringList consoleArgs = { QStringLiteral("--workspace"),  QStringLiteral(SRE_SOURCE_DIR "/resources/demo"),
                                      QStringLiteral("--page"),       QStringLiteral("slos"),
                                      QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("c.png")) };
    // Warm the page cache once for each, then alternate so both see the same machine state.
    runOnce(QStringLiteral(BARE_BIN), bareArgs);
    runOnce(consoleBin, consoleArgs);
    for (int i = 0; i < runs; ++i) {
        bare.push_back(runOnce(QStringLiteral(BARE_BIN), bareArgs));
        console.push_back(runOnce(consoleBin, consoleArgs));
    }
    const auto row = [](const char *what, double c, double b, const char *unit) {
        std::printf("  %-34s  bare %8.1f %s   console %8.1f %s   ratio %5.2fx\n", what, b, unit, c, unit, c / b);
        return c / b;
    };
    std::printf("cold start, median of %d runs each (bare QMainWindow + QChartView against sre-console on the "
                "demo workspace)\n",
                runs);
    const double frame
        = row("start to first frame", medianOf(console, &Run::firstFrameMs), medianOf(bare, &Run::firstFrameMs), "ms");
    row("start to settled screenshot + exit", medianOf(console, &Run::exitMs), medianOf(bare, &Run::exitMs), "ms");
    const double rss = row("peak RSS", medianOf(console, &Run::peakRssMb), medianOf(bare, &Run::peakRssMb), "MB");
    std::printf("  target met (first frame): %s (goal: ratio <= 1.3x)\n", frame > 0 && frame <= 1.3 ? "yes" : "no");
    std::printf("  target met (peak RSS): %s (goal: ratio <= 1.5x)\n", rss > 0 && rss <= 1.5 ? "yes" : "no");
    if (!console.empty()) {
        std::printf("phases of the console's last run (SRE_STARTUP_TRACE=1):\n");
        for (const QByteArray &line : console.back().trace.split('\n'))
            if (!line.isEmpty())
                std::printf("  %s\n", line.constData());
    }
    return 0;
}
