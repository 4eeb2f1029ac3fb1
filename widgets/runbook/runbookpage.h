#pragma once

#include "listpage.h"

namespace sre {
namespace ws {
class Workspace;
}
class MarkdownView;

// The runbook page: every runbook under the workspace's runbook folders, rendered safely.
class RunbookPage final : public ListPage
{
    Q_OBJECT
public:
    explicit RunbookPage(ws::Workspace &workspace, QWidget *parent = nullptr);

private:
    void showFile(const QString &path);
    void selectFile(const QString &path);

    ws::Workspace &m_workspace;
    MarkdownView *m_view;
};

} // namespace sre
