#include "oncalltimeline.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <functional>

namespace sre {

namespace {

constexpr int kMargin = 8;
constexpr int kGapBetweenRows = 6;

QColor gapColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

// A soft colour per person, the same for them in every row, so a handover reads at a glance.
QColor personColor(const QString &handle)
{
    static const QColor colors[]
        = { QColor(0x90, 0xca, 0xf9), QColor(0xa5, 0xd6, 0xa7), QColor(0xff, 0xe0, 0x82), QColor(0xce, 0x93, 0xd8),
            QColor(0x80, 0xcb, 0xc4), QColor(0xff, 0xcc, 0x80), QColor(0xb0, 0xbe, 0xc5), QColor(0xf4, 0x8f, 0xb1) };
    return colors[qHash(handle) % (sizeof colors / sizeof colors[0])];
}

} // namespace

OncallTimeline::OncallTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("oncallTimeline"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void OncallTimeline::setView(const OncallView &view)
{
    m_view = view;
    rebuild();
}

void OncallTimeline::setNow(const QDateTime &now)
{
    m_now = now;
    update();
}

void OncallTimeline::setMe(const QString &handle)
{
    m_me = handle;
    rebuild();
}

void OncallTimeline::setViewerZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    update();
}

void OncallTimeline::rebuild()
{
    m_bars.clear();
    for (size_t r = 0; r < m_view.rows.size(); ++r) {
        const OncallViewRow &row = m_view.rows[r];
        for (const alerting::Segment &s : row.segments) {
            Bar bar;
            bar.row = int(r);
            bar.rotation = row.rotation;
            bar.from = s.from;
            bar.to = s.to;
            bar.members = s.members;
            bar.kind = s.isGap() ? Kind::Gap : s.isOverride ? Kind::Override : Kind::Shift;
            bar.mine = !m_me.isEmpty() && std::any_of(s.members.begin(), s.members.end(), [this](const QString &h) {
                return h.compare(m_me, Qt::CaseInsensitive) == 0;
            });
            if (bar.kind == Kind::Gap) {
                bar.label = tr("Gap: nobody on call");
            } else {
                QStringList names;
                for (const QString &h : s.members)
                    names << m_view.config.displayName(h);
                bar.label = names.join(QStringLiteral(" + "));
            }
            m_bars.push_back(std::move(bar));
        }
    }
    updateGeometry();
    update();
}

int OncallTimeline::rowHeight() const
{
    return fontMetrics().height() * 2 + 4;
}

int OncallTimeline::headerHeight() const
{
    return fontMetrics().height() * 2 + 6;
}

int OncallTimeline::legendHeight() const
{
    return fontMetrics().height() + 2 * kMargin;
}

int OncallTimeline::labelWidth() const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    int w = 0;
    for (const OncallViewRow &row : m_view.rows)
        w = std::max(w, fm.horizontalAdvance(row.rotation) + 4);
    return std::min(w, 200) + 2 * kMargin;
}

QSize OncallTimeline::sizeHint() const
{
    const int rows = std::max<int>(1, int(m_view.rows.size()));
    return { 900,
             headerHeight() + rows * (rowHeight() + kGapBetweenRows) + fontMetrics().height() + 4 + legendHeight() };
}

QSize OncallTimeline::minimumSizeHint() const
{
    return { 400, sizeHint().height() };
}

QRectF OncallTimeline::axisRect() const
{
    const int rows = int(m_view.rows.size());
    return QRectF(labelWidth(), headerHeight(), std::max(1, width() - labelWidth() - kMargin),
                  rows * (rowHeight() + kGapBetweenRows));
}

double OncallTimeline::xFor(const QDateTime &t) const
{
    const QRectF axis = axisRect();
    const qint64 span = m_view.from.secsTo(m_view.to);
    if (span <= 0)
        return axis.left();
    const double f = std::clamp(double(m_view.from.secsTo(t)) / double(span), 0.0, 1.0);
    return axis.left() + f * axis.width();
}

QRectF OncallTimeline::barRect(const Bar &bar) const
{
    const double top = headerHeight() + bar.row * (rowHeight() + kGapBetweenRows);
    const double left = xFor(bar.from), right = xFor(bar.to);
    return QRectF(left, top, std::max(1.0, right - left), rowHeight());
}

QList<QDateTime> OncallTimeline::dayTicks() const
{
    QList<QDateTime> out;
    if (!m_view.from.isValid() || !m_view.to.isValid())
        return out;
    for (QDate d = m_view.from.toTimeZone(m_zone).date(); out.size() < 400; d = d.addDays(1)) {
        const QDateTime midnight = d.startOfDay(m_zone); // not 00:00 where DST skips it
        if (midnight >= m_view.to)
            break;
        if (midnight >= m_view.from)
            out << midnight;
    }
    return out;
}

