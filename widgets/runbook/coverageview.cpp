#include "coverageview.h"

#include "checks.h"
#include "futurewatch.h"
#include "workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sre {

namespace {
constexpr int kFileRole = Qt::UserRole + 1;
}

CoverageView::CoverageView(ws::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("runbookCoverage"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    auto open = [this](QTreeWidgetItem *item) {
        const QString file = item->data(0, kFileRole).toString();
        if (!file.isEmpty())
            emit openFile(file);
    };
    connect(m_tree, &QTreeWidget::itemActivated, this, open);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, open);
    connect(&workspace.rules(), &ws::StoreBase::changed, this, &CoverageView::recompute);
    connect(&workspace.runbooks(), &ws::StoreBase::changed, this, &CoverageView::recompute);
    recompute();
}

void CoverageView::recompute()
{
    if (!m_workspace.isOpen()) {
        m_summary->setText(tr("No workspace open."));
        return;
    }
    const quint64 generation = ++m_generation;
    m_computing = true;
    m_summary->setText(tr("Checking coverage…"));
    std::vector<rb::AlertRef> alerts;
    for (const alerting::AlertRule &r : m_workspace.rules().items())
        alerts.push_back({ r.name, r.annotations, r.file, r.line });
    auto resolver = m_workspace.runbookResolver();
    const QString base = m_workspace.dir();
    QPointer<CoverageView> self(this);
    onFinished(
        this, QtConcurrent::run([alerts = std::move(alerts), resolver] { return rb::coverage(alerts, *resolver); }),
        [self, generation, base](const rb::CoverageReport &report) {
            if (!self || generation != self->m_generation)
                return;
            self->m_computing = false;
            QTreeWidget *tree = self->m_tree;
            tree->clear();
            auto shown = [&base](const QString &file) {
                const QString rel = QDir(base).relativeFilePath(file);
                return rel.startsWith(QStringLiteral("..")) ? file : rel;
            };
            auto *noRunbook = new QTreeWidgetItem(tree);
            int uncovered = 0;
            for (const rb::AlertCoverage &a : report.alerts) {
                if (a.resolution.found())
                    continue;
                ++uncovered;
                auto *item = new QTreeWidgetItem(noRunbook, { a.alert.name });
                QStringList why = a.resolution.notes;
                if (!a.resolution.refused.isEmpty())
                    why.prepend(a.resolution.refused);
                if (!a.resolution.externalUrl.isEmpty())
                    why << tr("on the web only: %1").arg(a.resolution.externalUrl);
                item->setToolTip(
                    0, QStringLiteral("%1:%2\n%3").arg(shown(a.alert.file)).arg(a.alert.line).arg(why.join(u'\n')));
            }
            noRunbook->setText(0, tr("Alerts without a runbook (%1)").arg(uncovered));
            auto *orphans
                = new QTreeWidgetItem(tree, { tr("Runbooks no alert points to (%1)").arg(report.unreferenced.size()) });
            for (const QString &f : report.unreferenced) {
                auto *item = new QTreeWidgetItem(orphans, { shown(f) });
                item->setData(0, kFileRole, f);
                item->setToolTip(0, f);
            }
            auto *links = new QTreeWidgetItem(tree, { tr("Broken links and anchors (%1)").arg(report.links.size()) });
            for (const rb::Finding &f : report.links) {
                auto *item = new QTreeWidgetItem(links, { QStringLiteral("%1:%2").arg(shown(f.file)).arg(f.line) });
                auto *message = new QTreeWidgetItem(item, { f.message });
                message->setData(0, kFileRole, f.file);
                item->setData(0, kFileRole, f.file);
                item->setToolTip(0, f.toString(base));
            }
            for (QTreeWidgetItem *section : { noRunbook, orphans, links }) {
                QFont bold = section->font(0);
                bold.setBold(true);
                section->setFont(0, bold);
                section->setExpanded(true);
            }
            tree->expandAll();
            self->m_counts = { uncovered, int(report.unreferenced.size()), int(report.links.size()) };
            self->m_summary->setText(
                tr("%1 alerts: %2 with a runbook, %3 without. Double-click a runbook or a finding to open it.")
                    .arg(report.alerts.size())
                    .arg(qsizetype(report.alerts.size()) - uncovered)
                    .arg(uncovered));
            emit self->computed();
        });
}

} // namespace sre
