#include "slooverviewdelegate.h"

#include "itemdatarole.h"
#include "slooverviewmodel.h"
#include "sloservicetreemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace sre {

QColor SloOverviewDelegate::statusColor(const QString &status)
{
    // Blue/orange/red are told apart by the common colour-blindness types; the word goes beside.
    if (status == u"ok")
        return QColor(0x2e, 0x7d, 0x32);
    if (status == u"warning")
        return QColor(0xe0, 0x8a, 0x00);
    if (status == u"critical")
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x80, 0x80, 0x80);
}

void SloOverviewDelegate::paintSparkline(QPainter *painter, const QRect &rect, const QList<double> &values,
                                         const QColor &color, const QPalette &palette)
{
    if (values.size() < 2)
        return;
    // 100 % at the top, 0 % (the exhausted line) drawn faintly; below zero runs to the bottom.
    double low = 0;
    for (double v : values)
        if (!std::isnan(v))
            low = std::min(low, v);
    const double high = 1.0;
    auto y = [&](double v) { return rect.bottom() - (std::clamp(v, low, high) - low) / (high - low) * rect.height(); };
    const double dx = double(rect.width()) / double(values.size() - 1);
    painter->setPen(QPen(palette.color(QPalette::Mid), 1, Qt::DotLine));
    painter->drawLine(QPointF(rect.left(), y(0)), QPointF(rect.right(), y(0)));
    QPainterPath path;
    bool started = false;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i])) {
            started = false;
            continue;
        }
        const QPointF p(rect.left() + dx * double(i), y(values[i]));
        if (started)
            path.lineTo(p);
        else
            path.moveTo(p);
        started = true;
    }
    painter->setPen(QPen(color.isValid() ? color : palette.color(QPalette::Text), 1.5));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
}

void SloOverviewDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    using C = SloServiceTreeModel;
    const int column = index.column();
    const bool service = index.data(IdRole).toString().isEmpty();
    QStyleOptionViewItem opt = option;
    if (service) // a service row: its name and aggregates in bold
        opt.font.setBold(true);
    if (column != C::BudgetRemaining && column != C::Status && column != C::Trend) {
        QStyledItemDelegate::paint(painter, opt, index);
        return;
    }
    initStyleOption(&opt, index);
    if (service)
        opt.font.setBold(true);
    const QString text = opt.text;
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool stale = index.data(SloOverviewModel::StaleRole).toBool();
    const QString status = index.data(StatusRole).toString();
    const QColor color = statusColor(status);
    const QRect r = opt.rect.adjusted(4, 4, -4, -4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (stale)
        painter->setOpacity(0.55);
    if (column == C::Trend) {
        paintSparkline(painter, r, index.data(SloOverviewModel::SparklineRole).value<QList<double>>(), color,
                       opt.palette);
    } else if (column == C::BudgetRemaining) {
        const QVariant fraction = index.data(SloOverviewModel::BudgetFractionRole);
        if (fraction.isValid()) {
            const double f = std::clamp(fraction.toDouble(), 0.0, 1.0);
            const QRect bar(r.left(), r.center().y() - 5, r.width() / 2, 10);
            painter->setPen(Qt::NoPen);
            painter->setBrush(opt.palette.color(QPalette::Mid));
            painter->drawRoundedRect(bar, 3, 3);
            painter->setBrush(fraction.toDouble() <= 0 ? statusColor(QStringLiteral("critical")) : color);
            painter->drawRoundedRect(QRect(bar.left(), bar.top(), int(bar.width() * f), bar.height()), 3, 3);
        }
        painter->setPen(
            opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(opt.font);
        painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter, text);
    } else {
        const int d = std::max(10, opt.fontMetrics.height() * 2 / 3);
        if (!status.isEmpty()) {
            const QRect dot(r.left(), r.center().y() - d / 2, d, d);
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            // Shape as well as colour: circle ok, triangle warning, square critical, ring no data.
            if (status == u"warning") {
                const QPolygon tri({ QPoint(dot.center().x(), dot.top()), dot.bottomLeft(), dot.bottomRight() });
                painter->drawPolygon(tri);
            } else if (status == u"critical") {
                painter->drawRect(dot);
            } else if (status == u"ok") {
                painter->drawEllipse(dot);
            } else {
                painter->setPen(QPen(color, 2));
                painter->setBrush(Qt::NoBrush);
                painter->drawEllipse(dot);
            }
        }
        painter->setPen(
            opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(opt.font);
        painter->drawText(r.adjusted(d + 6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    painter->restore();
}

} // namespace sre
