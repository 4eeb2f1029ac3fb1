#pragma once

#include <QStyledItemDelegate>

namespace sre {

// Paints the overview's budget column as a bar with its number, and the status column with an
// icon-like mark and a word, so status never depends on colour alone.
class SloOverviewDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor statusColor(const QString &status);
};

} // namespace sre
