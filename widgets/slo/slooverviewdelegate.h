#pragma once

#include <QStyledItemDelegate>

namespace sre {

// Paints the overview's budget column as a bar with its number, and the status column with an
// icon-like mark and a word, so status never depends on colour alone, and the trend column as a
// sparkline of the budget remaining across the window.
class SloOverviewDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor statusColor(const QString &status);
    static void paintSparkline(QPainter *painter, const QRect &rect, const QList<double> &values, const QColor &color,
                               const QPalette &palette);
};

} // namespace sre
