#include "slopage.h"

#include "itemdatarole.h"
#include "rulesexport.h"
#include "settings.h"
#include "slodetailview.h"
#include "slooverviewdelegate.h"
#include "slooverviewmodel.h"
#include "slorefresher.h"
#include "sloservicetreemodel.h"
#include "slotimebar.h"
#include "timechartview.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace sre {

SloPage::SloPage(ws::Workspace &workspace, Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_model(new SloOverviewModel(workspace, this))
    , m_tree(new SloServiceTreeModel(*m_model, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_refresher(new SloRefresher(workspace, *m_model, this))
    , m_title(new QLabel(tr("SLOs"), this))
    , m_summary(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_updated(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_meetingButton(new QToolButton(this))
    , m_exportRules(new QToolButton(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_detail(new SloDetailView(workspace, this))
    , m_timeBar(new SloTimeBar(settings, this))
{
    setObjectName(QStringLiteral("slos"));
    m_normalFont = font();
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setTextFormat(Qt::PlainText);

    m_proxy->setSourceModel(m_tree);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true); // an SLO that matches keeps its service
    m_proxy->setAutoAcceptChildRows(true); // a service that matches keeps its SLOs
    m_proxy->setSortLocaleAware(true);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("sloOverview"));
    m_view->setItemDelegate(new SloOverviewDelegate(this));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SloServiceTreeModel::BudgetRemaining, Qt::AscendingOrder); // least budget first
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(SloServiceTreeModel::Name, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(SloServiceTreeModel::BudgetRemaining, QHeaderView::Fixed);
    m_view->header()->setSectionResizeMode(SloServiceTreeModel::Trend, QHeaderView::Fixed);
    m_view->header()->resizeSection(SloServiceTreeModel::BudgetRemaining, 160);
    m_view->header()->resizeSection(SloServiceTreeModel::Trend, 130);
    m_view->setExpandsOnDoubleClick(false); // double-click opens; the arrow collapses a service
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter SLOs by service, name or status (Ctrl+F)"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    auto *overview = new QWidget(this);
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->setContentsMargins(0, 0, 0, 0);
    overviewLayout->addWidget(m_filter);
    overviewLayout->addWidget(m_view, 1);
    overviewLayout->addWidget(m_empty, 1);
    m_stack->addWidget(overview);
    m_stack->addWidget(m_detail);

    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setMargin(6);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #7f1d1d; border: 1px solid #e57373; border-radius: 3px; }"));
    m_banner->hide();

    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Fetch the latest numbers now (Ctrl+R)"));
    m_refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_meetingButton->setText(tr("Meeting mode"));
    m_meetingButton->setToolTip(tr("Full screen in large type for an error-budget review (F11, Ctrl+Shift+P); "
                                   "arrow keys step through the SLOs, Esc leaves"));
    m_meetingButton->setCheckable(true);
    m_exportRules->setObjectName(QStringLiteral("exportRules"));
    m_exportRules->setText(tr("Export rules…"));
    const QString exportTip = tr("Write Prometheus recording and burn-rate alerting rules for every SLO "
                                 "(the same as srectl slo rules)");
    m_exportRules->setToolTip(exportTip);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_summary, 1, Qt::AlignBottom);
    header->addWidget(m_updated, 0, Qt::AlignVCenter);
    header->addWidget(m_refresh, 0, Qt::AlignVCenter);
    header->addWidget(m_exportRules, 0, Qt::AlignVCenter);
    header->addWidget(m_meetingButton, 0, Qt::AlignVCenter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_timeBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_view->expandAll();
        updateEmptyState();
    });
    auto *find = new QShortcut(QKeySequence::Find, this, [this] {
        showOverview();
        m_filter->setFocus();
        m_filter->selectAll();
    });
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateEmptyState();
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(IdRole).toString();
        if (id.isEmpty())
            m_view->setExpanded(index.siblingAtColumn(0), !m_view->isExpanded(index.siblingAtColumn(0)));
        else
            openDetail(id);
    });
    connect(m_detail, &SloDetailView::backRequested, this, &SloPage::showOverview);
    connect(m_detail, &SloDetailView::postmortemRequested, this, &SloPage::postmortemRequested);
    connect(m_detail, &SloDetailView::runbookRequested, this, &SloPage::runbookRequested);
    connect(m_meetingButton, &QToolButton::toggled, this, &SloPage::setMeetingMode);
    connect(m_exportRules, &QToolButton::clicked, this, [this] { exportSloRules(m_workspace, this); });
    for (TimeChartView *chart : m_detail->charts())
        connect(chart, &TimeChartView::reduced, this, [this] {
            if (!isBusy())
                emit settled();
        });

    connect(m_refresh, &QToolButton::clicked, m_refresher, &SloRefresher::refresh);
    connect(m_refresher, &SloRefresher::started, this, &SloPage::updateFreshness);
    // Generated rules never deployed: one hint where they are exported, no mark on every SLO.
    connect(m_refresher, &SloRefresher::rulesChecked, this, [this, exportTip] {
        const QString hint = m_refresher->rulesHint();
        m_exportRules->setToolTip(hint.isEmpty() ? exportTip : exportTip + QStringLiteral("\n\n") + hint);
    });
    connect(m_refresher, &SloRefresher::rulesAudited, this, [this] {
        const SloOverviewModel::AuditMark mark = m_model->rulesAudit(m_detail->sloId());
        m_detail->setRulesAudit(mark.brief, mark.detail);
    });
    connect(m_refresher, &SloRefresher::finished, this, [this] {
        updateFreshness();
        refreshDetail();
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0) {
            const QModelIndex first = m_proxy->index(0, 0);
            m_view->setCurrentIndex(m_proxy->rowCount(first) > 0 ? m_proxy->index(0, 0, first) : first);
        }
    });
    auto *tick = new QTimer(this);
    tick->start(1000);
    connect(tick, &QTimer::timeout, this, &SloPage::updateFreshness);
    m_refresher->setInterval(std::chrono::seconds(settings.refreshIntervalSeconds()));
    connect(&settings, &Settings::refreshIntervalChanged, this,
            [this] { m_refresher->setInterval(std::chrono::seconds(m_settings.refreshIntervalSeconds())); });
    connect(m_timeBar, &SloTimeBar::selectionChanged, this, &SloPage::applyTimeSelection);
    connect(&workspace, &ws::Workspace::configChanged, this,
            [this] { m_timeBar->setTimeZone(m_workspace.config().timezone); });

    // Review-meeting mode: arrows step through SLOs (Page Up/Down through services), Esc leaves.
    const QList<std::pair<QKeySequence, std::function<void()>>> keys = {
        { QKeySequence(Qt::Key_Down), [this] { step(1, false); } },
        { QKeySequence(Qt::Key_Right), [this] { step(1, false); } },
        { QKeySequence(Qt::Key_Up), [this] { step(-1, false); } },
        { QKeySequence(Qt::Key_Left), [this] { step(-1, false); } },
        { QKeySequence(Qt::Key_PageDown), [this] { step(1, true); } },
        { QKeySequence(Qt::Key_PageUp), [this] { step(-1, true); } },
        { QKeySequence(Qt::Key_Escape), [this] { setMeetingMode(false); } },
    };
    for (const auto &[key, action] : keys) {
        auto *s = new QShortcut(key, this, action);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        s->setEnabled(false);
        m_meetingShortcuts << s;
    }

    connect(&workspace.slos(), &ws::StoreBase::changed, this, &SloPage::updateSummary);
    updateSummary();
    updateFreshness();
    updateEmptyState();
}

