#pragma once

// Finding and selecting rows of the Alerts page's views, for the GUI tests of the Alerts page.
#include "firingalertsmodel.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QTreeView>

namespace sre::testing {

// Selects just this row. (QAbstractItemView::setCurrentIndex() reads the keyboard modifiers, and
// QTest leaves Ctrl "held" after a Ctrl+C click: it would add to the selection.)
inline void selectOnly(QTreeView *view, const QModelIndex &index)
{
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

inline QModelIndex findGroup(QAbstractItemModel *model, const QString &alertname)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex g = model->index(r, FiringAlertsModel::Summary);
        if (g.data().toString().startsWith(alertname + u' '))
            return model->index(r, 0);
    }
    return {};
}

inline QString stateOf(QAbstractItemModel *model, const QModelIndex &group, const QString &instance)
{
    for (int r = 0; r < model->rowCount(group); ++r) {
        const QModelIndex labels = model->index(r, FiringAlertsModel::Labels, group);
        if (labels.data(Qt::ToolTipRole).toString().contains(QStringLiteral("instance=") + instance))
            return model->index(r, FiringAlertsModel::State, group).data().toString();
    }
    return QStringLiteral("<no row>");
}

} // namespace sre::testing
