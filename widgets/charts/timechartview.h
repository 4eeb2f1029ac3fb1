#pragma once

#include "seriesreducer.h"
#include "timeseries.h"

#include <QChartView>
#include <QPixmap>
#include <QTimeZone>
#include <memory>

class QAreaSeries;
class QCategoryAxis;
class QLineSeries;
class QValueAxis;

namespace sre {

// A time chart for the SLO detail: lines over time (full resolution kept here, drawn reduced to
// the pixel width off the GUI thread), horizontal thresholds, shaded incident bands that can be
// clicked, a tooltip with the exact time and values under the mouse, and zoom and pan:
//   mouse: drag to zoom into a time range, wheel to zoom around the pointer, Shift+wheel or
//          middle-drag to pan, double-click or right-click to reset;
//   keys:  + and - zoom, Left and Right pan, 0 or Home resets.
// Times are Unix seconds; the time axis is labelled in the given time zone.
class TimeChartView final : public QChartView
{
    Q_OBJECT
public:
    struct Band
    {
        double from = 0; // Unix seconds
        double to = 0;
        QString label;
        QString id;
    };

    explicit TimeChartView(QWidget *parent = nullptr);

    void setTimeZone(const QTimeZone &zone);
    // Values are fractions shown as % (tooltips with `decimals`, the axis with `axisDecimals`).
    void setPercent(bool percent, int decimals, int axisDecimals = 1);
    void setTitle(const QString &title);
    void setLineWidth(qreal width);

    void clear(); // lines, thresholds and bands
    void addLine(const QString &name, std::shared_ptr<const series::TimeSeries> series, const QColor &color,
                 bool dashed = false);
    void addThreshold(const QString &name, double y, const QColor &color);
    void setBands(const QList<Band> &bands);

    void setTimeRange(double from, double to); // the whole range; resets the zoom
    // Ticks on round numbers; with `step` (in data units) on its multiples instead.
    void setValueRange(double low, double high, double step = 0);
    void zoomTo(double from, double to);
    void resetZoom();
    bool isZoomed() const { return m_visibleFrom > m_from || m_visibleTo < m_to; }
    double visibleFrom() const { return m_visibleFrom; }
    double visibleTo() const { return m_visibleTo; }

    bool isReducing() const { return m_reducer.isBusy() || m_reducePending; }
    int drawnPoints() const; // points currently handed to the line series

signals:
    void visibleRangeChanged(double from, double to);
    void bandClicked(const QString &id);
    void reduced();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    struct Line
    {
        QString name;
        std::shared_ptr<const series::TimeSeries> data;
        QLineSeries *series = nullptr;
    };

    void applyPalette(); // light or dark, from the widget's palette
    void applyVisibleRange(double from, double to, bool notify);
    void updateTimeLabels();
    void updateBands();
    void scheduleReduce();
    void showTooltip(const QPoint &pos);
    QString formatValue(double v) const;
    QString formatTime(double t, bool seconds) const;

    QCategoryAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    SeriesReducer m_reducer;
    QList<Line> m_lines;
    QList<QLineSeries *> m_thresholds;
    QList<std::pair<Band, QAreaSeries *>> m_bands;
    QTimeZone m_zone = QTimeZone::utc();
    bool m_percent = false;
    double m_scale = 1; // 100 for percent: the axis has no label callback, so the points are scaled
    int m_decimals = 2;
    qreal m_lineWidth = 1.5;
    double m_from = 0, m_to = 1; // whole range
    double m_visibleFrom = 0, m_visibleTo = 1;
    double m_low = 0, m_high = 1;
    bool m_reducePending = false;
    // The chart as last drawn: a repaint with nothing changed (exposure, a page scrolled, a
    // tooltip or a rubber band over it) copies it instead of drawing thousands of points again.
    // Any change in the scene drops it.
    QPixmap m_frame;
    bool m_frameValid = false;
    bool m_updatingAxis = false;
    QPoint m_panStart;
    bool m_panning = false;
};

} // namespace sre
