#pragma once

#include "listpage.h"

class QLabel;

namespace sre {
namespace ws {
class Workspace;
}

// The alerts page: the workspace's alerting rules with their runbook links, and who is on call.
class AlertsPage final : public ListPage
{
    Q_OBJECT
public:
    explicit AlertsPage(ws::Workspace &workspace, QWidget *parent = nullptr);

private:
    void updateOncall();

    ws::Workspace &m_workspace;
    QLabel *m_oncall;
};

} // namespace sre
