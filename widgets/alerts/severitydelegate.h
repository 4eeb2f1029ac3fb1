#pragma once

#include <QStyledItemDelegate>

namespace sre {

// The Firing now view's cells: severity in colour as well as shape and word (the model gives the
// shape and the word), group rows in bold, and the whole text of a cell cut short as its tooltip.
class SeverityDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace sre
