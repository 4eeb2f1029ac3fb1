#pragma once

#include "listpage.h"

namespace sre {
namespace ws {
class Workspace;
}
class MarkdownView;

// The postmortem page: every postmortem of the workspace and a preview of the selected one.
class PostmortemPage final : public ListPage
{
    Q_OBJECT
public:
    explicit PostmortemPage(ws::Workspace &workspace, QWidget *parent = nullptr);

private:
    void showCurrent();
    void updateSummary();

    ws::Workspace &m_workspace;
    MarkdownView *m_preview;
};

} // namespace sre
