#include "rulestab.h"

#include "alertcatalog.h"
#include "filtertable.h"
#include "seenbeforepanel.h"
#include "workspace.h"

#include <QDateTime>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace sre {

AlertRulesTab::AlertRulesTab(ws::Workspace &workspace, AlertCatalog &catalog, QWidget *parent)
    : ListPage(tr("Alert rules"), parent)
    , m_workspace(workspace)
    , m_catalog(catalog)
    , m_model(new AlertCatalogModel(catalog, this))
    , m_alert(new QLabel(this))
    , m_oncall(new QLabel(this))
    , m_seen(new SeenBeforePanel(workspace, this))
{
    setObjectName(QStringLiteral("alertRules"));
    table()->setModel(m_model, 0);
    table()->setEmptyText(
        tr("No alerting rules.\nPut Prometheus rule files (or PrometheusRule objects) under rules/, or connect a "
           "Prometheus datasource."),
        tr("No alert matches the filter."));
    table()->setPlaceholder(tr("Filter alerts by name, severity, group, source or runbook (Ctrl+F)"));
    for (QLabel *label : { m_alert, m_oncall }) {
        label->setTextFormat(Qt::RichText);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        label->setWordWrap(true);
        label->setMargin(8);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    }
    m_alert->setOpenExternalLinks(false);
    connect(m_alert, &QLabel::linkActivated, this, [this](const QString &) {
        if (const AlertCatalog::Entry *e = m_model->entry(m_shownRow); e && e->runbook.found())
            emit openRunbook(e->runbook.file, e->runbook.anchor);
    });
    auto *detail = new QWidget(this);
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_alert);
    layout->addWidget(m_seen);
    layout->addWidget(m_oncall);
    layout->addStretch(1);
    setDetail(detail);
    connect(m_seen, &SeenBeforePanel::postmortemRequested, this, &AlertRulesTab::postmortemRequested);

    connect(table(), &FilterTable::activated, this, [this](const QModelIndex &source) {
        if (const AlertCatalog::Entry *e = m_model->entry(source.row()); e && e->runbook.found())
            emit openRunbook(e->runbook.file, e->runbook.anchor);
    });
    connect(table()->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &index) { showAlert(table()->proxy()->mapToSource(index).row()); });
    connect(&catalog, &AlertCatalog::changed, this, &AlertRulesTab::updateSummary);
    connect(&catalog, &AlertCatalog::changed, this, [this] { showAlert(-1); });
    connect(&workspace, &ws::Workspace::oncallChanged, this, &AlertRulesTab::updateOncall);
    // Hand-offs happen on the hour; a minute is precise enough.
    auto *timer = new QTimer(this);
    timer->start(60 * 1000);
    connect(timer, &QTimer::timeout, this, &AlertRulesTab::updateOncall);
    updateOncall();
    updateSummary();
    showAlert(-1);
}

void AlertRulesTab::updateSummary()
{
    const std::vector<AlertCatalog::Entry> &entries = m_catalog.entries();
    const auto without = std::count_if(entries.begin(), entries.end(),
                                       [](const AlertCatalog::Entry &e) { return !e.runbook.found(); });
    QString text = tr("%n alert(s)", nullptr, int(entries.size())) + QStringLiteral(" · ")
        + tr("%n without a runbook", nullptr, int(without));
    if (!m_catalog.remoteDatasource().isEmpty()) {
        text += QStringLiteral(" · ");
        text += m_catalog.remoteError().isEmpty()
            ? tr("%1: %n rule(s) only there", nullptr, int(m_catalog.remoteRules().size()))
                  .arg(m_catalog.remoteDatasource())
            : tr("%1: rules not available").arg(m_catalog.remoteDatasource());
    }
    setSummary(text);
}

void AlertRulesTab::showAlert(int sourceRow)
{
    m_shownRow = sourceRow;
    const AlertCatalog::Entry *e = m_model->entry(sourceRow);
    m_seen->setAlert(e ? e->rule.name : QString());
    if (!e) {
        m_alert->setText(QStringLiteral("<p>%1</p>").arg(tr("Select an alert to see its runbook.").toHtmlEscaped()));
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(e->rule.name.toHtmlEscaped());
    if (e->runbook.found()) {
        const QString where = QDir(m_workspace.dir()).relativeFilePath(e->runbook.file);
        html += QStringLiteral("<p><a href=\"runbook\">%1</a><br><small>%2 · %3</small></p>")
                    .arg(tr("Open runbook").toHtmlEscaped(),
                         (where.startsWith(QStringLiteral("..")) ? e->runbook.location()
                              : e->runbook.anchor.isEmpty()      ? where
                                                                 : where + u'#' + e->runbook.anchor)
                             .toHtmlEscaped(),
                         rb::methodText(e->runbook.method).toHtmlEscaped());
    } else {
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("No runbook found.").toHtmlEscaped());
        QStringList why = e->runbook.notes;
        if (!e->runbook.refused.isEmpty())
            why.prepend(e->runbook.refused);
        if (!e->runbook.externalUrl.isEmpty())
            why << tr("The runbook is on the web only: %1").arg(e->runbook.externalUrl);
        for (const QString &w : std::as_const(why))
            html += QStringLiteral("<p><small>%1</small></p>").arg(w.toHtmlEscaped());
    }
    html += QStringLiteral("<p><small>%1</small><br><code>%2</code></p>")
                .arg(tr("Source: %1").arg(e->sources.join(QStringLiteral(" + "))).toHtmlEscaped(),
                     e->rule.expr.toHtmlEscaped());
    m_alert->setText(html);
}

void AlertRulesTab::updateOncall()
{
    const alerting::OncallSchedule &schedule = m_workspace.oncall();
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("On call now").toHtmlEscaped());
    if (schedule.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No oncall.yaml in this workspace.").toHtmlEscaped());
    } else {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        html += QStringLiteral("<table cellspacing=6>");
        for (const alerting::Rotation &r : schedule.rotations) {
            const QString handle = schedule.onCall(r.name, now);
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(r.name.toHtmlEscaped(),
                             handle.isEmpty() ? tr("nobody (rotation not started)").toHtmlEscaped()
                                              : schedule.displayName(handle).toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
        if (!schedule.escalation.isEmpty())
            html += QStringLiteral("<p>%1 %2</p>")
                        .arg(tr("Escalation:").toHtmlEscaped(),
                             schedule.escalation.join(QStringLiteral(" → ")).toHtmlEscaped());
    }
    m_oncall->setText(html);
}

} // namespace sre
