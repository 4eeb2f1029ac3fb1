#include "timechartview.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QDateTime>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>
#include <cmath>

namespace sre {

namespace {
constexpr double kMinSpan = 15 * 60; // seconds: zooming stops at a quarter of an hour

// Nice tick steps in seconds, with the label format each one reads best in.
struct TickStep
{
    qint64 seconds;
    const char *format;
};
constexpr TickStep kSteps[] = {
    { 300, "HH:mm" },       { 900, "HH:mm" },       { 1800, "HH:mm" },       { 3600, "HH:mm" },
    { 3 * 3600, "HH:mm" },  { 6 * 3600, "HH:mm" },  { 12 * 3600, "HH:mm" },  { 86400, "MM-dd" },
    { 2 * 86400, "MM-dd" }, { 7 * 86400, "MM-dd" }, { 14 * 86400, "MM-dd" }, { 28 * 86400, "yyyy-MM-dd" },
};
} // namespace

TimeChartView::TimeChartView(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_timeAxis(new QCategoryAxis)
    , m_valueAxis(new QValueAxis)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true); // the tooltip follows the pointer without a button held
    setMinimumHeight(160);
    QChart *c = chart();
    c->setMargins(QMargins(4, 4, 4, 4));
    c->legend()->setAlignment(Qt::AlignTop);
    c->setBackgroundRoundness(0);
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_timeAxis->setTruncateLabels(false);
    m_valueAxis->setTruncateLabels(false); // "125%" rather than "…" when the fonts are large (meeting mode)
    c->addAxis(m_timeAxis, Qt::AlignBottom);
    c->addAxis(m_valueAxis, Qt::AlignLeft);
    m_valueAxis->setTickCount(6);
    connect(m_timeAxis, &QCategoryAxis::rangeChanged, this, [this](qreal min, qreal max) {
        if (!m_updatingAxis) // a rubber band or QChart::zoom* moved it
            applyVisibleRange(min / 1000.0, max / 1000.0, true);
    });
    connect(&m_reducer, &SeriesReducer::reduced, this, [this](const QList<QList<QPointF>> &points) {
        for (qsizetype i = 0; i < m_lines.size() && i < points.size(); ++i) {
            if (m_scale == 1.0) {
                m_lines[i].series->replace(points[i]);
                continue;
            }
            QList<QPointF> scaled = points[i];
            for (QPointF &p : scaled)
                p.setY(p.y() * m_scale);
            m_lines[i].series->replace(scaled);
        }
        emit reduced();
    });
    // Before the view's own connection (made at the first change), so the frame is dropped before
    // the repaint the change asks for.
    connect(scene(), &QGraphicsScene::changed, this, [this] { m_frameValid = false; });
    setTimeRange(0, 86400);
    applyPalette();
}

void TimeChartView::paintEvent(QPaintEvent *event)
{
    QWidget *port = viewport();
    const qreal ratio = port->devicePixelRatioF();
    const QSize pixels = (QSizeF(port->size()) * ratio).toSize();
    if (!m_frameValid || m_frame.size() != pixels || m_frame.devicePixelRatio() != ratio) {
        m_frame = QPixmap(pixels);
        m_frame.setDevicePixelRatio(ratio);
        m_frame.fill(port->palette().color(port->backgroundRole()));
        QPainter painter(&m_frame);
        painter.setRenderHints(renderHints()); // render() leaves them as the painter has them
        render(&painter, QRectF(QPointF(0, 0), QSizeF(port->size())), port->rect());
        m_frameValid = true;
    }
    // Whole, clipped to what needs painting: pixel for pixel at any device pixel ratio.
    QPainter painter(port);
    painter.setClipRegion(event->region());
    painter.drawPixmap(QPointF(0, 0), m_frame);
}

void TimeChartView::applyPalette()
{
    // Follow the application's palette rather than a chart theme: a theme would also recolour
    // the series, whose colours carry meaning.
    const QPalette p = palette();
    QChart *c = chart();
    c->setBackgroundBrush(p.base());
    c->setBackgroundPen(Qt::NoPen);
    c->setTitleBrush(p.text());
    c->legend()->setLabelColor(p.color(QPalette::Text));
    for (QAbstractAxis *axis : c->axes()) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setLinePenColor(p.color(QPalette::Mid));
        QColor grid = p.color(QPalette::Text);
        grid.setAlpha(40);
        axis->setGridLineColor(grid);
    }
    setBackgroundBrush(p.window());
}

void TimeChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    // The view's own state (its background brush, the style, the fonts) is not in the scene: a
    // change of it does not drop the kept frame by itself.
    m_frameValid = false;
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void TimeChartView::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    updateTimeLabels();
}

void TimeChartView::setPercent(bool percent, int decimals, int axisDecimals)
{
    m_percent = percent;
    m_scale = percent ? 100.0 : 1.0;
    m_decimals = decimals;
    m_valueAxis->setLabelFormat(QStringLiteral("%.") + QString::number(axisDecimals)
                                + (percent ? QStringLiteral("f%%") : QStringLiteral("f")));
}

void TimeChartView::setTitle(const QString &title)
{
    chart()->setTitle(title);
}

void TimeChartView::setLineWidth(qreal width)
{
    m_lineWidth = width;
    for (const Line &l : std::as_const(m_lines)) {
        QPen pen = l.series->pen();
        pen.setWidthF(width);
        l.series->setPen(pen);
    }
    for (QLineSeries *t : std::as_const(m_thresholds)) {
        QPen pen = t->pen();
        pen.setWidthF(std::max(1.0, width * 0.75));
        t->setPen(pen);
    }
}

void TimeChartView::clear()
{
    for (const Line &l : std::as_const(m_lines))
        chart()->removeSeries(l.series), delete l.series;
    for (QLineSeries *t : std::as_const(m_thresholds))
        chart()->removeSeries(t), delete t;
    for (const auto &b : std::as_const(m_bands))
        chart()->removeSeries(b.second), delete b.second;
    m_lines.clear();
    m_thresholds.clear();
    m_bands.clear();
    m_reducer.setSeries({});
}

void TimeChartView::addLine(const QString &name, std::shared_ptr<const series::TimeSeries> data, const QColor &color,
                            bool dashed)
{
    auto *s = new QLineSeries;
    s->setName(name);
    QPen pen(color, m_lineWidth);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    s->setPen(pen);
    chart()->addSeries(s);
    s->attachAxis(m_timeAxis);
    s->attachAxis(m_valueAxis);
    m_lines.push_back({ name, std::move(data), s });
    // A hidden line is not reduced (it reads as empty); shown again, it is reduced anew.
    connect(s, &QXYSeries::visibleChanged, this, &TimeChartView::scheduleReduce);
    scheduleReduce();
}

void TimeChartView::addThreshold(const QString &name, double y, const QColor &color)
{
    auto *s = new QLineSeries;
    s->setName(name);
    QPen pen(color, std::max(1.0, m_lineWidth * 0.75), Qt::DotLine);
    s->setPen(pen);
    s->append(m_from * 1000.0, y * m_scale);
    s->append(m_to * 1000.0, y * m_scale);
    chart()->addSeries(s);
    s->attachAxis(m_timeAxis);
    s->attachAxis(m_valueAxis);
    m_thresholds << s;
}

void TimeChartView::setBands(const QList<Band> &bands)
{
    for (const auto &b : std::as_const(m_bands))
        chart()->removeSeries(b.second), delete b.second;
    m_bands.clear();
    for (const Band &band : bands) {
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setName(QCoreApplication::translate("sre::TimeChartView", "Incident"));
        QColor fill(0x9c, 0x27, 0xb0, 50); // purple: apart from every status colour
        area->setBrush(fill);
        area->setPen(QPen(QColor(0x9c, 0x27, 0xb0, 140), 1));
        chart()->addSeries(area);
        area->attachAxis(m_timeAxis);
        area->attachAxis(m_valueAxis);
        const QString id = band.id;
        connect(area, &QAreaSeries::clicked, this, [this, id] { emit bandClicked(id); });
        const QString tip = band.label;
        connect(area, &QAreaSeries::hovered, this, [this, tip](const QPointF &, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), tip, this);
        });
        m_bands.push_back({ band, area });
    }
    updateBands();
}

void TimeChartView::updateBands()
{
    // An incident of an hour is a hairline in a 90-day window: keep every band a few pixels wide,
    // so it can be seen and clicked.
    const double perPixel = (m_visibleTo - m_visibleFrom) / std::max(1.0, chart()->plotArea().width());
    bool legendShown = false;
    for (const auto &[band, area] : std::as_const(m_bands)) {
        double from = std::max(band.from, m_from);
        double to = std::min(band.to, m_to);
        const bool inRange = to > from;
        const double grow = std::max(0.0, 6 * perPixel - (to - from)) / 2;
        from -= grow;
        to += grow;
        area->upperSeries()->replace({ QPointF(from * 1000.0, m_high), QPointF(to * 1000.0, m_high) });
        area->lowerSeries()->replace({ QPointF(from * 1000.0, m_low), QPointF(to * 1000.0, m_low) });
        area->setVisible(inRange);
        // One legend entry for all incidents.
        for (QLegendMarker *m : chart()->legend()->markers(area))
            m->setVisible(inRange && !legendShown);
        legendShown = legendShown || inRange;
    }
}

