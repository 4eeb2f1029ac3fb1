#include "slopage.h"

#include "filtertable.h"
#include "itemdatarole.h"
#include "storemodels.h"
#include "workspace.h"

#include <QDir>
#include <QItemSelectionModel>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextBrowser>

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
        return SloPage::tr("%1 compared with %2 per %3 s slice")
            .arg(s.timeslice.query)
            .arg(s.timeslice.threshold)
            .arg(s.timeslice.slice.count());
    }
    return {};
}
} // namespace

SloPage::SloPage(ws::Workspace &workspace, QWidget *parent)
    : ListPage(tr("SLOs"), parent)
    , m_workspace(workspace)
    , m_detail(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("slos"));
    auto *model = createSloListModel(workspace, this);
    table()->setModel(model, 0);
    table()->setEmptyText(tr("This workspace has no SLOs yet.\nAdd YAML files under slos/ (native, Sloth, OpenSLO or Pyrra format)."),
                          tr("No SLO matches the filter."));
    table()->setPlaceholder(tr("Filter SLOs by service, name or description (Ctrl+F)"));
    m_detail->setOpenLinks(false);
    setDetail(m_detail);
    connect(table()->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SloPage::showCurrent);
    connect(&workspace.slos(), &ws::StoreBase::changed, this, &SloPage::updateSummary);
    updateSummary();
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

void SloPage::showCurrent()
{
    const QModelIndex index = table()->view()->currentIndex();
    const slo::SloSpec *spec = index.isValid() ? m_workspace.findSlo(index.data(IdRole).toString()) : nullptr;
    if (!spec) {
        m_detail->setPlainText(tr("Select an SLO to see its definition."));
        return;
    }
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><table cellspacing=4>").arg(spec->id().toHtmlEscaped(),
                                                                                   spec->description.toHtmlEscaped());
    auto row = [&html](const QString &key, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Objective"), formatObjective(spec->objective));
    row(tr("Error budget"), formatObjective(1.0 - spec->objective));
    row(tr("Format"), spec->sourceFormat);
    row(tr("File"), QDir(m_workspace.dir()).relativeFilePath(spec->file) + QLatin1Char(':') + QString::number(spec->line));
    if (!spec->runbook.isEmpty())
        row(tr("Runbook"), spec->runbook);
    html += QStringLiteral("</table><h3>%1</h3><pre>%2</pre>").arg(tr("SLI").toHtmlEscaped(), sliText(*spec).toHtmlEscaped());
    m_detail->setHtml(html);
}

} // namespace sre
