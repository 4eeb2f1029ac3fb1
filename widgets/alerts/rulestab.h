#pragma once

#include "listpage.h"

class QLabel;

namespace sre {
namespace ws {
class Workspace;
}
class AlertCatalog;
class AlertCatalogModel;
class SeenBeforePanel;

// The Rules tab of the Alerts page: every alert of the rule files and of the Prometheus
// datasource, each with the runbook it resolves to (Enter, a double click or the link opens it),
// and who is on call.
class AlertRulesTab final : public ListPage
{
    Q_OBJECT
public:
    AlertRulesTab(ws::Workspace &workspace, AlertCatalog &catalog, QWidget *parent = nullptr);

    SeenBeforePanel *seenBefore() const { return m_seen; }

signals:
    void openRunbook(const QString &path, const QString &anchor);
    void postmortemRequested(const QString &id);

private:
    void updateOncall();
    void updateSummary();
    void showAlert(int sourceRow);

    ws::Workspace &m_workspace;
    AlertCatalog &m_catalog;
    AlertCatalogModel *m_model;
    QLabel *m_alert;
    QLabel *m_oncall;
    SeenBeforePanel *m_seen;
    int m_shownRow = -1;
};

} // namespace sre
