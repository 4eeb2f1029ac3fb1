#pragma once

#include "oncallview.h"

#include <QTimeZone>
#include <QWidget>

namespace sre {

// The On-call page's timeline: one row per rotation, a bar per stretch with the same people on
// call (their display names), gaps in red and labelled, overrides hatched with a dashed outline,
// the user's own shifts outlined in the highlight colour, a "now" line, day ticks at midnight in
// the viewer's zone, and a legend. Tooltips give the exact times in the viewer's zone and in UTC.
class OncallTimeline final : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Shift, Override, Gap };
    struct Bar
    {
        int row = 0;
        QString rotation;
        QDateTime from, to; // clipped to the view
        QStringList members; // handles
        Kind kind = Kind::Shift;
        bool mine = false; // the "me" handle is among the members
        QString label; // what the bar says (display names, or "Gap")
    };

    explicit OncallTimeline(QWidget *parent = nullptr);

    void setView(const OncallView &view);
    void setNow(const QDateTime &now);
    void setMe(const QString &handle);
    void setViewerZone(const QTimeZone &zone);

    const std::vector<Bar> &bars() const { return m_bars; }
    // Where a bar is painted, in widget coordinates.
    QRectF barRect(const Bar &bar) const;
    // The x of an instant (clamped to the time axis).
    double xFor(const QDateTime &t) const;
    // Midnights of the viewer's zone inside the view, in order.
    QList<QDateTime> dayTicks() const;
    QString toolTipFor(const Bar &bar) const;
    // The bar under `pos`, or null.
    const Bar *barAt(const QPointF &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    void rebuild();
    QRectF axisRect() const; // the time axis' area (rows, without labels, header and legend)
    int labelWidth() const;
    int rowHeight() const;
    int headerHeight() const;
    int legendHeight() const;
    QString when(const QDateTime &t, const QTimeZone &zone) const;
    void paintLegend(QPainter &p, const QRect &area) const;

    OncallView m_view;
    QDateTime m_now;
    QString m_me;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    std::vector<Bar> m_bars;
};

} // namespace sre
