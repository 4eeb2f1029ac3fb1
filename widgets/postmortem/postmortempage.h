#pragma once

#include "listpage.h"

#include <memory>

class QListWidget;
class QToolButton;

namespace sre {
namespace ws {
class Workspace;
}
class MarkdownView;
struct PostmortemChecker;

// The postmortem page: every postmortem of the workspace, a preview of the selected one with its
// blameless-language and completeness findings, and "New from template".
class PostmortemPage final : public ListPage
{
    Q_OBJECT
public:
    explicit PostmortemPage(ws::Workspace &workspace, QWidget *parent = nullptr);
    ~PostmortemPage() override;

    void newPostmortem();

private:
    void showCurrent();
    void updateSummary();
    void reloadChecker();
    void checkCurrent();

    ws::Workspace &m_workspace;
    MarkdownView *m_preview;
    QListWidget *m_findings;
    QToolButton *m_new;
    std::shared_ptr<const PostmortemChecker> m_checker;
    quint64 m_generation = 0;
};

} // namespace sre
