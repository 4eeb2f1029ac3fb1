#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QStandardItem;
class QStandardItemModel;
class QTabWidget;
class QTreeView;

namespace sre {
namespace ws {
class Workspace;
}
class ChecklistPanel;
class CoverageView;
class FilterTable;
class RunbookBrowser;

// The runbook page: a tree of every runbook folder (and a flat, filterable list) beside the
// browser that renders the selected runbook.
class RunbookPage final : public QWidget
{
    Q_OBJECT
public:
    explicit RunbookPage(ws::Workspace &workspace, QWidget *parent = nullptr);

    // Shows `path` (scrolled to `anchor`) and selects it in the tree.
    void openRunbook(const QString &path, const QString &anchor = {});
    RunbookBrowser *browser() const { return m_browser; }
    QTreeView *tree() const { return m_tree; }
    FilterTable *table() const { return m_table; }
    CoverageView *coverage() const { return m_coverage; }
    ChecklistPanel *checklist() const { return m_checklist; }
    // Starts the incident checklist of `incidentId` on the runbook shown.
    void startChecklist(const QString &incidentId);
    QTabWidget *tabs() const { return m_tabs; }

private:
    void rebuildTree();
    void selectInTree(const QString &path);
    void updateSummary();

    ws::Workspace &m_workspace;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTreeView *m_tree;
    QStandardItemModel *m_treeModel;
    FilterTable *m_table;
    RunbookBrowser *m_browser;
    CoverageView *m_coverage = nullptr;
    ChecklistPanel *m_checklist = nullptr;
    void chooseIncident();
    QHash<QString, QStandardItem *> m_itemByPath;
};

} // namespace sre