void TimeChartView::setTimeRange(double from, double to)
{
    m_from = from;
    m_to = to > from ? to : from + 1;
    for (QLineSeries *t : std::as_const(m_thresholds)) {
        const double y = t->at(0).y();
        t->replace({ QPointF(m_from * 1000.0, y), QPointF(m_to * 1000.0, y) });
    }
    updateBands();
    applyVisibleRange(m_from, m_to, true);
}

void TimeChartView::setValueRange(double low, double high, double step)
{
    if (high <= low)
        high = low + 1;
    if (step > 0) {
        low = std::floor(low / step) * step;
        high = std::ceil(high / step) * step;
        m_valueAxis->setRange(low * m_scale, high * m_scale);
        m_valueAxis->setTickCount(int(std::lround((high - low) / step)) + 1);
    } else {
        m_valueAxis->setRange(low * m_scale, high * m_scale);
        m_valueAxis->setTickCount(6);
        m_valueAxis->applyNiceNumbers(); // ticks on round values
    }
    m_low = m_valueAxis->min();
    m_high = m_valueAxis->max();
    updateBands();
}

void TimeChartView::zoomTo(double from, double to)
{
    applyVisibleRange(from, to, true);
}

void TimeChartView::resetZoom()
{
    applyVisibleRange(m_from, m_to, true);
}

void TimeChartView::applyVisibleRange(double from, double to, bool notify)
{
    // Keep the span at least kMinSpan and inside the whole range.
    double span = std::clamp(to - from, std::min(kMinSpan, m_to - m_from), m_to - m_from);
    from = std::clamp(from, m_from, m_to - span);
    to = from + span;
    const bool changed = from != m_visibleFrom || to != m_visibleTo;
    m_visibleFrom = from;
    m_visibleTo = to;
    m_updatingAxis = true;
    m_timeAxis->setRange(from * 1000.0, to * 1000.0);
    m_valueAxis->setRange(m_low, m_high); // a rubber band never changes the values shown
    m_updatingAxis = false;
    updateTimeLabels();
    updateBands();
    scheduleReduce();
    if (changed && notify)
        emit visibleRangeChanged(from, to);
}

void TimeChartView::updateTimeLabels()
{
    m_updatingAxis = true;
    for (const QString &label : m_timeAxis->categoriesLabels())
        m_timeAxis->remove(label);
    const double span = m_visibleTo - m_visibleFrom;
    const int wanted = std::max(2, int(width() / 110));
    const TickStep *step = &kSteps[std::size(kSteps) - 1];
    for (const TickStep &s : kSteps)
        if (span / double(s.seconds) <= wanted) {
            step = &s;
            break;
        }
    // Ticks fall on round local times of the zone (midnight, the hour).
    const qint64 offset = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(qint64(m_visibleFrom), QTimeZone::utc()));
    const qint64 unit = std::min<qint64>(step->seconds, 86400);
    qint64 t = (qint64(std::ceil(m_visibleFrom)) + offset + unit - 1) / unit * unit - offset;
    int n = 0;
    for (; t <= m_visibleTo && n < 60; t += step->seconds, ++n) {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(t, m_zone);
        QString label = local.toString(QLatin1String(step->format));
        if (step->seconds < 86400 && local.time() == QTime(0, 0))
            label = local.toString(QStringLiteral("MM-dd"));
        // QCategoryAxis needs unique labels: a zero-width space keeps repeated times apart.
        while (m_timeAxis->categoriesLabels().contains(label))
            label += QChar(0x200B);
        m_timeAxis->append(label, double(t) * 1000.0);
    }
    m_timeAxis->setStartValue(m_visibleFrom * 1000.0);
    m_updatingAxis = false;
}