void SloPage::applyTimeSelection()
{
    m_refresher->setSelection(m_timeBar->selection());
}

void SloPage::updateEmptyState()
{
    const bool sourceEmpty = m_tree->rowCount() == 0;
    const bool empty = m_proxy->rowCount() == 0;
    m_empty->setText(sourceEmpty ? tr("This workspace has no SLOs yet.\nAdd YAML files under slos/ (native, Sloth, "
                                      "OpenSLO or Pyrra format).")
                                 : tr("No SLO matches the filter."));
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
}

void SloPage::updateSummary()
{
    QSet<QString> services;
    for (const slo::SloSpec &s : m_workspace.slos().items())
        services.insert(s.service);
    m_summary->setText(tr("%n SLO(s)", nullptr, int(m_workspace.slos().size())) + QStringLiteral(" · ")
                       + tr("%n service(s)", nullptr, int(services.size())));
}

void SloPage::updateFreshness()
{
    const QString error = m_refresher->lastError();
    m_banner->setVisible(!error.isEmpty());
    if (!error.isEmpty())
        m_banner->setText(m_refresher->lastSuccess().isValid()
                              ? tr("Stale data: the numbers below are from the last good refresh. %1").arg(error)
                              : tr("No live numbers yet. %1").arg(error));
    const QDateTime last = m_refresher->lastSuccess();
    QString text;
    if (m_refresher->isRefreshing())
        text = tr("Refreshing from %1…").arg(m_refresher->datasourceName());
    else if (last.isValid())
        text = tr("Updated %1 s ago from %2")
                   .arg(last.secsTo(QDateTime::currentDateTimeUtc()))
                   .arg(m_refresher->datasourceName());
    m_updated->setText(text);
}

