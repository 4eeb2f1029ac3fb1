// Reference for the cold-start benchmark: a bare QMainWindow with one QChartView, rendered
// offscreen to a PNG the same way `sre-console --screenshot` does, then exit.
#include <QApplication>
#include <QChartView>
#include <QLineSeries>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("bare.png");
    QMainWindow window;
    auto *series = new QLineSeries;
    for (int i = 0; i < 100; ++i)
        series->append(i, (i * 37) % 11);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    window.setCentralWidget(new QChartView(chart));
    window.resize(1280, 800);
    window.show();
    QTimer::singleShot(0, &window, [&] { QCoreApplication::exit(window.grab().save(out) ? 0 : 1); });
    return app.exec();
}
