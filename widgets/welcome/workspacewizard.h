#pragma once

#include "workspaceinit.h"

#include <QWizard>

namespace sre {

// File ▸ New Workspace… and the welcome page's "Create a workspace…": name and time zone, the
// Prometheus URL with its authentication and a connection test, an optional Alertmanager, runbook
// folders; then writes workspace.yaml and the folders (ws::initWorkspace) and emits created().
class WorkspaceWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { NamePage, PrometheusPage, RunbooksPage, SummaryPage };

    explicit WorkspaceWizard(QWidget *parent = nullptr);

    // The answers so far, as ws::initWorkspace takes them.
    ws::WorkspaceInit answers() const;
    // The folder written by the last successful finish.
    QString createdDir() const { return m_createdDir; }

    // Writes the workspace (the summary page's validatePage). False, with the reason shown on the
    // page, when it cannot.
    bool writeWorkspace();

signals:
    void created(const QString &dir);

private:
    QString m_createdDir;
};

} // namespace sre
