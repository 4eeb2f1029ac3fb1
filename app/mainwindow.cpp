#include "mainwindow.h"

#include "alertcatalog.h"
#include "alertmanagerpoller.h"
#include "alertspage.h"
#include "datasourcehealth.h"
#include "filtertable.h"
#include "firingtab.h"
#include "incidentdeclarer.h"
#include "itemdatarole.h"
#include "oncallpage.h"
#include "oncallstatus.h"
#include "postmortempage.h"
#include "problemspanel.h"
#include "runbookpage.h"
#include "searchpalette.h"
#include "searchservice.h"
#include "settings.h"
#include "slopage.h"
#include "slorefresher.h"
#include "startuptrace.h"
#include "traynotifier.h"
#include "welcomepage.h"
#include "workspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <utility>

namespace sre {

namespace {

// A page's icon, with a copy in the selection's text colour for the selected row: by default the
// style tints the blue line icon with the blue of the selection, and it all but disappears. Made
// of pixmaps at 1x and 2x (the SVG engine keeps one added pixmap per mode, of one size only).
QIcon sidebarIcon(const QString &path, const QPalette &palette)
{
    const QIcon svg(path);
    QIcon icon;
    for (const int size : { 24, 48 }) {
        const QPixmap normal = svg.pixmap(size, size);
        icon.addPixmap(normal, QIcon::Normal);
        QPixmap selected = normal;
        QPainter painter(&selected);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(selected.rect(), palette.color(QPalette::HighlightedText));
        painter.end();
        icon.addPixmap(selected, QIcon::Selected);
    }
    return icon;
}

} // namespace

MainWindow::MainWindow(ws::Workspace &workspace, Settings &settings, DatasourceHealth &health, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_health(health)
    , m_sidebar(new QListWidget(this))
    , m_root(new QStackedWidget(this))
    , m_workArea(new QWidget(this))
    , m_welcome(new WelcomePage(settings, this))
    , m_pages(new QStackedWidget(this))
    , m_sloPage(new SloPage(workspace, settings, this))
    , m_postmortemPage(new PostmortemPage(workspace, this))
    , m_search(new SearchService(workspace, {}, this))
    , m_alerts(new AlertCatalog(workspace, this))
    , m_poller(new alerting::AlertmanagerPoller(this))
    , m_declarer(new IncidentDeclarer(workspace, settings, *m_poller, this))
    , m_palette(nullptr)
    , m_problemsDock(new QDockWidget(tr("Problems"), this))
    , m_workspaceLabel(new QLabel(this))
    , m_problemsLabel(new QLabel(this))
    , m_healthLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    resize(1280, 800);

    StartupTrace::mark("MainWindow: SLO and postmortem pages built");
    // The SLO page holds the refresher the other pages read, and the postmortem page looks for
    // unsaved text to restore at once: both are built with the window. The others wait behind
    // placeholders until first shown (ensurePage).
    const QList<std::pair<QWidget *, QString>> pages = {
        { m_sloPage, QStringLiteral(":/icons/slo.svg") },
        { m_postmortemPage, QStringLiteral(":/icons/postmortem.svg") },
        { new QWidget(this), QStringLiteral(":/icons/runbook.svg") },
        { new QWidget(this), QStringLiteral(":/icons/alerts.svg") },
        { new QWidget(this), QStringLiteral(":/icons/oncall.svg") },
    };
    const QStringList labels = { tr("SLOs"), tr("Postmortems"), tr("Runbooks"), tr("Alerts"), tr("On call") };
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setSpacing(2);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        m_pages->addWidget(pages[i].first);
        auto *item = new QListWidgetItem(sidebarIcon(pages[i].second, m_sidebar->palette()), labels[i], m_sidebar);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(labels[i]).arg(i + 1));
    }
    m_sidebar->setFixedWidth(m_sidebar->sizeHintForColumn(0) + 32);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        ensurePage(row);
        m_pages->setCurrentIndex(row);
    });
    m_sidebar->setCurrentRow(0);

    auto *layout = new QHBoxLayout(m_workArea);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    m_root->addWidget(m_welcome);
    m_root->addWidget(m_workArea);
    setCentralWidget(m_root);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openWorkspace);
    connect(m_welcome, &WelcomePage::message, this, [this](const QString &text) { statusBar()->showMessage(text); });

    auto *problems = new ProblemsPanel(workspace, m_problemsDock);
    m_problemsDock->setObjectName(QStringLiteral("ProblemsDock"));
    m_problemsDock->setWidget(problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();
    connect(problems, &ProblemsPanel::countChanged, this, &MainWindow::updateProblems);

    statusBar()->addWidget(m_workspaceLabel);
    statusBar()->addWidget(m_problemsLabel);
    m_oncallStatus = new OncallStatus(workspace, settings, this);
    statusBar()->addPermanentWidget(m_oncallStatus);
    connect(m_oncallStatus, &OncallStatus::settled, this, &MainWindow::maybeSettled);
    statusBar()->addPermanentWidget(m_healthLabel);
    m_healthLabel->setTextFormat(Qt::RichText);

    // Declare incident (from the alerts page): the draft is written off the GUI thread; then the
    // first alert's runbook gets the incident's checklist and the editor opens on the new file.
    connect(m_declarer, &IncidentDeclarer::failed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Declare incident"), tr("The incident was not declared: %1").arg(message));
    });
    connect(m_declarer, &IncidentDeclarer::declared, this,
            [this](const QString &id, const QString &path, const QString &runbook, const QStringList &warnings) {
                if (!runbook.isEmpty()) {
                    runbookPage()->openRunbook(runbook);
                    runbookPage()->startChecklist(id);
                }
                statusBar()->showMessage(
                    warnings.isEmpty()
                        ? tr("Declared %1 (%2)").arg(id, QDir::toNativeSeparators(path))
                        : tr("Declared %1 (%2); %3")
                              .arg(id, QDir::toNativeSeparators(path), warnings.join(QStringLiteral("; "))));
                showPage(QStringLiteral("postmortems"));
                m_postmortemPage->edit(path); // by file: the workspace's watcher adds it to the list
            });
    // The tray: a badge of firing unsilenced criticals and a message per new alert (none offscreen).
    auto *tray = new TrayNotifier(m_poller, &settings, this);
    connect(tray, &TrayNotifier::openAlertRequested, this, [this](const QString &fingerprint) {
        showPage(QStringLiteral("alerts"));
        m_alertsPage->showTab(AlertsPage::Firing);
        m_alertsPage->firingTab()->showAlert(fingerprint);
    });
    m_poller->setAuthor(settings.me());
    connect(&settings, &Settings::meChanged, this, [this] { m_poller->setAuthor(m_settings.me()); });
    // The search box finds alerts only Prometheus knows too.
    connect(m_alerts, &AlertCatalog::changed, this, [this] {
        std::vector<SearchService::AlertEntry> extra;
        for (const AlertCatalog::Entry &e : m_alerts->entries())
            if (!e.local())
                extra.push_back({ e.rule.name, e.rule.severity(), e.rule.group, e.sources.join(QStringLiteral(" + ")),
                                  rb::AlertRef { e.rule.name, e.rule.annotations, e.rule.file, e.rule.line } });
        m_search->setExtraAlerts(std::move(extra));
    });
    m_palette = new SearchPalette(*m_search, this);
    connect(m_palette, &SearchPalette::settled, this, &MainWindow::maybeSettled);
    connect(m_palette, &SearchPalette::activated, this, [this](const SearchService::Hit &hit) {
        switch (hit.kind) {
        case SearchService::Kind::Runbook: openRunbook(hit.path); break;
        case SearchService::Kind::Alert:
            if (!hit.path.isEmpty()) {
                openRunbook(hit.path, hit.anchor);
            } else {
                showPage(QStringLiteral("alerts"));
                m_alertsPage->showRules(hit.title);
            }
            break;
        case SearchService::Kind::Postmortem:
            showPage(QStringLiteral("postmortems"));
            if (auto *table = m_pages->widget(1)->findChild<FilterTable *>()) {
                table->setFilterText({});
                QAbstractItemModel *model = table->view()->model();
                const QModelIndexList found
                    = model->match(model->index(0, 0), FilePathRole, hit.path, 1, Qt::MatchExactly);
                if (!found.isEmpty())
                    table->view()->setCurrentIndex(found.first());
            }
            break;
        }
    });

    StartupTrace::mark("MainWindow: pages wired");
    createMenus();
    connect(&workspace, &ws::Workspace::configChanged, this, [this] {
        if (m_workspace.isOpen())
            showWorkArea();
        m_health.setDatasources(m_workspace.config().datasources);
        updateAlertmanagers();
        updateTitle();
    });
    connect(&health, &DatasourceHealth::changed, this, &MainWindow::updateHealth);
    connect(&health, &DatasourceHealth::firstCheckDone, this, &MainWindow::maybeSettled);
    connect(&workspace, &ws::Workspace::loaded, this, [this] {
        if (const QString id = std::exchange(m_pendingEdit, QString()); !id.isEmpty()) {
            showPage(QStringLiteral("postmortems"));
            if (!m_postmortemPage->edit(id))
                statusBar()->showMessage(tr("No postmortem %1 in this workspace").arg(id));
        }
    });
    connect(&workspace, &ws::Workspace::loaded, this, &MainWindow::maybeSettled);
    connect(m_postmortemPage, &PostmortemPage::settled, this, &MainWindow::maybeSettled);
    connect(m_postmortemPage, &PostmortemPage::recoveryAvailable, this, [this](const QStringList &ids) {
        statusBar()->showMessage(tr("Unsaved text of %1 is waiting: open Postmortems (Ctrl+2) to restore it")
                                     .arg(ids.join(QStringLiteral(", "))));
    });
    connect(m_sloPage->refresher(), &SloRefresher::finished, this, &MainWindow::maybeSettled);
    connect(&settings, &Settings::recentWorkspacesChanged, this, &MainWindow::rebuildRecentMenu);
    connect(m_sloPage, &SloPage::meetingModeChanged, this, &MainWindow::setMeetingMode);
    connect(m_sloPage, &SloPage::settled, this, &MainWindow::maybeSettled);
    connect(m_sloPage, &SloPage::postmortemRequested, this,
            [this](const QString &id) { selectItem(QStringLiteral("postmortems"), id); });
    connect(m_sloPage, &SloPage::runbookRequested, this, &MainWindow::openSloRunbook);
    updateTitle();
    updateHealth();
    // With no workspace to load, the welcome page is all there is: settled once laid out.
    QTimer::singleShot(0, this, &MainWindow::maybeSettled);
}

