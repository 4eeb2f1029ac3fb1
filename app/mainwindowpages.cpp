// The pages built when first shown or asked for (MainWindow::ensurePage): Runbooks, Alerts and
// On call. Each is wired here, when it is built.
#include "alertcatalog.h"
#include "alertmanagerpoller.h"
#include "alertspage.h"
#include "incidentdeclarer.h"
#include "mainwindow.h"
#include "oncallpage.h"
#include "postmortempage.h"
#include "runbookpage.h"
#include "slopage.h"
#include "workspace.h"

#include <QStackedWidget>

namespace sre {

RunbookPage *MainWindow::runbookPage()
{
    ensurePage(RunbookIndex);
    return m_runbookPage;
}

AlertsPage *MainWindow::alertsPage()
{
    ensurePage(AlertsIndex);
    return m_alertsPage;
}

OncallPage *MainWindow::oncallPage()
{
    ensurePage(OncallIndex);
    return m_oncallPage;
}

QWidget *MainWindow::ensurePage(int index)
{
    switch (index) {
    case SloIndex: return m_sloPage;
    case PostmortemIndex: return m_postmortemPage;
    case RunbookIndex:
        if (!m_runbookPage) {
            m_runbookPage = new RunbookPage(m_workspace, this);
            installPage(index, m_runbookPage);
        }
        return m_runbookPage;
    case AlertsIndex:
        if (!m_alertsPage) {
            m_alertsPage = new AlertsPage(m_workspace, *m_alerts, *m_poller, m_settings, this);
            m_alertsPage->setSloSource(m_sloPage->model());
            connect(m_alertsPage, &AlertsPage::openRunbook, this, &MainWindow::openRunbook);
            connect(m_alertsPage, &AlertsPage::sloRequested, this, [this](const QString &id) {
                showPage(QStringLiteral("slos"));
                m_sloPage->openDetail(id);
            });
            connect(m_alertsPage, &AlertsPage::settled, this, &MainWindow::maybeSettled);
            connect(m_alertsPage, &AlertsPage::postmortemRequested, this,
                    [this](const QString &id) { selectItem(QStringLiteral("postmortems"), id); });
            connect(m_alertsPage, &AlertsPage::declareIncidentRequested, m_declarer, &IncidentDeclarer::declare);
            installPage(index, m_alertsPage);
        }
        return m_alertsPage;
    case OncallIndex:
        if (!m_oncallPage) {
            m_oncallPage = new OncallPage(m_workspace, m_settings, this);
            connect(m_oncallPage, &OncallPage::settled, this, &MainWindow::maybeSettled);
            installPage(index, m_oncallPage);
        }
        return m_oncallPage;
    default: return nullptr;
    }
}

// Puts a page built late where its placeholder was. Called before the stack shows `index`, so the
// placeholder is never the current widget here.
void MainWindow::installPage(int index, QWidget *page)
{
    QWidget *placeholder = m_pages->widget(index);
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(placeholder);
    placeholder->deleteLater();
}

} // namespace sre
