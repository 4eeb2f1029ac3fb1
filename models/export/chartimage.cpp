#include "chartimage.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <array>
#include <cmath>
#include <limits>

namespace sre::exp {
namespace {

// A "nice" step (1, 2 or 5 × 10^n) giving about `count` intervals over span.
double niceStep(double span, int count)
{
    if (!(span > 0))
        return 1;
    const double raw = span / count;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : { 1.0, 2.0, 5.0 })
        if (raw <= m * mag)
            return m * mag;
    return 10 * mag;
}

struct TimeStep
{
    qint64 ms;
    const char *format;
};

// Time ticks on round local times: the first step giving at most `maxTicks` ticks.
TimeStep timeStep(qint64 spanMs, int maxTicks)
{
    constexpr qint64 m = 60'000, h = 60 * m, d = 24 * h;
    static const std::array<TimeStep, 12> steps { { { 5 * m, "HH:mm" },
                                                    { 15 * m, "HH:mm" },
                                                    { 30 * m, "HH:mm" },
                                                    { h, "HH:mm" },
                                                    { 3 * h, "HH:mm" },
                                                    { 6 * h, "MM-dd HH:mm" },
                                                    { 12 * h, "MM-dd HH:mm" },
                                                    { d, "MM-dd" },
                                                    { 2 * d, "MM-dd" },
                                                    { 7 * d, "MM-dd" },
                                                    { 14 * d, "MM-dd" },
                                                    { 28 * d, "yyyy-MM-dd" } } };
    for (const TimeStep &s : steps)
        if (spanMs / s.ms <= maxTicks)
            return s;
    return steps.back();
}

QString valueLabel(double v, double step, bool percent)
{
    const double shown = percent ? v * 100 : v;
    const double shownStep = percent ? step * 100 : step;
    const int decimals = shownStep >= 1 ? 0 : std::min(6, int(std::ceil(-std::log10(shownStep))));
    return QString::number(shown, 'f', decimals) + (percent ? QStringLiteral("%") : QString());
}

} // namespace

