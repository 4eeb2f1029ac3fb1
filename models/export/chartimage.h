#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace sre::exp {

// A time chart for documents (reports, exported postmortems): lines over time, horizontal
// thresholds and shaded bands (incidents), drawn with QPainter into an image. The interactive
// charts in the GUI use QtCharts; this one needs only QtGui.
struct ChartLine
{
    QString label;
    QList<QPointF> points; // x: milliseconds since the epoch (UTC), y: value
    QColor color;
    bool dashed = false;
};

struct ChartThreshold
{
    QString label;
    double y = 0;
    QColor color;
};

struct ChartBand
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QString label;
};

struct ChartSpec
{
    QString title;
    QString yLabel;
    QList<ChartLine> lines;
    QList<ChartThreshold> thresholds;
    QList<ChartBand> bands;
    QTimeZone zone = QTimeZone::utc(); // time axis labels
    std::optional<double> yMin, yMax; // default: the data's range with a margin
    bool percent = false; // values are fractions, labelled as percent
};

// Renders at logicalSize × scale pixels (device pixel ratio = scale), white background.
QImage renderChart(const ChartSpec &spec, QSize logicalSize = { 900, 300 }, qreal scale = 2.0);

} // namespace sre::exp
