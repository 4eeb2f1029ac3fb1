#pragma once

// "Declare incident" (D on the Alerts page): the draft is written on a worker thread (templates,
// calendars and the new file are disk work), then `declared` says where it went and which runbook
// the first alert resolves to, so the window can start that runbook's checklist and open the editor.
#include "alert.h"

#include <QList>
#include <QObject>

namespace sre {

class Settings;

namespace ws {
class Workspace;
}
namespace alerting {
class AlertmanagerPoller;
}

class IncidentDeclarer final : public QObject
{
    Q_OBJECT
public:
    IncidentDeclarer(ws::Workspace &workspace, Settings &settings, alerting::AlertmanagerPoller &poller,
                     QObject *parent = nullptr);

    bool isBusy() const { return m_busy; }
    void declare(const QList<alerting::Alert> &alerts);

signals:
    // `runbookFile`: absolute, empty when no alert resolved to a runbook; `warnings` name their file.
    void declared(const QString &id, const QString &path, const QString &runbookFile, const QStringList &warnings);
    void failed(const QString &message);

private:
    ws::Workspace &m_workspace;
    Settings &m_settings;
    alerting::AlertmanagerPoller &m_poller;
    bool m_busy = false;
};

} // namespace sre
