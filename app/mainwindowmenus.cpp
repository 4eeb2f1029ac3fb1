// The menu bar (File, View, Help), the recent workspaces and review-meeting mode, which hides the
// window's chrome.
#include "datasourcehealth.h"
#include "mainwindow.h"
#include "reportexportdialog.h"
#include "settings.h"
#include "slopage.h"
#include "version.h"
#include "welcomepage.h"
#include "workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace sre {

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Workspace…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), m_welcome,
                    &WelcomePage::createWorkspace);
    file->addAction(tr("&Open Workspace…"), QKeySequence::Open, this, &MainWindow::chooseWorkspace);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addAction(tr("&Reload Workspace"), QKeySequence::Refresh, this, [this] {
        if (m_workspace.isOpen())
            m_workspace.open(m_workspace.dir());
    });
    file->addAction(tr("Export &Budget Report…"), this, [this] {
        auto *dialog = new ReportExportDialog(m_workspace, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList labels = { tr("&SLOs"), tr("&Postmortems"), tr("&Runbooks"), tr("&Alerts"), tr("&On Call") };
    for (qsizetype i = 0; i < labels.size(); ++i)
        view->addAction(labels[i], QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this,
                        [this, i] { m_sidebar->setCurrentRow(int(i)); });
    view->addSeparator();
    // Ctrl+K itself is caught by the palette so it works inside line edits too; the menu shows it.
    QAction *search = view->addAction(tr("&Search…"), this, [this] { showSearch(); });
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    search->setShortcutContext(Qt::WidgetShortcut); // shown in the menu, handled by the palette
    view->addSeparator();
    QAction *problems = m_problemsDock->toggleViewAction();
    problems->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    view->addAction(problems);
    view->addAction(tr("Check &Datasources Now"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &m_health,
                    &DatasourceHealth::checkNow);

    m_meetingAction = view->addAction(tr("Review &Meeting Mode"), this, &MainWindow::setMeetingMode);
    m_meetingAction->setCheckable(true);
    m_meetingAction->setShortcuts({ QKeySequence(Qt::Key_F11), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P) });
    m_meetingAction->setShortcutContext(Qt::ApplicationShortcut);
    addAction(m_meetingAction); // still reachable with the menu bar hidden

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SRE Console"), this, [this] {
        QMessageBox::about(this, tr("About SRE Console"),
                           tr("<h3>SRE Console %1</h3><p>SLOs and error budgets, blameless postmortems and "
                              "runbooks, around one workspace folder.</p>")
                               .arg(QString::fromLatin1(kVersion)));
    });
}

void MainWindow::setMeetingMode(bool on)
{
    if (m_meetingAction->isChecked() != on) {
        const QSignalBlocker block(m_meetingAction);
        m_meetingAction->setChecked(on);
    }
    if (on) {
        showPage(QStringLiteral("slos"));
        if (!isFullScreen())
            m_wasMaximized = isMaximized();
        showFullScreen();
    } else if (isFullScreen()) {
        m_wasMaximized ? showMaximized() : showNormal();
    }
    m_sidebar->setVisible(!on);
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    m_sloPage->setMeetingMode(on);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentWorkspaces();
    for (const QString &dir : recent)
        m_recentMenu->addAction(dir, this, [this, dir] { openWorkspace(dir); });
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), &m_settings, &Settings::clearRecentWorkspaces);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::chooseWorkspace()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Workspace"), m_workspace.dir());
    if (!dir.isEmpty())
        openWorkspace(dir);
}

} // namespace sre
