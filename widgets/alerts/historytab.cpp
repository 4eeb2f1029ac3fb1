#include "historytab.h"

#include "alertcatalog.h"
#include "alerthistoryloader.h"
#include "firingtimeline.h"
#include "itemdatarole.h"
#include "noisiestalertsmodel.h"
#include "prometheusclient.h"
#include "runbookbrowser.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sre {

namespace {
constexpr qint64 kDay = 86400;
}

HistoryTab::HistoryTab(ws::Workspace &workspace, AlertCatalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_catalog(catalog)
    , m_loader(new AlertHistoryLoader(this))
    , m_model(new NoisiestAlertsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_period(new QComboBox(this))
    , m_refresh(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
    , m_timeline(new FiringTimeline(this))
    , m_runbook(new RunbookBrowser(this))
    , m_noRunbook(new QLabel(this))
{
    setObjectName(QStringLiteral("alertHistory"));
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->setCurrentIndex(1);
    m_period->setToolTip(tr("The period of the Noisiest alerts table"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Ask Prometheus again"));
    m_progress->setRange(0, 0); // busy: query_range reports no progress of its own
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("alertHistoryStatus"));

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Noisiest alerts"), this);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    header->addWidget(title);
    header->addWidget(m_period);
    header->addWidget(m_refresh);
    header->addWidget(m_progress);
    header->addWidget(m_status, 1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NoisiestAlertsModel::PagesPerWeek, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    m_noRunbook->setAlignment(Qt::AlignCenter);
    m_noRunbook->setWordWrap(true);
    auto *runbookStack = new QStackedWidget(this);
    runbookStack->addWidget(m_noRunbook);
    runbookStack->addWidget(m_runbook);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_timeline);
    bottom->addWidget(runbookStack);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(split, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &HistoryTab::reload);
    connect(m_refresh, &QToolButton::clicked, this, &HistoryTab::reload);
    connect(m_loader, &AlertHistoryLoader::loaded, this, &HistoryTab::applyHistory);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryTab::showRow);
    connect(&workspace, &ws::Workspace::configChanged, this, [this] {
        if (isVisible())
            reload();
        else
            m_loadedOnce = false; // when shown next
    });
    showRow({});
}

HistoryTab::~HistoryTab() = default;

bool HistoryTab::isLoading() const
{
    return m_loader->isLoading();
}

void HistoryTab::setEnd(std::optional<qint64> end)
{
    m_end = end;
}

void HistoryTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The history costs a query_range over 30 days: only asked for when someone looks.
    if (!m_loadedOnce && m_workspace.isOpen())
        reload();
}

void HistoryTab::reload()
{
    m_loadedOnce = true;
    const DatasourceConfig *ds = m_workspace.config().prometheus();
    if (!ds || ds->type != DatasourceConfig::Type::Prometheus) {
        m_client.reset();
        m_clientDatasource.clear();
        m_model->setHistory({});
        m_progress->hide();
        m_status->setText(
            tr("The workspace has no Prometheus datasource: alert history comes from its ALERTS series."));
        emit loaded();
        return;
    }
    if (!m_client || m_clientDatasource != ds->name || !(m_client->config() == *ds)) {
        m_client = std::make_unique<prom::PrometheusClient>(*ds);
        m_clientDatasource = ds->name;
    }
    const qint64 days = m_period->currentData().toLongLong();
    const qint64 end = m_end.value_or(QDateTime::currentSecsSinceEpoch());
    alerting::AlertHistoryRequest request = alerting::lastPeriod(end, days * kDay, m_workspace.config().timezone);
    request.viewKey = QStringLiteral("alerts-history");
    m_progress->show();
    m_status->setText(tr("Loading %n day(s) of alert history from %1…", nullptr, int(days)).arg(ds->name));
    m_loader->load(*m_client, request);
}

void HistoryTab::applyHistory()
{
    m_progress->hide();
    const alerting::AlertHistory &history = m_loader->history();
    m_model->setHistory(history);
    if (!history.ok()) {
        m_status->setText(tr("Alert history not available: %1").arg(history.error->toString()));
        m_status->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    } else {
        m_status->setStyleSheet({});
        const QString range
            = tr("%1 to %2")
                  .arg(QDateTime::fromSecsSinceEpoch(history.from).toString(QStringLiteral("yyyy-MM-dd")),
                       QDateTime::fromSecsSinceEpoch(history.to).toString(QStringLiteral("yyyy-MM-dd")));
        QString text = history.rows.empty()
            ? tr("No alert fired from %1.").arg(range)
            : tr("%n alert series fired, %1", nullptr, int(history.rows.size())).arg(range);
        if (!history.warnings.isEmpty())
            text += QStringLiteral(" · ") + tr("Prometheus warns: %1").arg(history.warnings.join(QStringLiteral("; ")));
        m_status->setText(text);
    }
    m_view->resizeColumnsToContents();
    showRow({});
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    emit loaded();
}

void HistoryTab::showRow(const QModelIndex &proxyIndex)
{
    const alerting::AlertHistory &history = m_model->history();
    const alerting::AlertHistoryRow *row
        = proxyIndex.isValid() ? m_model->rowAt(m_proxy->mapToSource(proxyIndex).row()) : nullptr;
    const QTimeZone zone(history.timezone.toUtf8());
    m_timeline->setRow(row, history.from, history.to, zone);
    auto *stack = qobject_cast<QStackedWidget *>(m_noRunbook->parentWidget());
    if (!row) {
        m_noRunbook->setText(tr("Select an alert to see its runbook."));
        stack->setCurrentWidget(m_noRunbook);
        return;
    }
    // The catalog has resolved the runbooks of the rules it knows; an alert only the history
    // knows is looked up by name.
    rb::Resolution resolution;
    bool found = false;
    for (const AlertCatalog::Entry &e : m_catalog.entries())
        if (e.rule.name == row->alertname) {
            resolution = e.runbook;
            found = e.resolved;
            break;
        }
    if (!found)
        if (const auto resolver = m_workspace.runbookResolver())
            resolution = resolver->resolve(rb::AlertRef { row->alertname, {}, {}, 0 });
    if (resolution.found()) {
        m_runbook->setAllowedRoots(m_workspace.config().runbookPaths);
        m_runbook->open(resolution.file, resolution.anchor);
        stack->setCurrentWidget(m_runbook);
    } else {
        m_noRunbook->setText(tr("No runbook found for %1.").arg(row->alertname));
        stack->setCurrentWidget(m_noRunbook);
    }
}

} // namespace sre
