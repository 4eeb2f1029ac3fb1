#pragma once

#include "checklist.h"
#include "incidentchecklist.h"

#include <QWidget>
#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace sre {
namespace ws {
class Workspace;
}

// The incident checklist beside a runbook: its task-list items and numbered steps as checkboxes,
// ticked per incident id and saved at once; ticking a step can add a timeline row to that
// incident's postmortem ("14:50 | KubePodCrashLooping runbook, step 3 done: …").
class ChecklistPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistPanel(ws::Workspace &workspace, QWidget *parent = nullptr);

    // Starts (or resumes) the checklist of `incidentId` on `runbookFile`.
    void start(const QString &incidentId, const QString &runbookFile);
    // Another runbook is shown: its steps, same incident.
    void setRunbook(const QString &runbookFile);
    void stop();
    bool isActive() const { return m_checklist != nullptr; }
    QString incidentId() const;

    QListWidget *list() const { return m_list; }
    QCheckBox *addToTimeline() const { return m_timeline; }
    const std::vector<rb::ChecklistStep> &steps() const { return m_steps; }
    // Where checklists are kept (tests point it at a temporary folder) and what time it is.
    void setStorageFolder(const QString &folder) { m_folder = folder; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // The postmortem of the incident, empty when the workspace has none with that id.
    QString postmortemFile() const;

signals:
    void message(const QString &text);
    void stopped();

private:
    void onItemChanged(QListWidgetItem *item);
    QString runbookName() const;

    ws::Workspace &m_workspace;
    QLabel *m_title;
    QCheckBox *m_timeline;
    QListWidget *m_list;
    QString m_folder;
    QString m_runbook;
    std::unique_ptr<IncidentChecklist> m_checklist;
    std::vector<rb::ChecklistStep> m_steps;
    std::function<QDateTime()> m_clock;
    bool m_filling = false;
};

} // namespace sre