QString OncallTimeline::when(const QDateTime &t, const QTimeZone &zone) const
{
    //: Date and time in tooltips of the on-call timeline (QDateTime format).
    return QLocale().toString(t.toTimeZone(zone), tr("ddd yyyy-MM-dd HH:mm"));
}

QString OncallTimeline::toolTipFor(const Bar &bar) const
{
    QString head = bar.kind == Kind::Gap ? tr("%1: nobody on call").arg(bar.rotation)
        : bar.kind == Kind::Override     ? tr("%1: %2 (override)").arg(bar.rotation, bar.label)
                                         : tr("%1: %2").arg(bar.rotation, bar.label);
    if (bar.mine)
        head += QLatin1Char('\n') + tr("This is your shift.");
    const qint64 secs = bar.from.secsTo(bar.to);
    const QString length = secs % 86400 == 0 ? tr("%n day(s)", nullptr, int(secs / 86400))
                                             : tr("%1 h %2 min").arg(secs / 3600).arg(secs % 3600 / 60);
    return tr("%1\n%2 – %3 (%4)\n%5 – %6 (UTC)\n%7")
        .arg(head, when(bar.from, m_zone), when(bar.to, m_zone), QString::fromUtf8(m_zone.id()),
             when(bar.from, QTimeZone::utc()), when(bar.to, QTimeZone::utc()), length);
}

const OncallTimeline::Bar *OncallTimeline::barAt(const QPointF &pos) const
{
    for (const Bar &b : m_bars)
        if (barRect(b).contains(pos))
            return &b;
    return nullptr;
}

bool OncallTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (const Bar *b = barAt(help->pos()))
            QToolTip::showText(help->globalPos(), toolTipFor(*b), this, barRect(*b).toRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void OncallTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRectF axis = axisRect();
    const QFontMetrics fm = fontMetrics();
    const QLocale locale;

    // Day ticks and their labels (weekday above the date), in the viewer's zone.
    const QList<QDateTime> ticks = dayTicks();
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        const double x = xFor(ticks[i]);
        p.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DotLine));
        p.drawLine(QPointF(x, axis.top() - 2), QPointF(x, axis.bottom()));
        const double next = i + 1 < ticks.size() ? xFor(ticks[i + 1]) : xFor(m_view.to);
        const QRectF cell(x + 3, 2, next - x - 4, headerHeight() - 4);
        const QDateTime local = ticks[i].toTimeZone(m_zone);
        p.setPen(local.date().dayOfWeek() >= 6 ? pal.color(QPalette::PlaceholderText) : pal.color(QPalette::Text));
        //: Day tick of the on-call timeline, first line (QDate format).
        const QString day = locale.toString(local.date(), tr("ddd"));
        //: Day tick of the on-call timeline, second line (QDate format).
        const QString date = locale.toString(local.date(), tr("M/d"));
        p.drawText(cell, Qt::AlignLeft | Qt::AlignTop, fm.elidedText(day, Qt::ElideRight, int(cell.width())));
        p.drawText(cell, Qt::AlignLeft | Qt::AlignBottom, fm.elidedText(date, Qt::ElideRight, int(cell.width())));
    }

    // Rotation names.
    p.setPen(pal.color(QPalette::Text));
    QFont bold = font();
    bold.setBold(true);
    for (size_t r = 0; r < m_view.rows.size(); ++r) {
        const QRectF cell(kMargin, axis.top() + double(r) * (rowHeight() + kGapBetweenRows), labelWidth() - kMargin,
                          rowHeight());
        p.setFont(bold);
        p.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetrics(bold).elidedText(m_view.rows[r].rotation, Qt::ElideRight, int(cell.width()) - 4));
    }
    p.setFont(font());

    for (const Bar &b : m_bars) {
        const QRectF rect = barRect(b).adjusted(0.5, 0.5, -0.5, -0.5);
        QColor fill, text = Qt::black;
        switch (b.kind) {
        case Kind::Gap:
            fill = gapColor();
            text = Qt::white;
            break;
        case Kind::Shift:
        case Kind::Override: fill = personColor(b.members.value(0)); break;
        }
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(rect, 3, 3);
        if (b.kind == Kind::Override) {
            p.setBrush(QBrush(QColor(0, 0, 0, 70), Qt::BDiagPattern));
            p.drawRoundedRect(rect, 3, 3);
            p.setPen(QPen(QColor(0x37, 0x47, 0x4f), 1.5, Qt::DashLine));
        } else if (b.kind == Kind::Gap) {
            p.setBrush(QBrush(QColor(255, 255, 255, 60), Qt::FDiagPattern));
            p.drawRoundedRect(rect, 3, 3);
            p.setPen(QPen(gapColor().darker(130), 1));
        } else {
            p.setPen(QPen(fill.darker(140), 1));
        }
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(rect, 3, 3);
        if (b.mine) {
            p.setPen(QPen(pal.color(QPalette::Highlight), 3));
            p.drawRoundedRect(rect.adjusted(1.5, 1.5, -1.5, -1.5), 3, 3);
        }
        // The name, and on a second line the start in the viewer's zone, where they fit.
        const QRectF inner = rect.adjusted(5, 2, -4, -2);
        if (inner.width() < fm.horizontalAdvance(QStringLiteral("M…")))
            continue;
        QFont f = font();
        f.setBold(b.mine);
        p.setFont(f);
        p.setPen(text);
        QString label = b.mine && b.kind != Kind::Gap ? tr("%1 (you)").arg(b.label) : b.label;
        // A short gap (a day in 14) cannot hold "Gap: nobody on call": the word says more than an elided half.
        if (b.kind == Kind::Gap && QFontMetrics(f).horizontalAdvance(label) > inner.width())
            label = tr("Gap", "the short label of a gap bar too narrow for the whole text");
        p.drawText(inner, Qt::AlignLeft | Qt::AlignTop,
                   QFontMetrics(f).elidedText(label, Qt::ElideRight, int(inner.width())));
        p.setFont(font());
        // A bar cut by the view's start says when it ends; others when they start.
        //: Time inside a bar of the on-call timeline (QDateTime format).
        const QString format = tr("ddd HH:mm");
        const bool clipped = b.from <= m_view.from;
        QString second = clipped ? tr("until %1").arg(locale.toString(b.to.toTimeZone(m_zone), format))
                                 : locale.toString(b.from.toTimeZone(m_zone), format);
        if (b.kind == Kind::Override) {
            const QString full = tr("%1 (override)").arg(second);
            second = fm.horizontalAdvance(full) <= inner.width() ? full : tr("override");
        }
        p.drawText(inner, Qt::AlignLeft | Qt::AlignBottom, fm.elidedText(second, Qt::ElideRight, int(inner.width())));
    }

    if (m_now.isValid() && m_now >= m_view.from && m_now < m_view.to) {
        const double x = xFor(m_now);
        const QColor nowColor(0xd8, 0x1b, 0x60);
        p.setPen(QPen(nowColor, 2));
        p.drawLine(QPointF(x, axis.top() - 4), QPointF(x, axis.bottom() + 2));
        p.setFont(bold);
        const QString now = tr("now");
        const int w = QFontMetrics(bold).horizontalAdvance(now) + 6;
        const QRectF tag(std::min(x - w / 2.0, width() - w - 1.0), axis.bottom() + 2, w, fm.height());
        p.fillRect(tag, nowColor);
        p.setPen(Qt::white);
        p.drawText(tag, Qt::AlignCenter, now);
        p.setFont(font());
    }

    paintLegend(p, QRect(int(axis.left()), int(axis.bottom()) + fm.height() + 4, int(axis.width()), legendHeight()));
}

