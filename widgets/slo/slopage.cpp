#include "slopage.h"

#include "filtertable.h"
#include "itemdatarole.h"
#include "querybuilder.h"
#include "settings.h"
#include "slooverviewdelegate.h"
#include "slooverviewmodel.h"
#include "slorefresher.h"
#include "storemodels.h"
#include "window.h"
#include "workspace.h"

#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

namespace sre {

namespace {
QString sliText(const slo::SloSpec &s)
{
    switch (s.kind) {
    case slo::SloSpec::Kind::EventRatio:
        if (!s.ratio.errorQuery.isEmpty())
            return SloPage::tr("errors: %1\ntotal: %2").arg(s.ratio.errorQuery, s.ratio.totalQuery);
        return SloPage::tr("good: %1\ntotal: %2").arg(s.ratio.goodQuery, s.ratio.totalQuery);
    case slo::SloSpec::Kind::Latency:
        return SloPage::tr("histogram %1, good when ≤ %2 s").arg(s.latency.histogram).arg(s.latency.threshold);
    case slo::SloSpec::Kind::Timeslice:
        return SloPage::tr("%1 %2 %3, per %4 s slice")
            .arg(s.timeslice.query, slo::opSymbol(s.timeslice.op))
            .arg(s.timeslice.threshold)
            .arg(s.timeslice.slice.count());
    }
    return {};
}

QString fmt(std::optional<double> v, int decimals, const QString &suffix = {})
{
    return v ? QString::number(*v, 'f', decimals) + suffix : SloPage::tr("–");
}
} // namespace

SloPage::SloPage(ws::Workspace &workspace, Settings &settings, QWidget *parent)
    : ListPage(tr("SLOs"), parent)
    , m_workspace(workspace)
    , m_model(new SloOverviewModel(workspace, this))
    , m_refresher(new SloRefresher(workspace, *m_model, this))
    , m_detail(new QTextBrowser(this))
    , m_banner(new QLabel(this))
    , m_updated(new QLabel(this))
    , m_refresh(new QToolButton(this))
{
    setObjectName(QStringLiteral("slos"));
    table()->setModel(m_model, SloOverviewModel::BudgetRemaining); // least budget first
    table()->view()->setItemDelegate(new SloOverviewDelegate(this));
    table()->view()->horizontalHeader()->setSectionResizeMode(SloOverviewModel::BudgetRemaining, QHeaderView::Fixed);
    table()->view()->setColumnWidth(SloOverviewModel::BudgetRemaining, 150);
    table()->setEmptyText(
        tr("This workspace has no SLOs yet.\nAdd YAML files under slos/ (native, Sloth, OpenSLO or Pyrra format)."),
        tr("No SLO matches the filter."));
    table()->setPlaceholder(tr("Filter SLOs by service or name (Ctrl+F)"));
    m_detail->setOpenLinks(false);
    setDetail(m_detail);
    splitter()->setSizes({ 1000, 300 });

    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setMargin(6);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #7f1d1d; border: 1px solid #e57373; border-radius: 3px; }"));
    m_banner->hide();
    addBanner(m_banner);

    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Fetch the latest numbers now (Ctrl+R)"));
    m_refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    addHeaderWidget(m_updated);
    addHeaderWidget(m_refresh);

    connect(m_refresh, &QToolButton::clicked, m_refresher, &SloRefresher::refresh);
    connect(m_refresher, &SloRefresher::started, this, &SloPage::updateFreshness);
    connect(m_refresher, &SloRefresher::finished, this, [this] {
        updateFreshness();
        showCurrent();
        table()->view()->resizeColumnsToContents();
        table()->view()->setColumnWidth(SloOverviewModel::BudgetRemaining, 150);
        if (!table()->view()->currentIndex().isValid() && table()->proxy()->rowCount() > 0)
            table()->view()->setCurrentIndex(table()->proxy()->index(0, 0));
    });
    auto *tick = new QTimer(this);
    tick->start(1000);
    connect(tick, &QTimer::timeout, this, &SloPage::updateFreshness);
    m_refresher->setInterval(std::chrono::seconds(settings.refreshIntervalSeconds()));
    connect(&settings, &Settings::refreshIntervalChanged, this,
            [this, &settings] { m_refresher->setInterval(std::chrono::seconds(settings.refreshIntervalSeconds())); });

    connect(table()->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SloPage::showCurrent);
    connect(&workspace.slos(), &ws::StoreBase::changed, this, &SloPage::updateSummary);
    updateSummary();
    updateFreshness();
    showCurrent();
}

void SloPage::updateSummary()
{
    QSet<QString> services;
    for (const slo::SloSpec &s : m_workspace.slos().items())
        services.insert(s.service);
    setSummary(tr("%n SLO(s)", nullptr, int(m_workspace.slos().size())) + QStringLiteral(" · ")
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

void SloPage::showCurrent()
{
    const QModelIndex index = table()->view()->currentIndex();
    const slo::SloSpec *spec = index.isValid() ? m_workspace.findSlo(index.data(IdRole).toString()) : nullptr;
    if (!spec) {
        m_detail->setPlainText(tr("Select an SLO to see its numbers and definition."));
        return;
    }
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><table cellspacing=3>")
                       .arg(spec->id().toHtmlEscaped(), spec->description.toHtmlEscaped());
    auto row = [&html](const QString &key, const QString &value) {
        html
            += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Objective"), formatObjective(spec->objective));
    row(tr("Window"), slo::windowText(*spec));
    const SloEvaluation *ev = m_model->evaluation(spec->id());
    if (ev && !ev->report.id.isEmpty()) {
        const slo::SloReport &r = ev->report;
        row(tr("SLI"), fmt(r.sli ? std::optional<double>(*r.sli * 100) : std::nullopt, 4, QStringLiteral(" %")));
        row(tr("Budget remaining"),
            fmt(r.errorBudgetRemaining ? std::optional<double>(*r.errorBudgetRemaining * 100) : std::nullopt, 2,
                QStringLiteral(" %")));
        row(tr("Bad / total events"),
            QStringLiteral("%1 / %2").arg(r.badEvents, 0, 'f', 0).arg(r.totalEvents, 0, 'f', 0));
        row(tr("Bad events allowed"), QString::number(r.allowedBadEvents, 'f', 0));
        row(tr("Downtime allowed / used"),
            tr("%1 min / %2 min").arg(r.allowedDowntimeMinutes, 0, 'f', 1).arg(fmt(r.usedDowntimeMinutes, 1)));
        row(tr("Time to exhaustion"),
            r.timeToExhaustionSeconds
                ? tr("%1 h at the 1h burn rate").arg(*r.timeToExhaustionSeconds / 3600.0, 0, 'f', 1)
                : tr("not burning"));
        html += QStringLiteral("</table><h3>%1</h3><table "
                               "cellspacing=3><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                    .arg(tr("Burn-rate alert tiers"), tr("Tier"), tr("Windows"), tr("Factor"), tr("Burn long / short"),
                         tr("Firing"));
        for (const slo::AlertState &a : r.alerts)
            html += QStringLiteral("<tr><td>%1 (%2)</td><td>%3</td><td align=right>%5</td><td align=right>%6 / "
                                   "%7</td><td>%8</td></tr>")
                        .arg(a.tier.toHtmlEscaped(), a.severity.toHtmlEscaped())
                        .arg(tr("%1 h / %2 min").arg(a.longWindow.count() / 3600.0).arg(a.shortWindow.count() / 60.0))
                        .arg(a.factor, 0, 'f', 2)
                        .arg(fmt(a.longBurnRate, 2), fmt(a.shortBurnRate, 2))
                        .arg(a.firing ? tr("FIRING") : tr("no"));
        html += QStringLiteral("</table><table>");
        if (ev->error)
            html += QStringLiteral("<p style=\"color:#b71c1c\">%1</p>")
                        .arg(tr("Last refresh failed: %1").arg(ev->error->toString()).toHtmlEscaped());
    }
    row(tr("Format"), spec->sourceFormat);
    row(tr("File"),
        QDir(m_workspace.dir()).relativeFilePath(spec->file) + QLatin1Char(':') + QString::number(spec->line));
    if (!spec->runbook.isEmpty())
        row(tr("Runbook"), spec->runbook);
    html += QStringLiteral("</table><h3>%1</h3><pre>%2</pre>")
                .arg(tr("SLI definition").toHtmlEscaped(), sliText(*spec).toHtmlEscaped());
    m_detail->setHtml(html);
}

} // namespace sre
