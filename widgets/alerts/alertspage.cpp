#include "alertspage.h"

#include "filtertable.h"
#include "storemodels.h"
#include "workspace.h"

#include <QDateTime>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace sre {

AlertsPage::AlertsPage(ws::Workspace &workspace, QWidget *parent)
    : ListPage(tr("Alerts"), parent)
    , m_workspace(workspace)
    , m_oncall(new QLabel(this))
{
    setObjectName(QStringLiteral("alerts"));
    table()->setModel(createAlertRuleListModel(workspace, this), 0);
    table()->setEmptyText(tr("No alerting rules.\nPut Prometheus rule files (or PrometheusRule objects) under rules/."),
                          tr("No alert matches the filter."));
    table()->setPlaceholder(tr("Filter alerts by name, severity, group or runbook (Ctrl+F)"));
    m_oncall->setTextFormat(Qt::RichText);
    m_oncall->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_oncall->setWordWrap(true);
    m_oncall->setMargin(8);
    setDetail(m_oncall);
    connect(&workspace.rules(), &ws::StoreBase::changed, this,
            [this] { setSummary(tr("%n alerting rule(s)", nullptr, int(m_workspace.rules().size()))); });
    connect(&workspace, &ws::Workspace::oncallChanged, this, &AlertsPage::updateOncall);
    // Hand-offs happen on the hour; a minute is precise enough.
    auto *timer = new QTimer(this);
    timer->start(60 * 1000);
    connect(timer, &QTimer::timeout, this, &AlertsPage::updateOncall);
    updateOncall();
}

void AlertsPage::updateOncall()
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