bool MainWindow::isSettled() const
{
    if (m_root->currentWidget() == m_welcome)
        return !m_workspace.isOpen() || !m_workspace.isLoading();
    const SloRefresher *r = m_sloPage->refresher();
    bool slosDone = m_workspace.slos().size() == 0
        || (!r->isRefreshing() && (r->lastSuccess().isValid() || !r->lastError().isEmpty()));
    // A datasource the health probe found down will not answer the SLO queries either: do not
    // wait for their retries.
    for (const DatasourceHealth::Entry &e : m_health.entries())
        if (e.name == r->datasourceName() && e.state == DatasourceHealth::State::Down)
            slosDone = true;
    const bool searchDone = !m_palette->isVisible() || m_palette->isSettled();
    return m_workspace.isOpen() && !m_workspace.isLoading() && m_health.allChecked() && slosDone && !m_sloPage->isBusy()
        && m_pendingEdit.isEmpty() && m_postmortemPage->isSettled() && searchDone
        && (currentPage() != u"alerts" || (m_alertsPage && m_alertsPage->isSettled()))
        && (currentPage() != u"oncall" || (m_oncallPage && m_oncallPage->isSettled())) && m_oncallStatus->isSettled();
}

// Polls the workspace's Alertmanagers; a reload that left them as they were keeps the snapshot.
void MainWindow::updateAlertmanagers()
{
    std::vector<DatasourceConfig> alertmanagers;
    for (const DatasourceConfig &d : m_workspace.config().datasources)
        if (d.type == DatasourceConfig::Type::Alertmanager)
            alertmanagers.push_back(d);
    if (alertmanagers == m_alertmanagers)
        return;
    m_alertmanagers = alertmanagers;
    m_poller->stop();
    m_poller->setDatasources(alertmanagers);
    if (!alertmanagers.empty())
        m_poller->setInterval(std::min_element(alertmanagers.begin(), alertmanagers.end(),
                                               [](const DatasourceConfig &a, const DatasourceConfig &b) {
                                                   return a.pollInterval < b.pollInterval;
                                               })
                                  ->pollInterval);
    if (m_poller->hasDatasources())
        m_poller->start();
}

