#include "runbookpage.h"

#include "filtertable.h"
#include "itemdatarole.h"
#include "markdownview.h"
#include "storemodels.h"
#include "workspace.h"

#include <QFile>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace sre {

RunbookPage::RunbookPage(ws::Workspace &workspace, QWidget *parent)
    : ListPage(tr("Runbooks"), parent)
    , m_workspace(workspace)
    , m_view(new MarkdownView(this))
{
    setObjectName(QStringLiteral("runbooks"));
    table()->setModel(createRunbookListModel(workspace, this), 1);
    table()->setEmptyText(
        tr("No runbooks found.\nAdd Markdown files under runbooks/ or list folders in runbook_paths."),
        tr("No runbook matches the filter."));
    table()->setPlaceholder(tr("Filter runbooks by title, path, alert or service (Ctrl+F)"));
    setDetail(m_view);
    connect(table()->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &index) { showFile(index.data(FilePathRole).toString()); });
    connect(m_view, &MarkdownView::localLinkActivated, this, [this](const QString &path) { selectFile(path); });
    connect(m_view, &MarkdownView::linkRefused, this,
            [this](const QString &, const QString &reason) { setSummary(tr("Link not followed: %1").arg(reason)); });
    auto update = [this] {
        m_view->setAllowedRoots(m_workspace.config().runbookPaths);
        setSummary(tr("%n runbook(s)", nullptr, int(m_workspace.runbooks().size())) + QStringLiteral(" · ")
                   + tr("%n folder(s)", nullptr, int(m_workspace.config().runbookPaths.size())));
    };
    connect(&workspace.runbooks(), &ws::StoreBase::changed, this, update);
    update();
    showFile({});
}

void RunbookPage::showFile(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        m_view->showMessage(path.isEmpty() ? tr("Select a runbook to read it.")
                                           : tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    m_view->showMarkdown(file.read(4 * 1024 * 1024), path);
}

void RunbookPage::selectFile(const QString &path)
{
    QSortFilterProxyModel *proxy = table()->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, 0);
        if (index.data(FilePathRole).toString() == path) {
            table()->view()->setCurrentIndex(index);
            return;
        }
    }
    showFile(path); // filtered out: show it anyway
}

} // namespace sre
