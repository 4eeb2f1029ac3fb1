#include "firingtimeline.h"

#include "duration.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace sre {

FiringTimeline::FiringTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("firingTimeline"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void FiringTimeline::setRow(const alerting::AlertHistoryRow *row, qint64 from, qint64 to, const QTimeZone &zone)
{
    m_title = row ? row->seriesText() : QString();
    m_firings = row ? row->firings : std::vector<alerting::Firing>();
    m_from = from;
    m_to = to;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    update();
}

QSize FiringTimeline::sizeHint() const
{
    return { 500, fontMetrics().height() * 6 };
}

QRectF FiringTimeline::axis() const
{
    const int line = fontMetrics().height();
    return QRectF(8, line + 8, std::max(1, width() - 16), std::max(line, height() - 3 * line - 12));
}

QRectF FiringTimeline::firingRect(const alerting::Firing &f) const
{
    const QRectF a = axis();
    const double span = double(std::max<qint64>(1, m_to - m_from));
    const auto x = [&](qint64 t) { return a.left() + a.width() * std::clamp(double(t - m_from) / span, 0.0, 1.0); };
    // At least two pixels: a five-minute firing in thirty days must still show.
    const double left = x(f.start), right = std::max(x(f.end), left + 2);
    return QRectF(left, a.top(), right - left, a.height());
}

bool FiringTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (const alerting::Firing &f : m_firings)
            if (firingRect(f).adjusted(-2, 0, 2, 0).contains(help->pos())) {
                const QDateTime start = QDateTime::fromSecsSinceEpoch(f.start, m_zone);
                QString tip
                    = tr("Fired %1 (%2), for %3")
                          .arg(QLocale().toString(start, QStringLiteral("yyyy-MM-dd HH:mm")),
                               QString::fromUtf8(m_zone.id()), formatDuration(std::chrono::seconds(f.duration())));
                if (f.ongoing)
                    tip += QLatin1Char('\n') + tr("Still firing at the end of the period.");
                if (f.clippedStart && f.activeSince > 0)
                    //: %1: date and time the alert became active (ALERTS_FOR_STATE), %2: how long before the period
                    tip += QLatin1Char('\n')
                        + tr("Already firing when the period began: active since %1, %2 earlier.")
                              .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(f.activeSince, m_zone),
                                                      QStringLiteral("yyyy-MM-dd HH:mm")),
                                   formatDuration(std::chrono::seconds(f.start - f.activeSince)));
                else if (f.clippedStart)
                    tip += QLatin1Char('\n') + tr("Already firing when the period began.");
                QToolTip::showText(help->globalPos(), tip, this);
                return true;
            }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void FiringTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const QRectF a = axis();
    p.fillRect(rect(), pal.color(QPalette::Base));
    if (m_title.isEmpty() || m_to <= m_from) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Select an alert to see when it fired."));
        return;
    }
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRectF(8, 4, width() - 16, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(tr("%1: %n firing(s)", nullptr, int(m_firings.size())).arg(m_title), Qt::ElideMiddle,
                             width() - 16));
    p.fillRect(a, pal.color(QPalette::AlternateBase));
    // Day ticks at local midnight; a label every few days so they never collide.
    const QDate first = QDateTime::fromSecsSinceEpoch(m_from, m_zone).date();
    const int days = int((m_to - m_from) / 86400) + 1;
    const int every
        = std::max(1, int(std::ceil(days * (fm.horizontalAdvance(QStringLiteral("00/00")) + 12) / a.width())));
    for (int d = 0; d <= days; ++d) {
        const qint64 t = first.addDays(d).startOfDay(m_zone).toSecsSinceEpoch();
        if (t < m_from || t > m_to)
            continue;
        const double x = a.left() + a.width() * double(t - m_from) / double(m_to - m_from);
        p.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DotLine));
        p.drawLine(QPointF(x, a.top()), QPointF(x, a.bottom() + 3));
        const QString label = QLocale().toString(first.addDays(d), QStringLiteral("M/d"));
        if (d % every == 0 && x + 2 + fm.horizontalAdvance(label) <= a.right()) {
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QPointF(x + 2, a.bottom() + fm.ascent() + 4), label);
        }
    }
    const QColor firing(0xc6, 0x28, 0x28);
    for (const alerting::Firing &f : m_firings)
        p.fillRect(firingRect(f), f.ongoing ? firing.lighter(130) : firing);
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRectF(8, a.bottom() + fm.height() + 6, width() - 16, fm.height()), Qt::AlignRight,
               tr("Days in %1").arg(QString::fromUtf8(m_zone.id())));
}

} // namespace sre
