#include "problemspanel.h"

#include "filtertable.h"
#include "storemodels.h"
#include "workspace.h"

#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace sre {

ProblemsPanel::ProblemsPanel(ws::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_table(new FilterTable(this))
{
    auto *model = new ProblemsModel(workspace, this);
    m_table->setModel(model, 1);
    m_table->setEmptyText(tr("No problems: every file of the workspace loaded."), tr("No problem matches the filter."));
    m_table->setPlaceholder(tr("Filter problems"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    connect(&workspace, &ws::Workspace::problemsChanged, this, [this, &workspace] {
        const Problems problems = workspace.problems();
        const auto errors
            = std::count_if(problems.cbegin(), problems.cend(), [](const Problem &p) { return p.isError(); });
        emit countChanged(int(errors), int(problems.size() - errors));
    });
}

int ProblemsPanel::problemCount() const
{
    return m_table->proxy()->sourceModel()->rowCount();
}

} // namespace sre
