#pragma once

#include "alert.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>
#include <chrono>

class QCheckBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace sre {
namespace ws {
class Workspace;
}
namespace alerting {
class AlertmanagerPoller;
}
class Settings;
class SilenceDialog;

// The silences of the workspace's Alertmanagers: active, pending and recently expired, with
// author, comment, matchers and "ends in"; marks those ending within 15 minutes or just expired
// and those that match no alert firing now. Expire (bulk, after a confirmation that lists them),
// extend (keeping the id Alertmanager answers with) and edit. "My acks" narrows it to the user's
// own acks (comment prefix ACK:, author the "me" setting or the login name) that have not ended,
// each with its age and the time it has left.
class SilencesTab final : public QWidget
{
    Q_OBJECT
public:
    SilencesTab(ws::Workspace &workspace, alerting::AlertmanagerPoller &poller, Settings &settings,
                QWidget *parent = nullptr);

    enum Column { Mark, State, Matchers, Author, Comment, EndsIn, Matches, Age, ColumnCount };
    static constexpr std::chrono::minutes kSoon { 15 };
    static constexpr std::chrono::hours kRecentlyExpired { 24 };

    QTreeWidget *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *myAcksBox() const { return m_myAcks; }
    void setMyAcksOnly(bool on);
    bool myAcksOnly() const;
    int activeCount() const { return m_active; }
    // Row of the silence with this id (nullptr when not shown).
    QTreeWidgetItem *itemOf(const QString &id) const;
    std::vector<alerting::Silence> selectedSilences() const;

    // Asks (a non-blocking message box, returned) and expires the selected silences on yes.
    QMessageBox *expireSelected();
    // The same for every silence the filter shows that has not ended (Shift+Delete).
    QMessageBox *expireShown();
    void extendSelected(std::chrono::minutes by);
    SilenceDialog *editCurrent();
    SilenceDialog *newSilence();

signals:
    // After an extend or edit: Alertmanager's answer may be a new id; views should follow it.
    void silenceReplaced(const QString &oldId, const QString &newId);

private:
    void rebuild();
    void showMessage(const QString &text);
    QMessageBox *confirmExpire(std::vector<alerting::Silence> silences, const QString &noneMessage);
    QTimeZone zone() const;

    ws::Workspace &m_workspace;
    alerting::AlertmanagerPoller &m_poller;
    Settings &m_settings;
    QLineEdit *m_filter;
    QCheckBox *m_myAcks;
    QTreeWidget *m_view;
    QLabel *m_empty;
    QLabel *m_message;
    std::vector<alerting::Silence> m_silences; // shown, in row order
    int m_active = 0;
    QHash<QString, QString> m_replaced; // old id -> the id Alertmanager answered an extend or edit with
};

} // namespace sre