void TimeChartView::scheduleReduce()
{
    if (m_lines.isEmpty() || m_reducePending)
        return;
    m_reducePending = true;
    // Coalesce: a zoom drag or resize asks many times per frame; reduce once for the latest.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_reducePending = false;
            SeriesReducer::SeriesList visible;
            for (const Line &l : std::as_const(m_lines))
                visible.push_back(l.series->isVisible() ? l.data : nullptr);
            m_reducer.setSeries(std::move(visible));
            const int columns
                = std::max(50, int(chart()->plotArea().width() > 0 ? chart()->plotArea().width() : width()));
            m_reducer.request(m_visibleFrom, m_visibleTo, columns);
        },
        Qt::QueuedConnection);
}

int TimeChartView::drawnPoints() const
{
    int n = 0;
    for (const Line &l : m_lines)
        n += int(l.series->count());
    return n;
}

void TimeChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateTimeLabels();
    updateBands();
    scheduleReduce();
}

void TimeChartView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    const double span = m_visibleTo - m_visibleFrom;
    if (event->modifiers() & Qt::ShiftModifier) {
        const double shift = -steps * span * 0.1;
        applyVisibleRange(m_visibleFrom + shift, m_visibleTo + shift, true);
    } else {
        // Zoom around the time under the pointer.
        const double anchor = chart()->mapToValue(event->position()).x() / 1000.0;
        const double factor = std::pow(0.8, steps);
        const double a = std::clamp(anchor, m_visibleFrom, m_visibleTo);
        applyVisibleRange(a - (a - m_visibleFrom) * factor, a + (m_visibleTo - a) * factor, true);
    }
    event->accept();
}

void TimeChartView::keyPressEvent(QKeyEvent *event)
{
    const double span = m_visibleTo - m_visibleFrom;
    const double mid = (m_visibleFrom + m_visibleTo) / 2;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: applyVisibleRange(mid - span * 0.35, mid + span * 0.35, true); break;
    case Qt::Key_Minus: applyVisibleRange(mid - span, mid + span, true); break;
    case Qt::Key_Left: applyVisibleRange(m_visibleFrom - span * 0.2, m_visibleTo - span * 0.2, true); break;
    case Qt::Key_Right: applyVisibleRange(m_visibleFrom + span * 0.2, m_visibleTo + span * 0.2, true); break;
    case Qt::Key_0:
    case Qt::Key_Home: resetZoom(); break;
    default: QChartView::keyPressEvent(event); return;
    }
    event->accept();
}

void TimeChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panStart = event->pos();
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        resetZoom();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void TimeChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const double perPixel = (m_visibleTo - m_visibleFrom) / std::max(1.0, chart()->plotArea().width());
        const double shift = -(event->pos().x() - m_panStart.x()) * perPixel;
        m_panStart = event->pos();
        applyVisibleRange(m_visibleFrom + shift, m_visibleTo + shift, true);
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
    if (!(event->buttons() & Qt::LeftButton))
        showTooltip(event->pos());
}

void TimeChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = false;
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void TimeChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    resetZoom();
    event->accept();
}

QString TimeChartView::formatValue(double v) const
{
    if (std::isnan(v))
        return QCoreApplication::translate("sre::TimeChartView", "no data");
    if (m_percent)
        return QString::number(v * 100.0, 'f', m_decimals) + QStringLiteral(" %");
    return QString::number(v, 'f', m_decimals);
}

QString TimeChartView::formatTime(double t, bool seconds) const
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(qint64(t), m_zone);
    return local.toString(seconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss t") : QStringLiteral("yyyy-MM-dd HH:mm t"));
}

void TimeChartView::showTooltip(const QPoint &pos)
{
    if (!chart()->plotArea().contains(pos) || m_lines.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    const double t = chart()->mapToValue(pos).x() / 1000.0;
    QStringList lines;
    double shownTime = t;
    bool first = true;
    for (const Line &l : m_lines) {
        const series::TimeSeries &s = *l.data;
        if (s.empty())
            continue;
        // The nearest sample at or before the pointer: bucket values hold until the next one.
        auto it = std::upper_bound(s.t.begin(), s.t.end(), t);
        if (it == s.t.begin())
            continue;
        const std::size_t i = std::size_t(std::distance(s.t.begin(), it) - 1);
        if (first) {
            shownTime = s.t[i];
            first = false;
        }
        lines << QStringLiteral("%1: %2").arg(l.name, formatValue(s.v[i]));
    }
    for (const auto &[band, area] : m_bands)
        if (t >= band.from && t <= band.to)
            lines << band.label;
    if (lines.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    lines.prepend(formatTime(shownTime, false));
    QToolTip::showText(mapToGlobal(pos), lines.join(QLatin1Char('\n')), this);
}

} // namespace sre