void OncallTimeline::paintLegend(QPainter &p, const QRect &area) const
{
    const QFontMetrics fm = fontMetrics();
    const int box = fm.height();
    int x = area.left();
    const int y = area.top();
    const auto item = [&](const QString &text, const std::function<void(const QRectF &)> &paintBox) {
        const QRectF r(x, y, box * 1.6, box);
        paintBox(r);
        p.setPen(palette().color(QPalette::Text));
        p.setBrush(Qt::NoBrush);
        p.drawText(QPointF(r.right() + 4, y + fm.ascent()), text);
        x += int(r.width()) + 4 + fm.horizontalAdvance(text) + 16;
    };
    item(tr("Shift"), [&](const QRectF &r) {
        p.setPen(QPen(personColor({}).darker(140), 1));
        p.setBrush(personColor({}));
        p.drawRoundedRect(r, 2, 2);
    });
    item(tr("Override"), [&](const QRectF &r) {
        p.setPen(Qt::NoPen);
        p.setBrush(personColor({}));
        p.drawRoundedRect(r, 2, 2);
        p.setBrush(QBrush(QColor(0, 0, 0, 70), Qt::BDiagPattern));
        p.drawRoundedRect(r, 2, 2);
        p.setPen(QPen(QColor(0x37, 0x47, 0x4f), 1.5, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r, 2, 2);
    });
    item(tr("Gap (nobody on call)"), [&](const QRectF &r) {
        p.setPen(Qt::NoPen);
        p.setBrush(gapColor());
        p.drawRoundedRect(r, 2, 2);
    });
    item(m_me.isEmpty() ? tr("Your shifts") : tr("Your shifts (%1)").arg(m_me), [&](const QRectF &r) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 3));
        p.setBrush(palette().color(QPalette::Base));
        p.drawRoundedRect(r.adjusted(1.5, 1.5, -1.5, -1.5), 2, 2);
    });
}

} // namespace sre
