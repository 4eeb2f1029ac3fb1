#include "welcomepage.h"

#include "settings.h"
#include "workspaceconfig.h"
#include "workspaceinit.h"
#include "workspacewizard.h"

#include <QCommandLinkButton>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace sre {

namespace {
QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    return label;
}
} // namespace

WelcomePage::WelcomePage(Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_demoButton(new QCommandLinkButton(tr("Open the demo"), this))
    , m_demoNote(wrappedLabel({}, this))
    , m_recentTitle(new QLabel(tr("Recent workspaces"), this))
    , m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcome"));

    auto *column = new QWidget(this);
    column->setMaximumWidth(760);
    auto *layout = new QVBoxLayout(column);
    layout->setSpacing(10);

    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(column);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/app.svg")).pixmap(64, 64));
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *title = new QLabel(tr("<h1>Welcome to SRE Console</h1>"
                                "<p>SLOs and error budgets from Prometheus, blameless postmortems and runbooks, "
                                "around one workspace folder your team keeps in git.</p>"),
                             column);
    title->setWordWrap(true);
    header->addWidget(title, 1);
    layout->addLayout(header);
    layout->addSpacing(8);

    const QString demo = installedDemoDir();
    const ws::ConfigResult demoConfig = demo.isEmpty() ? ws::ConfigResult {} : ws::loadWorkspaceConfig(demo);
    const DatasourceConfig *demoProm = demoConfig.config.prometheus();
    const QString demoUrl = demoProm ? demoProm->url.toString() : QStringLiteral("http://127.0.0.1:9090");
    m_demoButton->setObjectName(QStringLiteral("openDemo"));
    m_demoButton->setIcon(QIcon(QStringLiteral(":/icons/slo.svg")));
    m_demoButton->setDescription(tr("Acme Shop, a small online shop: SLOs, postmortems, runbooks and alert rules, "
                                    "opened as your own copy."));
    m_demoButton->setEnabled(!demo.isEmpty());
    m_demoNote->setObjectName(QStringLiteral("demoNote"));
    m_demoNote->setText(
        demo.isEmpty()
            ? tr("The demo is not installed.")
            : tr("Its SLO numbers need a Prometheus at <code>%1</code> holding the demo's metrics. From the "
                 "source tree, <code>scripts/demo.sh</code> starts one with generated history (and Alertmanager) and "
                 "opens the demo on it; without one the SLO page says the datasource is unreachable, and "
                 "postmortems and runbooks work all the same.")
                  .arg(demoUrl.toHtmlEscaped()));
    m_demoNote->setContentsMargins(34, 0, 0, 0); // under the button's text, past its icon
    connect(m_demoButton, &QCommandLinkButton::clicked, this, &WelcomePage::openDemo);
    layout->addWidget(m_demoButton);
    layout->addWidget(m_demoNote);

    auto *open = new QCommandLinkButton(tr("Open a folder…"), this);
    open->setObjectName(QStringLiteral("openFolder"));
    open->setIcon(QIcon(QStringLiteral(":/icons/runbook.svg")));
    open->setDescription(tr("A workspace your team already has: workspace.yaml, slos/, postmortems/, runbooks/. "
                            "Any folder of SLO files opens too."));
    connect(open, &QCommandLinkButton::clicked, this, &WelcomePage::openFolder);
    layout->addWidget(open);

    auto *create = new QCommandLinkButton(tr("Create a workspace…"), this);
    create->setObjectName(QStringLiteral("createWorkspace"));
    create->setIcon(QIcon(QStringLiteral(":/icons/postmortem.svg")));
    create->setDescription(tr("Name it, point it at your Prometheus (and Alertmanager), test the connection. "
                              "Writes workspace.yaml and the folders."));
    connect(create, &QCommandLinkButton::clicked, this, &WelcomePage::createWorkspace);
    layout->addWidget(create);

    layout->addSpacing(8);
    m_recentTitle->setObjectName(QStringLiteral("recentTitle"));
    QFont bold = m_recentTitle->font();
    bold.setBold(true);
    m_recentTitle->setFont(bold);
    m_recent->setObjectName(QStringLiteral("recentWorkspaces"));
    m_recent->setFrameShape(QFrame::NoFrame);
    m_recent->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QPalette palette = m_recent->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window)); // a list of links, not a box
    m_recent->setPalette(palette);
    connect(m_recent, &QListWidget::itemActivated, this, &WelcomePage::openRecent);
    connect(m_recent, &QListWidget::itemClicked, this, &WelcomePage::openRecent);
    layout->addWidget(m_recentTitle);
    layout->addWidget(m_recent);
    layout->addStretch(1);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(3);

    connect(&m_settings, &Settings::recentWorkspacesChanged, this, &WelcomePage::rebuildRecent);
    rebuildRecent();
}