void MainWindow::showSearch(const QString &text)
{
    m_palette->popup(text);
}

void MainWindow::openRunbook(const QString &path, const QString &anchor)
{
    showPage(QStringLiteral("runbooks"));
    m_runbookPage->openRunbook(path, anchor); // showPage built it
}

QStringList MainWindow::pageNames()
{
    return { QStringLiteral("slos"), QStringLiteral("postmortems"), QStringLiteral("runbooks"),
             QStringLiteral("alerts"), QStringLiteral("oncall") };
}

bool MainWindow::showPage(const QString &name)
{
    if (name == u"welcome") {
        m_root->setCurrentWidget(m_welcome);
        // Nothing to wait for: a screenshot can be taken once it has been laid out.
        QTimer::singleShot(0, this, &MainWindow::maybeSettled);
        return true;
    }
    // "alerts/silences": a page and one of its tabs.
    const QString page = name.section(u'/', 0, 0), tab = name.section(u'/', 1);
    const qsizetype index = pageNames().indexOf(page);
    const qsizetype tabIndex = AlertsPage::tabNames().indexOf(tab);
    if (index < 0 || (!tab.isEmpty() && (page != u"alerts" || tabIndex < 0)))
        return false;
    showWorkArea();
    m_sidebar->setCurrentRow(int(index));
    if (tabIndex >= 0)
        m_alertsPage->showTab(AlertsPage::Tab(tabIndex)); // built by showing the page
    return true;
}

