#include "postmortempage.h"

#include "filtertable.h"
#include "itemdatarole.h"
#include "markdownview.h"
#include "storemodels.h"
#include "workspace.h"

#include <QItemSelectionModel>
#include <QTableView>

namespace sre {

PostmortemPage::PostmortemPage(ws::Workspace &workspace, QWidget *parent)
    : ListPage(tr("Postmortems"), parent)
    , m_workspace(workspace)
    , m_preview(new MarkdownView(this))
{
    setObjectName(QStringLiteral("postmortems"));
    table()->setModel(createPostmortemListModel(workspace, this), 4, Qt::DescendingOrder);
    table()->setEmptyText(tr("No postmortems yet.\nThey are Markdown files under postmortems/."),
                          tr("No postmortem matches the filter."));
    table()->setPlaceholder(tr("Filter postmortems by id, title, severity, status or service (Ctrl+F)"));
    setDetail(m_preview);
    connect(table()->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PostmortemPage::showCurrent);
    connect(&workspace.postmortems(), &ws::StoreBase::changed, this, &PostmortemPage::updateSummary);
    connect(&workspace, &ws::Workspace::configChanged, this,
            [this] { m_preview->setAllowedRoots({ m_workspace.dir() }); });
    updateSummary();
    showCurrent();
}

void PostmortemPage::updateSummary()
{
    int drafts = 0;
    for (const pm::Postmortem &p : m_workspace.postmortems().items())
        drafts += p.status == u"draft" ? 1 : 0;
    setSummary(tr("%n postmortem(s)", nullptr, int(m_workspace.postmortems().size())) + QStringLiteral(" · ")
               + tr("%n draft(s)", nullptr, drafts));
}

void PostmortemPage::showCurrent()
{
    const QModelIndex index = table()->view()->currentIndex();
    const pm::Postmortem *p = index.isValid() ? m_workspace.findPostmortem(index.data(IdRole).toString()) : nullptr;
    if (!p) {
        m_preview->showMessage(tr("Select a postmortem to read it."));
        return;
    }
    m_preview->showMarkdown(p->raw, p->file);
}

} // namespace sre