QImage renderChart(const ChartSpec &spec, QSize logicalSize, qreal scale)
{
    QImage image(logicalSize * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    font.setPixelSize(12);
    p.setFont(font);
    const QFontMetricsF fm(font);

    // Data ranges.
    qint64 x0 = std::numeric_limits<qint64>::max(), x1 = std::numeric_limits<qint64>::min();
    double y0 = std::numeric_limits<double>::infinity(), y1 = -y0;
    for (const ChartLine &l : spec.lines)
        for (const QPointF &pt : l.points) {
            x0 = std::min(x0, qint64(pt.x()));
            x1 = std::max(x1, qint64(pt.x()));
            if (std::isfinite(pt.y())) {
                y0 = std::min(y0, pt.y());
                y1 = std::max(y1, pt.y());
            }
        }
    for (const ChartThreshold &t : spec.thresholds) {
        y0 = std::min(y0, t.y);
        y1 = std::max(y1, t.y);
    }
    if (x0 > x1) { // no data: an empty frame with the title
        x0 = 0;
        x1 = 1;
    }
    if (x1 == x0)
        x1 = x0 + 1;
    if (!std::isfinite(y0)) {
        y0 = 0;
        y1 = 1;
    }
    if (y1 == y0) {
        y0 -= 0.5 * std::max(1e-9, std::abs(y0));
        y1 += 0.5 * std::max(1e-9, std::abs(y1));
    } else {
        const double margin = (y1 - y0) * 0.05;
        y0 -= margin;
        y1 += margin;
    }
    if (spec.yMin)
        y0 = *spec.yMin;
    if (spec.yMax)
        y1 = *spec.yMax;
    const double yStep = niceStep(y1 - y0, 5);

    // Layout.
    const double top = spec.title.isEmpty() ? 10 : fm.height() + 14;
    double labelWidth = 0;
    for (double v = std::ceil(y0 / yStep) * yStep; v <= y1 + yStep * 1e-9; v += yStep)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(valueLabel(v, yStep, spec.percent)));
    const QRectF plot(QPointF(labelWidth + 14, top),
                      QPointF(logicalSize.width() - 12, logicalSize.height() - fm.height() - 12));
    auto px = [&](double x) { return plot.left() + (x - double(x0)) / double(x1 - x0) * plot.width(); };
    auto py = [&](double y) { return plot.bottom() - (y - y0) / (y1 - y0) * plot.height(); };

    if (!spec.title.isEmpty()) {
        QFont bold = font;
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(QColor(0x20, 0x20, 0x20));
        p.drawText(QPointF(plot.left(), fm.ascent() + 4), spec.title);
        p.setFont(font);
    }

    // Incident bands under everything else.
    p.setClipRect(plot);
    for (const ChartBand &b : spec.bands) {
        const QRectF r(QPointF(px(double(b.fromMs)), plot.top()), QPointF(px(double(b.toMs)), plot.bottom()));
        p.fillRect(r.normalized(), QColor(230, 120, 30, 50));
        p.setPen(QColor(180, 80, 10));
        p.drawText(r.adjusted(3, 2, 200, 0), Qt::AlignLeft | Qt::AlignTop, b.label);
    }
    p.setClipping(false);

    // Grid and axes.
    p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1));
    QPen text(QColor(0x55, 0x55, 0x55));
    for (double v = std::ceil(y0 / yStep) * yStep; v <= y1 + yStep * 1e-9; v += yStep) {
        const double y = py(v);
        p.setPen(QPen(QColor(0xe4, 0xe4, 0xe4), 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(text);
        p.drawText(QRectF(0, y - fm.height() / 2, labelWidth + 8, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   valueLabel(v, yStep, spec.percent));
    }
    const TimeStep ts = timeStep(x1 - x0, std::max(2, int(plot.width() / 110)));
    // First tick: round local time (offset of the zone at the start).
    const qint64 offsetMs = qint64(spec.zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(x0, Qt::UTC))) * 1000;
    qint64 tick = ((x0 + offsetMs + ts.ms - 1) / ts.ms) * ts.ms - offsetMs;
    for (; tick <= x1; tick += ts.ms) {
        const double x = px(double(tick));
        p.setPen(QPen(QColor(0xee, 0xee, 0xee), 1));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(text);
        const QString label = QDateTime::fromMSecsSinceEpoch(tick, spec.zone).toString(QLatin1String(ts.format));
        const double w = fm.horizontalAdvance(label);
        p.drawText(QPointF(std::clamp(x - w / 2, 0.0, logicalSize.width() - w), plot.bottom() + fm.ascent() + 4),
                   label);
    }
    p.setPen(QPen(QColor(0x88, 0x88, 0x88), 1));
    p.drawRect(plot);

    // Thresholds.
    p.setClipRect(plot.adjusted(-1, -1, 1, 1));
    for (const ChartThreshold &t : spec.thresholds) {
        const double y = py(t.y);
        p.setPen(QPen(t.color.isValid() ? t.color : QColor(200, 0, 0), 1.5, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        if (!t.label.isEmpty())
            p.drawText(QPointF(plot.left() + 4, y - 3), t.label);
    }

    // Lines; a non-finite y breaks the line.
    for (const ChartLine &l : spec.lines) {
        QPainterPath path;
        bool pen = false;
        for (const QPointF &pt : l.points) {
            if (!std::isfinite(pt.y())) {
                pen = false;
                continue;
            }
            const QPointF d(px(pt.x()), py(pt.y()));
            if (pen)
                path.lineTo(d);
            else
                path.moveTo(d);
            pen = true;
        }
        p.setPen(QPen(l.color.isValid() ? l.color : QColor(30, 90, 200), 2, l.dashed ? Qt::DashLine : Qt::SolidLine,
                      Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(path);
    }
    p.setClipping(false);

    // Legend, top right, when there is more than one line.
    if (spec.lines.size() > 1) {
        double x = logicalSize.width() - 12;
        for (auto it = spec.lines.crbegin(); it != spec.lines.crend(); ++it) {
            const double w = fm.horizontalAdvance(it->label);
            x -= w;
            p.setPen(text);
            p.drawText(QPointF(x, fm.ascent() + 4), it->label);
            x -= 22;
            p.setPen(QPen(it->color.isValid() ? it->color : QColor(30, 90, 200), 2,
                          it->dashed ? Qt::DashLine : Qt::SolidLine));
            p.drawLine(QPointF(x, fm.height() / 2 + 4), QPointF(x + 16, fm.height() / 2 + 4));
            x -= 12;
        }
    }
    if (!spec.yLabel.isEmpty()) {
        p.setPen(text);
        p.drawText(QPointF(plot.left() + 4, plot.top() + fm.ascent() + 2), spec.yLabel);
    }
    return image;
}

} // namespace sre::exp