QString MainWindow::currentPage() const
{
    if (m_root->currentWidget() == m_welcome)
        return QStringLiteral("welcome");
    return pageNames().value(m_pages->currentIndex());
}

void MainWindow::showWorkArea()
{
    m_root->setCurrentWidget(m_workArea);
}

bool MainWindow::selectItem(const QString &page, const QString &id)
{
    if (!showPage(page))
        return false;
    auto *table = m_pages->currentWidget()->findChild<FilterTable *>();
    if (!table)
        return false;
    for (int pass = 0; pass < 2; ++pass) {
        QSortFilterProxyModel *proxy = table->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex index = proxy->index(row, 0);
            if (index.data(IdRole).toString() == id) {
                table->view()->setCurrentIndex(index);
                table->view()->scrollTo(index);
                return true;
            }
        }
        table->setFilterText({}); // a filter may hide it
    }
    return false;
}

// An SLO's runbook as its spec wrote it: a URL opens in the system browser, a path (relative to
// the workspace, with an optional #anchor) in the runbook browser.
void MainWindow::openSloRunbook(const QString &runbook)
{
    const QUrl url(runbook);
    if (url.isValid() && !url.isRelative() && url.scheme() != u"file") {
        QDesktopServices::openUrl(url);
        return;
    }
    const QString local = url.isRelative() ? runbook.section(QLatin1Char('#'), 0, 0) : url.toLocalFile();
    const QString anchor = url.isRelative() ? runbook.section(QLatin1Char('#'), 1) : url.fragment();
    openRunbook(QDir::cleanPath(QDir(m_workspace.dir()).absoluteFilePath(local)), anchor);
}

