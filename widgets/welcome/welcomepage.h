#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace sre {
class Settings;

// The first start: shown while no workspace is open. Opens the demo (a copy of the installed one),
// a folder, a new workspace made by the wizard, or one of the recent workspaces.
class WelcomePage final : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(Settings &settings, QWidget *parent = nullptr);

    // The demo workspace that ships with the application: <prefix>/share/sre-console/demo beside
    // the executable's bin/, else the source tree's resources/demo when run from a build tree.
    // Empty when neither exists.
    static QString installedDemoDir();
    // Where the demo is copied to be opened (the installed one is read-only; a copy is the
    // user's to edit): the application's data folder.
    static QString demoCopyDir();

public slots:
    void openDemo();
    void openFolder();
    void createWorkspace();

signals:
    // The user chose a workspace folder; the window opens it.
    void openRequested(const QString &dir);
    // Something went wrong that the user should see (status bar).
    void message(const QString &text);

private:
    void rebuildRecent();
    void openRecent(QListWidgetItem *item);

    Settings &m_settings;
    QCommandLinkButton *m_demoButton;
    QLabel *m_demoNote;
    QLabel *m_recentTitle;
    QListWidget *m_recent;
    bool m_copying = false;
};

} // namespace sre
