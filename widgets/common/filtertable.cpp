#include "filtertable.h"

#include "itemdatarole.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

namespace sre {

FilterTable::FilterTable(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedLayout)
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortLocaleAware(true);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // the palette's disabled text: quiet, not an error

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addLayout(m_stack, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FilterTable::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FilterTable::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FilterTable::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FilterTable::updateEmptyState);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit activated(m_proxy->mapToSource(index)); });
    updateEmptyState();
}

void FilterTable::setModel(QAbstractItemModel *model, int sortColumn, Qt::SortOrder order)
{
    m_proxy->setSourceModel(model);
    m_view->sortByColumn(sortColumn, order);
    m_view->resizeColumnsToContents();
    connect(model, &QAbstractItemModel::modelReset, m_view, &QTableView::resizeColumnsToContents);
    // Something is always selected, so the detail pane beside the table is never blank.
    connect(model, &QAbstractItemModel::modelReset, this, &FilterTable::selectFirstIfNone, Qt::QueuedConnection);
    updateEmptyState();
}

void FilterTable::setEmptyText(const QString &noItems, const QString &noMatches)
{
    m_noItems = noItems;
    m_noMatches = noMatches;
    updateEmptyState();
}

void FilterTable::setPlaceholder(const QString &text)
{
    m_filter->setPlaceholderText(text);
}

QString FilterTable::filterText() const
{
    return m_filter->text();
}

void FilterTable::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void FilterTable::selectFirstIfNone()
{
    // A hidden page does not render its detail pane until it is shown (startup stays quick).
    if (!isVisible())
        return;
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void FilterTable::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    selectFirstIfNone();
}

void FilterTable::updateEmptyState()
{
    const bool sourceEmpty = !m_proxy->sourceModel() || m_proxy->sourceModel()->rowCount() == 0;
    const bool empty = m_proxy->rowCount() == 0;
    m_empty->setText(sourceEmpty ? m_noItems : m_noMatches);
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
}

} // namespace sre
