#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedLayout;
class QTableView;

namespace sre {

// A sortable table with a filter-as-you-type box and an empty state that says why it is empty,
// the building block of every list page.
class FilterTable final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterTable(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model, int sortColumn = 0, Qt::SortOrder order = Qt::AscendingOrder);
    void setEmptyText(const QString &noItems, const QString &noMatches);
    void setPlaceholder(const QString &text);

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QString filterText() const;
    void setFilterText(const QString &text);
    void selectFirstIfNone();

signals:
    void activated(const QModelIndex &sourceIndex);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateEmptyState();

    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_empty;
    QStackedLayout *m_stack;
    QSortFilterProxyModel *m_proxy;
    QString m_noItems;
    QString m_noMatches;
};

} // namespace sre
