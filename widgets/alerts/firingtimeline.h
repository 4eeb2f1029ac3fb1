#pragma once

#include "alerthistory.h"

#include <QTimeZone>
#include <QWidget>

namespace sre {

// One alert's firings across the history's period: a bar per firing (ongoing ones open to the
// right), day ticks in the history's zone, and a tooltip with each firing's start and length.
class FiringTimeline final : public QWidget
{
    Q_OBJECT
public:
    explicit FiringTimeline(QWidget *parent = nullptr);

    // `row` null: nothing selected.
    void setRow(const alerting::AlertHistoryRow *row, qint64 from, qint64 to, const QTimeZone &zone);
    const std::vector<alerting::Firing> &firings() const { return m_firings; }
    QRectF firingRect(const alerting::Firing &firing) const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF axis() const;

    QString m_title;
    std::vector<alerting::Firing> m_firings;
    qint64 m_from = 0, m_to = 0;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace sre