bool SloPage::openDetail(const QString &sloId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_tree->indexOfSlo(sloId));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_stack->setCurrentWidget(m_detail);
    const SloOverviewModel::AuditMark mark = m_model->rulesAudit(sloId);
    m_detail->setRulesAudit(mark.brief, mark.detail);
    if (const SloEvaluation *ev = m_model->evaluation(sloId); ev && !ev->report.id.isEmpty())
        m_detail->setEvaluation(*ev, m_refresher->period());
    else
        m_detail->setEvaluation(
            SloEvaluation { SloRefresher::applySelection({ *m_workspace.findSlo(sloId) }, m_refresher->selection(),
                                                         m_refresher->evaluationTime(), m_workspace.config().timezone)
                                .front(),
                            {},
                            {},
                            {},
                            {} },
            m_refresher->period());
    return true;
}

void SloPage::showOverview()
{
    m_stack->setCurrentIndex(0);
    m_view->setFocus();
}

bool SloPage::isBusy() const
{
    return isDetailShown() && m_detail->isBusy();
}

bool SloPage::isDetailShown() const
{
    return m_stack->currentWidget() == m_detail;
}

void SloPage::refreshDetail()
{
    if (!isDetailShown() || m_detail->sloId().isEmpty())
        return;
    if (const SloEvaluation *ev = m_model->evaluation(m_detail->sloId()); ev && !ev->report.id.isEmpty())
        m_detail->setEvaluation(*ev, m_refresher->period());
}

void SloPage::step(int delta, bool byService)
{
    // The SLOs in the order the overview shows them.
    QList<QModelIndex> slos;
    QList<int> serviceOf;
    for (int s = 0; s < m_proxy->rowCount(); ++s) {
        const QModelIndex service = m_proxy->index(s, 0);
        for (int r = 0; r < m_proxy->rowCount(service); ++r)
            slos << m_proxy->index(r, 0, service), serviceOf << s;
    }
    if (slos.isEmpty())
        return;
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    qsizetype i = slos.indexOf(current);
    if (i < 0) {
        i = 0;
    } else if (byService) {
        const int target = serviceOf[i] + delta;
        qsizetype j = delta > 0 ? serviceOf.indexOf(target) : serviceOf.indexOf(std::max(0, target));
        i = j < 0 ? i : j;
    } else {
        i = (i + delta + slos.size()) % slos.size();
    }
    openDetail(slos[i].data(IdRole).toString());
}

void SloPage::setMeetingMode(bool on)
{
    if (on == m_meeting)
        return;
    m_meeting = on;
    {
        const QSignalBlocker block(m_meetingButton);
        m_meetingButton->setChecked(on);
    }
    QFont f = m_normalFont;
    if (on)
        f.setPointSizeF(f.pointSizeF() * 1.7);
    setFont(f);
    QFont titleFont = f;
    titleFont.setPointSizeF(f.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_timeBar->setVisible(!on);
    m_filter->setVisible(!on);
    for (QObject *s : std::as_const(m_meetingShortcuts))
        static_cast<QShortcut *>(s)->setEnabled(on);
    if (on) {
        QString id = m_view->currentIndex().data(IdRole).toString();
        if (id.isEmpty())
            id = m_detail->sloId();
        if (id.isEmpty())
            step(0, false);
        else
            openDetail(id);
        setFocus();
    }
    m_detail->setMeetingMode(on);
    emit meetingModeChanged(on);
}

} // namespace sre
