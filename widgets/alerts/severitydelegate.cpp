#include "severitydelegate.h"

#include "firingalertsmodel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace sre {

void SeverityDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    static const QColor colors[] = { QColor(0xc6, 0x28, 0x28), QColor(0xb2, 0x6a, 0x00), QColor(0x15, 0x65, 0xc0) };
    const int rank = index.data(FiringAlertsModel::SeverityRankRole).toInt();
    if (rank >= 0 && rank < 3)
        option->palette.setColor(QPalette::Text, colors[rank]);
    if (index.data(FiringAlertsModel::IsGroupRole).toBool())
        option->font.setBold(true);
}

bool SeverityDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                 const QModelIndex &index)
{
    // A cell cut short shows its whole text as a tooltip (the state's "until when", long labels).
    if (event->type() == QEvent::ToolTip && !index.data(Qt::ToolTipRole).isValid()) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = index.data().toString();
        if (!text.isEmpty() && QFontMetrics(opt.font).horizontalAdvance(text) > opt.rect.width() - 6) {
            QToolTip::showText(event->globalPos(), text, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace sre
