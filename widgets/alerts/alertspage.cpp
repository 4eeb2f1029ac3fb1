#include "alertspage.h"

#include "alertmanagerpoller.h"
#include "filtertable.h"
#include "firingalertsmodel.h"
#include "firingtab.h"
#include "historytab.h"
#include "rulestab.h"
#include "silencestab.h"
#include "slooverviewmodel.h"
#include "workspace.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPointer>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sre {

AlertsPage::AlertsPage(ws::Workspace &workspace, AlertCatalog &catalog, alerting::AlertmanagerPoller &poller,
                       Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_poller(poller)
    , m_tabs(new QTabWidget(this))
    , m_firing(new FiringTab(workspace, poller, settings, this))
    , m_silences(new SilencesTab(workspace, poller, settings, this))
    , m_rules(new AlertRulesTab(workspace, catalog, this))
    , m_history(new HistoryTab(workspace, catalog, this))
{
    setObjectName(QStringLiteral("alerts"));
    m_tabs->setObjectName(QStringLiteral("alertTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_firing, tr("Firing now"));
    m_tabs->addTab(m_silences, tr("Silences"));
    m_tabs->addTab(m_rules, tr("Rules"));
    m_tabs->addTab(m_history, tr("History"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_firing, &FiringTab::openRunbook, this, &AlertsPage::openRunbook);
    connect(m_firing, &FiringTab::sloRequested, this, &AlertsPage::sloRequested);
    connect(m_firing, &FiringTab::postmortemRequested, this, &AlertsPage::postmortemRequested);
    connect(m_firing, &FiringTab::declareIncidentRequested, this, &AlertsPage::declareIncidentRequested);
    connect(m_firing, &FiringTab::settled, this, &AlertsPage::settled);
    connect(m_rules, &AlertRulesTab::openRunbook, this, &AlertsPage::openRunbook);
    connect(m_rules, &AlertRulesTab::postmortemRequested, this, &AlertsPage::postmortemRequested);
    connect(&poller, &alerting::AlertmanagerPoller::snapshotChanged, this, [this] {
        updateTabTitles();
        emit settled();
    });
    updateTabTitles();
}

QStringList AlertsPage::tabNames()
{
    return { QStringLiteral("firing"), QStringLiteral("silences"), QStringLiteral("rules"), QStringLiteral("history") };
}

void AlertsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

AlertsPage::Tab AlertsPage::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void AlertsPage::showRules(const QString &filter)
{
    showTab(Rules);
    m_rules->table()->setFilterText(filter);
}

void AlertsPage::setSloSource(const SloOverviewModel *model)
{
    QPointer<const SloOverviewModel> source(model);
    const auto update = [this, source] {
        if (source)
            m_firing->setSloNumbers([source](const QString &id) { return source->evaluation(id); });
    };
    connect(model, &QAbstractItemModel::dataChanged, this, update);
    connect(model, &QAbstractItemModel::modelReset, this, update);
    update();
}

bool AlertsPage::isSettled() const
{
    // A poll that failed has answered too: the banner says so.
    const alerting::AlertSnapshot s = m_poller.snapshot();
    return (!m_poller.hasDatasources() || s.fetchedAt.isValid() || !s.errors.isEmpty()) && m_firing->isSettled();
}

bool AlertsPage::event(QEvent *event)
{
    // On the live tabs F5 means "ask Alertmanager now", not the window's "reload the workspace".
    if ((event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) && currentTab() != Rules
        && currentTab() != History) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F5 && key->modifiers() == Qt::NoModifier) {
            if (event->type() == QEvent::KeyPress)
                m_poller.refreshNow();
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void AlertsPage::updateTabTitles()
{
    const int firing = m_firing->model()->visibleAlertCount();
    m_tabs->setTabText(Firing, firing > 0 ? tr("Firing now (%1)").arg(firing) : tr("Firing now"));
    const int silences = m_silences->activeCount();
    m_tabs->setTabText(Silences, silences > 0 ? tr("Silences (%1)").arg(silences) : tr("Silences"));
}

} // namespace sre
