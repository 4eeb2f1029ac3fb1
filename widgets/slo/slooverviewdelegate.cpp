#include "slooverviewdelegate.h"

#include "itemdatarole.h"
#include "slooverviewmodel.h"

#include <QApplication>
#include <QPainter>

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

void SloOverviewDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int column = index.column();
    if (column != SloOverviewModel::BudgetRemaining && column != SloOverviewModel::Status) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
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
    if (column == SloOverviewModel::BudgetRemaining) {
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
        painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter, text);
    } else {
        if (!status.isEmpty()) {
            const int d = 10;
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
        painter->drawText(r.adjusted(16, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    painter->restore();
}

} // namespace sre
