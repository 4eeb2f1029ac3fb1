// Reference for the cold-start benchmark: a bare QMainWindow with one QChartView, rendered
// offscreen to a PNG the same way `sre-console --screenshot` does, then exit. Like the console
// under SRE_STARTUP_TRACE=1, it says on stderr when its first frame is painted and, at the end,
// its peak RSS, so that bench_startup can time and weigh both the same way.
#include <QApplication>
#include <QChartView>
#include <QFile>
#include <QLineSeries>
#include <QMainWindow>
#include <QTimer>
#include <cstdio>

namespace {
class FirstPaint final : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint || event->type() == QEvent::UpdateRequest) {
            std::fprintf(stderr, "startup: first frame painted\n");
            std::fflush(stderr);
            watched->removeEventFilter(this);
        }
        return false;
    }
};

void printPeakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            std::fprintf(stderr, "startup: peak RSS %.1f MB\n",
                         line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024);
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("bare.png");
    QMainWindow window;
    FirstPaint firstPaint;
    window.installEventFilter(&firstPaint);
    auto *series = new QLineSeries;
    for (int i = 0; i < 100; ++i)
        series->append(i, (i * 37) % 11);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    window.setCentralWidget(new QChartView(chart));
    window.resize(1280, 800);
    window.show();
    QTimer::singleShot(0, &window, [&] {
        const bool ok = window.grab().save(out);
        printPeakMemory();
        QCoreApplication::exit(ok ? 0 : 1);
    });
    return app.exec();
}
