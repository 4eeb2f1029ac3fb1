#pragma once

#include <QWidget>
#include <array>

class QLabel;
class QTreeWidget;

namespace sre {
namespace ws {
class Workspace;
}

// Coverage of the workspace's alerts by its runbooks, as `srectl runbook coverage` reports it:
// alerts without a runbook, runbooks no alert points to, links and anchors that lead nowhere.
// Computed off the GUI thread whenever rules or runbooks change.
class CoverageView final : public QWidget
{
    Q_OBJECT
public:
    explicit CoverageView(ws::Workspace &workspace, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    bool isComputing() const { return m_computing; }
    // Sections' counts: alerts without a runbook, unreferenced runbooks, broken links.
    std::array<int, 3> counts() const { return m_counts; }

signals:
    // A finding or runbook was activated: show this file (the browser opens it).
    void openFile(const QString &path);
    void computed();

private:
    void recompute();

    ws::Workspace &m_workspace;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    quint64 m_generation = 0;
    bool m_computing = false;
    std::array<int, 3> m_counts { 0, 0, 0 };
};

} // namespace sre