QString WelcomePage::installedDemoDir()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    const QString installed = QDir::cleanPath(bin.filePath(QStringLiteral("../share/sre-console/demo")));
    if (QFileInfo::exists(QDir(installed).filePath(QStringLiteral("workspace.yaml"))))
        return installed;
#ifdef SRE_SOURCE_DEMO_DIR
    // A build tree (build/bin/sre-console, or a test in build/tests/gui, below build/CMakeCache.txt):
    // the checkout's demo.
    for (const char *up : { "..", "../..", "../../.." })
        if (QFileInfo::exists(bin.filePath(QLatin1String(up) + QStringLiteral("/CMakeCache.txt")))
            && QFileInfo::exists(QStringLiteral(SRE_SOURCE_DEMO_DIR "/workspace.yaml")))
            return QStringLiteral(SRE_SOURCE_DEMO_DIR);
#endif
    return {};
}

QString WelcomePage::demoCopyDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo"));
}

void WelcomePage::openDemo()
{
    const QString copy = demoCopyDir();
    if (QFileInfo::exists(QDir(copy).filePath(QStringLiteral("workspace.yaml")))) {
        emit openRequested(copy);
        return;
    }
    const QString demo = installedDemoDir();
    if (demo.isEmpty() || m_copying)
        return;
    m_copying = true;
    m_demoButton->setEnabled(false);
    QDir(copy).removeRecursively(); // a copy that stopped half-way
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, copy] {
        watcher->deleteLater();
        m_copying = false;
        m_demoButton->setEnabled(true);
        if (const QString error = watcher->result(); !error.isEmpty())
            emit message(tr("Cannot copy the demo: %1").arg(error));
        else
            emit openRequested(copy);
    });
    watcher->setFuture(QtConcurrent::run([demo, copy] { return ws::copyWorkspace(demo, copy); }));
}

void WelcomePage::openFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Workspace"), QDir::homePath());
    if (!dir.isEmpty())
        emit openRequested(dir);
}

void WelcomePage::createWorkspace()
{
    auto *wizard = new WorkspaceWizard(this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &WorkspaceWizard::created, this, &WelcomePage::openRequested);
    wizard->open();
}

void WelcomePage::rebuildRecent()
{
    m_recent->clear();
    const QStringList recent = m_settings.recentWorkspaces();
    for (const QString &dir : recent) {
        // The folder's name, not workspace.yaml's: a recent folder on a slow mount must not hold up the window.
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(QFileInfo(dir).fileName(), dir), m_recent);
        item->setData(Qt::UserRole, dir);
        item->setIcon(QIcon(QStringLiteral(":/icons/slo.svg")));
        if (!QFileInfo(dir).isDir()) {
            item->setText(tr("%1 (not found)").arg(item->text()));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("%1 no longer exists").arg(dir));
        }
    }
    // As tall as its rows (at most Settings::kMaxRecent), no scrolling.
    m_recent->setFixedHeight(recent.isEmpty() ? 0 : m_recent->sizeHintForRow(0) * int(recent.size()) + 4);
    m_recentTitle->setVisible(!recent.isEmpty());
    m_recent->setVisible(!recent.isEmpty());
}

void WelcomePage::openRecent(QListWidgetItem *item)
{
    if (item && (item->flags() & Qt::ItemIsEnabled))
        emit openRequested(item->data(Qt::UserRole).toString());
}

} // namespace sre