void MainWindow::openWorkspace(const QString &dir)
{
    if (!m_postmortemPage->maybeClose())
        return;
    m_postmortemPage->showList();
    showOpening(dir);
    m_workspace.open(dir);
}

void MainWindow::showOpening(const QString &dir)
{
    showWorkArea();
    // The load's end reaches this thread through the event loop (onFinished), so "Loading" is
    // replaced by the workspace's name however fast the load is.
    m_workspaceLabel->setText(tr("Loading %1…").arg(dir));
    m_settings.addRecentWorkspace(dir);
    Session().setLastWorkspace(QDir(dir).absolutePath());
}

void MainWindow::editPostmortemWhenLoaded(const QString &idOrFile)
{
    m_pendingEdit = idOrFile;
}

void MainWindow::restoreSession()
{
    const Session session;
    restoreGeometry(session.windowGeometry());
    restoreState(session.windowState());
    // The page only: whether the welcome page or the work area shows depends on a workspace opening.
    if (const qsizetype index = pageNames().indexOf(session.lastPage()); index >= 0)
        m_sidebar->setCurrentRow(int(index));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_postmortemPage->maybeClose()) {
        event->ignore();
        return;
    }
    Session session;
    session.setWindow(saveGeometry(), saveState());
    session.setLastPage(pageNames().value(m_pages->currentIndex()));
    event->accept();
}

void MainWindow::updateTitle()
{
    const QString name = m_workspace.isOpen() ? m_workspace.config().name : QString();
    setWindowTitle(name.isEmpty() ? tr("SRE Console") : tr("%1 — SRE Console").arg(name));
    const ws::WorkspaceConfig &config = m_workspace.config();
    if (!m_workspace.isOpen())
        m_workspaceLabel->setText(tr("No workspace open — File ▸ Open Workspace (Ctrl+O)"));
    else if (!config.unknownTimezone.isEmpty())
        m_workspaceLabel->setText(
            tr("Workspace: %1 (UTC: \"%2\" in workspace.yaml is not a time zone)").arg(name, config.unknownTimezone));
    else
        m_workspaceLabel->setText(tr("Workspace: %1 (%2)").arg(name, config.timezone));
    if (m_workspace.isOpen() && config.readOnly)
        m_workspaceLabel->setText(m_workspaceLabel->text() + QStringLiteral(" — ") + tr("read-only"));
}

void MainWindow::updateProblems(int errors, int warnings)
{
    if (errors == 0 && warnings == 0) {
        m_problemsLabel->setText(tr("No problems"));
        return;
    }
    m_problemsLabel->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
                             + tr("%n warning(s)", nullptr, warnings));
    if (errors > 0)
        m_problemsDock->show();
}

void MainWindow::updateHealth()
{
    QStringList parts;
    for (const DatasourceHealth::Entry &e : m_health.entries()) {
        // Colour and words both carry the state, for colour-blind users and screenshots alike.
        QString color, text;
        switch (e.state) {
        case DatasourceHealth::State::Unknown:
            color = QStringLiteral("#888888");
            text = tr("%1: checking…").arg(e.name);
            break;
        case DatasourceHealth::State::Up:
            color = QStringLiteral("#2e7d32");
            text = e.version.isEmpty() ? tr("%1: up").arg(e.name) : tr("%1: up (v%2)").arg(e.name, e.version);
            break;
        case DatasourceHealth::State::Down:
            color = QStringLiteral("#c62828");
            text = tr("%1: unreachable").arg(e.name);
            break;
        }
        parts << QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(color, text.toHtmlEscaped());
    }
    m_healthLabel->setText(parts.isEmpty() ? tr("No datasources") : parts.join(QStringLiteral("&nbsp;&nbsp;")));
    QStringList tips;
    for (const DatasourceHealth::Entry &e : m_health.entries())
        tips << (e.error.isEmpty() ? QStringLiteral("%1 — %2").arg(e.name, e.url)
                                   : QStringLiteral("%1 — %2\n%3").arg(e.name, e.url, e.error));
    m_healthLabel->setToolTip(tips.join(QLatin1Char('\n')));
}

} // namespace sre
