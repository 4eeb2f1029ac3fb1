#pragma once

#include <QFuture>
#include <QWidget>
#include <memory>

class QLabel;
class QStackedWidget;

namespace sre {
namespace ws {
class Workspace;
}
class PostmortemEditor;
class PostmortemList;
class RecoveryStore;
class SloEngine;
namespace prom {
class PrometheusClient;
}

// The postmortem page: the list, and the editor in its place while one is open.
class PostmortemPage final : public QWidget
{
    Q_OBJECT
public:
    explicit PostmortemPage(ws::Workspace &workspace, QWidget *parent = nullptr);
    ~PostmortemPage() override;

    PostmortemList *list() const { return m_list; }
    PostmortemEditor *editor() const { return m_editor; }
    bool isEditing() const;
    // Opens a postmortem by id or file path in the editor; false when there is none.
    bool edit(const QString &idOrFile);
    void showList();
    // Asks about unsaved changes before the app quits; false when the user cancels.
    bool maybeClose();
    bool isSettled() const;
    void newPostmortem();

signals:
    void settled();
    // Unsaved text of these postmortems is waiting (from a session that ended without saving).
    void recoveryAvailable(const QStringList &ids);

private:
    void offerRecovery();
    // "Impact from SLOs" and "Export…" of the editor, through the SLO engine off the GUI thread.
    void computeImpact();
    void exportDocument();
    void printDocument();
    // A client and engine for the workspace's Prometheus (null when it has none).
    SloEngine *engine();

    ws::Workspace &m_workspace;
    QStackedWidget *m_stack;
    PostmortemList *m_list;
    PostmortemEditor *m_editor;
    QWidget *m_recoveryBanner;
    QLabel *m_recoveryText;
    std::shared_ptr<RecoveryStore> m_recovery;
    std::unique_ptr<prom::PrometheusClient> m_client;
    std::unique_ptr<SloEngine> m_engine;
    QString m_engineDatasource;
    QFuture<void> m_work; // waited for before the engine goes
};

} // namespace sre
