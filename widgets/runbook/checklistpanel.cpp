#include "checklistpanel.h"

#include "runbook.h"
#include "workspace.h"

#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sre {

namespace {
constexpr int kStepRole = Qt::UserRole + 1;
}

ChecklistPanel::ChecklistPanel(ws::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(this))
    , m_timeline(new QCheckBox(tr("Add ticked steps to the timeline"), this))
    , m_list(new QListWidget(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("runbookChecklist"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_timeline->setChecked(true);
    auto *stopButton = new QPushButton(tr("Close checklist"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_timeline);
    layout->addWidget(m_list, 1);
    layout->addWidget(stopButton, 0, Qt::AlignRight);
    m_list->setWordWrap(true);
    connect(m_list, &QListWidget::itemChanged, this, &ChecklistPanel::onItemChanged);
    connect(stopButton, &QPushButton::clicked, this, &ChecklistPanel::stop);
}

QString ChecklistPanel::incidentId() const
{
    return m_checklist ? m_checklist->incidentId() : QString();
}

QString ChecklistPanel::postmortemFile() const
{
    const pm::Postmortem *p = m_checklist ? m_workspace.findPostmortem(m_checklist->incidentId()) : nullptr;
    return p ? p->file : QString();
}

void ChecklistPanel::start(const QString &incidentId, const QString &runbookFile)
{
    m_checklist = std::make_unique<IncidentChecklist>(m_workspace.dir(), incidentId, m_folder);
    if (const QString error = m_checklist->load(); !error.isEmpty())
        emit message(error);
    setRunbook(runbookFile);
}

void ChecklistPanel::stop()
{
    m_checklist.reset();
    m_list->clear();
    m_steps.clear();
    emit stopped();
}

QString ChecklistPanel::runbookName() const
{
    for (const rb::Runbook &r : m_workspace.runbooks().items())
        if (r.file == m_runbook) {
            if (!r.alerts.isEmpty())
                return r.alerts.first();
            if (!r.h1.isEmpty())
                return r.h1;
            return r.title;
        }
    return QFileInfo(m_runbook).completeBaseName();
}

void ChecklistPanel::setRunbook(const QString &runbookFile)
{
    if (!m_checklist)
        return;
    m_runbook = runbookFile;
    m_steps.clear();
    QFile f(runbookFile);
    if (f.open(QIODevice::ReadOnly))
        m_steps = rb::checklistSteps(f.read(4 * 1024 * 1024));
    const QString pm = postmortemFile();
    m_timeline->setEnabled(!pm.isEmpty());
    m_timeline->setToolTip(pm.isEmpty() ? tr("No postmortem with the id %1 in this workspace.").arg(incidentId()) : pm);
    m_filling = true;
    m_list->clear();
    for (const rb::ChecklistStep &s : m_steps) {
        auto *item = new QListWidgetItem(QStringLiteral("%1. %2").arg(s.number).arg(s.plainText()), m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        const QDateTime done = m_checklist->doneAt(m_runbook, s.key);
        item->setCheckState(done.isValid() ? Qt::Checked : Qt::Unchecked);
        item->setData(kStepRole, int(s.number - 1));
        item->setToolTip(
            done.isValid() ? tr("%1\nDone at %2 UTC").arg(s.section, done.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                           : s.section);
    }
    m_filling = false;
    m_title->setText(m_steps.empty()
                         ? tr("Incident %1: this runbook has no task list or numbered steps.").arg(incidentId())
                         : tr("Incident %1: %2 of %3 steps done")
                               .arg(incidentId())
                               .arg(m_checklist->doneCount(m_runbook))
                               .arg(m_steps.size()));
}

void ChecklistPanel::onItemChanged(QListWidgetItem *item)
{
    if (m_filling || !m_checklist)
        return;
    const int index = item->data(kStepRole).toInt();
    if (index < 0 || std::size_t(index) >= m_steps.size())
        return;
    const rb::ChecklistStep &step = m_steps[std::size_t(index)];
    const bool done = item->checkState() == Qt::Checked;
    const QDateTime now = m_clock();
    m_checklist->setDone(m_runbook, step.key, done ? now : QDateTime());
    if (const QString error = m_checklist->save(); !error.isEmpty())
        emit message(tr("Checklist not saved: %1").arg(error));
    m_title->setText(tr("Incident %1: %2 of %3 steps done")
                         .arg(incidentId())
                         .arg(m_checklist->doneCount(m_runbook))
                         .arg(m_steps.size()));
    const QString pm = postmortemFile();
    if (done && m_timeline->isChecked() && !pm.isEmpty()) {
        QString text = step.plainText();
        if (text.size() > 80)
            text = text.left(79) + u'…';
        const QString event = tr("%1 runbook, step %2 done: %3").arg(runbookName()).arg(step.number).arg(text);
        if (const QString error = addTimelineRow(pm, now, event); !error.isEmpty())
            emit message(tr("Timeline not updated: %1").arg(error));
        else
            emit message(tr("Added to the timeline of %1: %2").arg(QFileInfo(pm).fileName(), event));
    }
}

} // namespace sre
