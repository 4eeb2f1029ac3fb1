#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

namespace sre {

// Which steps of which runbooks are done for one incident. Kept in the user's data folder
// (QStandardPaths::AppDataLocation/checklists/<workspace>/<incident id>.json), not in the
// workspace: it is working state of the people handling the incident; what lasts goes into the
// postmortem's timeline (addTimelineRow). Saved atomically (QSaveFile).
class IncidentChecklist final
{
public:
    // `folder` empty: the user's data folder.
    IncidentChecklist(const QString &workspaceDir, const QString &incidentId, const QString &folder = {});

    QString incidentId() const { return m_incident; }
    QString file() const { return m_file; }

    // Reads the file; a missing file is an empty checklist. Returns an error message or empty.
    QString load();
    QString save() const;

    // When the step `key` of `runbook` was ticked; invalid when it is not.
    QDateTime doneAt(const QString &runbook, const QString &key) const;
    void setDone(const QString &runbook, const QString &key, const QDateTime &when); // invalid: not done
    int doneCount(const QString &runbook) const;

    static QString defaultFolder();
    // A file name for any incident id ("INC-2025-001", "2025/01 outage").
    static QString safeName(const QString &incidentId);

private:
    QString m_workspace;
    QString m_incident;
    QString m_file;
    QMap<QString, QMap<QString, QDateTime>> m_done; // runbook (relative to the workspace) -> key -> when
    QString relative(const QString &runbook) const;
};

// Appends a timeline row {time, event} to the postmortem in `file` (the timeline table is created
// when missing), rewriting only that part of the file, atomically. `when` is written in UTC as
// "HH:mm", with the date in front when it is not the incident's start date. Returns an error
// message or empty.
QString addTimelineRow(const QString &file, const QDateTime &when, const QString &event);

} // namespace sre
