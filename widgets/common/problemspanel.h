#pragma once

#include <QWidget>

namespace sre {
namespace ws {
class Workspace;
}
class FilterTable;

// Every problem found while loading the workspace, as "file:line: message" rows.
class ProblemsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(ws::Workspace &workspace, QWidget *parent = nullptr);
    int problemCount() const;

signals:
    void countChanged(int errors, int warnings);

private:
    FilterTable *m_table;
};

} // namespace sre
