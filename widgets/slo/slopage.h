#pragma once

#include "listpage.h"

class QLabel;
class QTextBrowser;
class QToolButton;

namespace sre {
namespace ws {
class Workspace;
}
class SloOverviewModel;
class SloRefresher;
class Settings;

// The SLO page: every SLO of the workspace with live numbers (SLI, budget remaining, burn rates,
// status), refreshed without blocking; the selected SLO's definition and counts beside it.
class SloPage final : public ListPage
{
    Q_OBJECT
public:
    SloPage(ws::Workspace &workspace, Settings &settings, QWidget *parent = nullptr);

    SloOverviewModel *model() const { return m_model; }
    SloRefresher *refresher() const { return m_refresher; }

private:
    void showCurrent();
    void updateSummary();
    void updateFreshness();

    ws::Workspace &m_workspace;
    SloOverviewModel *m_model;
    SloRefresher *m_refresher;
    QTextBrowser *m_detail;
    QLabel *m_banner;
    QLabel *m_updated;
    QToolButton *m_refresh;
};

} // namespace sre
