#pragma once

#include "listpage.h"

class QTextBrowser;

namespace sre {
namespace ws { class Workspace; }

// The SLO page: every SLO of the workspace, its definition beside it.
class SloPage final : public ListPage
{
    Q_OBJECT
public:
    explicit SloPage(ws::Workspace &workspace, QWidget *parent = nullptr);

private:
    void showCurrent();
    void updateSummary();

    ws::Workspace &m_workspace;
    QTextBrowser *m_detail;
};

} // namespace sre
