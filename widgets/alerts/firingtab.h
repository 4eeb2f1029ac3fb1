#pragma once

#include "alert.h"
#include "firingalertsmodel.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QTimeZone>
#include <QWidget>
#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace sre {
namespace ws {
class Workspace;
}
namespace alerting {
class AckKeepAlive;
class AlertmanagerPoller;
} // namespace alerting
class SeenBeforePanel;
class Settings;
class SilenceDialog;
struct SloEvaluation;

// Firing now: the live alerts of the workspace's Alertmanagers, grouped, filtered as you type,
// with a stale banner when a peer fails. Below the list, the selected alert's "seen before"
// (last fired, firings in 30 days, connected postmortems). Keyboard: Enter opens the runbook, S silences, A acks,
// D asks to declare an incident, Ctrl+C copies the selection as Markdown, Ctrl+F filters.
class FiringTab final : public QWidget
{
    Q_OBJECT
public:
    FiringTab(ws::Workspace &workspace, alerting::AlertmanagerPoller &poller, Settings &settings,
              QWidget *parent = nullptr);

    static constexpr std::chrono::minutes kAckDuration { 30 };

    FiringAlertsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *filterError() const { return m_filterError; }
    QComboBox *groupByBox() const { return m_groupBy; }
    QComboBox *savedFilterBox() const { return m_saved; }
    QLabel *banner() const { return m_banner; }
    QLabel *statusLabel() const { return m_status; }
    // "Keep alive while firing" for new acks (Settings::ackKeepAlive), and who keeps them alive.
    QCheckBox *keepAliveBox() const { return m_keepAliveBox; }
    alerting::AckKeepAlive *keepAlive() const { return m_keepAlive; }
    // The selected alert's (or alert group's) history and postmortems; hidden with no selection.
    SeenBeforePanel *seenBefore() const { return m_seen; }
    QSplitter *splitter() const { return m_splitter; }
    // False while runbooks of the alerts shown are being looked up.
    bool isSettled() const { return !m_resolving; }

    // The alerts of the selected rows (a group row stands for all its alerts), without repeats.
    std::vector<alerting::Alert> selectedAlerts() const;
    // Opens the silence form (not modal to the event loop) for the selection; nullptr when
    // nothing is selected. The form deletes itself when closed.
    SilenceDialog *silenceSelected();
    void ackSelected();
    // Selects the alert with this fingerprint and scrolls to it (a clicked desktop notification):
    // its group is unfolded, and a filter that hides it is cleared. An alert not listed yet is
    // selected when the next poll brings it; false until then.
    bool showAlert(const QString &fingerprint);
    void openRunbookOfCurrent();
    void copySelectionAsMarkdown();
    bool exportCsv(const QString &file, QString *error = nullptr) const;

    // Saved filters: the current text under `name` (replacing one of that name), or removed.
    void saveFilter(const QString &name);
    void deleteSavedFilter(const QString &name);

    // Budget remaining and burn of an SLO by id (null when not evaluated yet).
    void setSloNumbers(std::function<const SloEvaluation *(const QString &)> lookup);

signals:
    void openRunbook(const QString &path, const QString &anchor);
    void sloRequested(const QString &id);
    void postmortemRequested(const QString &id); // a link in the seen-before panel
    void declareIncidentRequested(const QList<sre::alerting::Alert> &alerts);
    void settled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySnapshot();
    void applyFilter();
    void applyGroupBy();
    void updateBanner();
    void updateStatus();
    void updateEmptyState();
    void updateGroupChoices();
    void updateSlos();
    void updateSavedFilters();
    void resolveRunbooks();
    // firingtabdetail.cpp: the list above the seen-before panel, and the selection across polls.
    QWidget *makeDetail();
    void updateSeenBefore();
    void rememberView();
    void restoreView();
    void showMessage(const QString &text);
    QCheckBox *makeKeepAliveBox();
    bool selectAlert(const QString &fingerprint);
    void selectPendingAlert();
    QTimeZone zone() const;

    ws::Workspace &m_workspace;
    alerting::AlertmanagerPoller &m_poller;
    Settings &m_settings;
    FiringAlertsModel *m_model;
    QLineEdit *m_filter;
    QComboBox *m_saved;
    QToolButton *m_savedMenu;
    QLabel *m_filterError;
    QComboBox *m_groupBy;
    QLabel *m_banner;
    QPushButton *m_refresh;
    QLabel *m_status;
    QLabel *m_message;
    QStackedWidget *m_stack;
    QTreeView *m_view;
    QLabel *m_empty;
    QSplitter *m_splitter = nullptr;
    SeenBeforePanel *m_seen = nullptr;
    QLabel *m_seenHint = nullptr;
    alerting::AckKeepAlive *m_keepAlive;
    QCheckBox *m_keepAliveBox = nullptr;

    std::function<const SloEvaluation *(const QString &)> m_sloNumbers;
    QHash<QString, AlertRunbook> m_runbooks; // by FiringAlertsModel::runbookKey()
    quint64 m_runbookGeneration = 0;
    bool m_resolving = false;
    QSet<QString> m_collapsed; // group keys the user folded
    QStringList m_selectedFingerprints;
    QSet<QString> m_selectedGroups;
    QString m_currentFingerprint;
    QString m_currentGroup;
    QString m_pendingFingerprint; // asked for by showAlert() before a poll listed it
    bool m_restoring = false; // between a model reset and restoreView(): the selection is not the user's
    QString m_seenName; // what the seen-before panel shows, so a poll does not ask Prometheus again
    alerting::LabelSet m_seenLabels;
    QDateTime m_lastAnswer; // when a peer last answered (fetchedAt waits for all of them)
};

} // namespace sre
