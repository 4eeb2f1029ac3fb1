// sre-console: composition only. Options: --workspace DIR, --page NAME, --screenshot FILE,
// --lang en|ja, --edit ID, --search QUERY, --runbook FILE, --version; for the SLO page --slo ID,
// --meeting, --window, --period, --at.
#include "alertspage.h"
#include "datasourcehealth.h"
#include "i18n.h"
#include "mainwindow.h"
#include "markdownedit.h"
#include "settings.h"
#include "slopage.h"
#include "slotimebar.h"
#include "startuptrace.h"
#include "version.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QKeyEvent>
#include <QTimer>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>

namespace {

bool hasArg(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return true;
    return false;
}

// SRE_STARTUP_TRACE=1: marks the window's first paint (the first frame).
class FirstPaintMark final : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint || event->type() == QEvent::UpdateRequest) {
            sre::StartupTrace::mark("first frame painted");
            watched->removeEventFilter(this);
            deleteLater();
        }
        return false;
    }
};

// Releases the workspace's first load (held by main()) once the window's first frame has been
// painted, or after a second when no frame comes (a window that starts hidden).
class ReleaseAfterFirstFrame final : public QObject
{
public:
    ReleaseAfterFirstFrame(QWidget *window, sre::ws::Workspace &workspace)
        : QObject(window)
        , m_workspace(workspace)
    {
        window->installEventFilter(this);
        QTimer::singleShot(1000, this, &ReleaseAfterFirstFrame::release);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint || event->type() == QEvent::UpdateRequest) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, &ReleaseAfterFirstFrame::release); // after this frame
        }
        return false;
    }

private:
    void release()
    {
        m_workspace.release();
        deleteLater();
    }
    sre::ws::Workspace &m_workspace;
};

// Waits until the workspace has loaded, every datasource answered once and the SLO numbers
// arrived (or a deadline passed), then saves the window as a PNG and quits.
void scheduleScreenshot(sre::MainWindow &window, const QString &file)
{
    // Several signals can say "settled"; take the picture once. Unless forced (the deadline), only
    // if it is still settled after the queued events: a workspace that has just been read queues
    // the work it starts (the datasources' first check, the SLO refresh), and the picture must not
    // show it half done (check-fresh once got "Refreshing…" and "checking" that way).
    auto shot = std::make_shared<bool>(false);
    auto shoot = [&window, file, shot](bool force) {
        if (*shot)
            return true;
        QCoreApplication::processEvents();
        if (!force && !window.isSettled())
            return false;
        *shot = true;
        sre::StartupTrace::mark("settled: screenshot taken");
        const bool ok = window.grab().save(file);
        sre::StartupTrace::markPeakMemory();
        if (!ok)
            std::fprintf(stderr, "sre-console: cannot write screenshot %s\n", qPrintable(file));
        QCoreApplication::exit(ok ? 0 : 2);
        return true;
    };
    // Asked again after the queued events: work started by the same signal (the SLO detail's fetch
    // after the overview's refresh) must not be photographed half done. Until it is settled again,
    // look every 50 ms: not all of that work says when it is done.
    auto confirm = std::make_shared<std::function<void()>>();
    *confirm = [&window, shoot, weak = std::weak_ptr(confirm)] {
        if (window.isSettled() && shoot(false))
            return;
        if (const auto again = weak.lock())
            QTimer::singleShot(50, &window, *again);
    };
    QObject::connect(&window, &sre::MainWindow::maybeSettled, &window, [&window, confirm] {
        if (window.isSettled())
            QTimer::singleShot(0, &window, *confirm);
    });
    // A datasource that never answers does not hold it up for long.
    QTimer::singleShot(std::chrono::seconds(20), &window, [shoot] { shoot(true); });
}

// --slo, --meeting, --window, --period, --at: applied once the workspace has loaded (the SLO ids and
// the time zone come from it). False on a usage error.
bool applySloOptions(const QCommandLineParser &parser, const QList<QCommandLineOption> &o, sre::MainWindow &window,
                     sre::ws::Workspace &workspace)
{
    const QString slo = parser.value(o[0]);
    const bool meeting = parser.isSet(o[1]);
    const QString windowText = parser.value(o[2]);
    const QString period = parser.value(o[3]);
    std::optional<qint64> at;
    if (parser.isSet(o[4])) {
        bool ok = false;
        const qint64 unix = parser.value(o[4]).toLongLong(&ok);
        const QDateTime t = QDateTime::fromString(parser.value(o[4]), Qt::ISODateWithMs);
        if (!ok && !t.isValid()) {
            std::fprintf(stderr, "sre-console: --at must be RFC 3339 or Unix seconds\n");
            return false;
        }
        at = ok ? unix : t.toSecsSinceEpoch();
    }
    static const QStringList presets = { QStringLiteral("1d"), QStringLiteral("7d"), QStringLiteral("28d"),
                                         QStringLiteral("30d"), QStringLiteral("90d") };
    if (!windowText.isEmpty() && !presets.contains(windowText)) {
        std::fprintf(stderr, "sre-console: --window must be one of %s\n",
                     qPrintable(presets.join(QStringLiteral(", "))));
        return false;
    }
    if (slo.isEmpty() && !meeting && windowText.isEmpty() && period.isEmpty() && !at)
        return true;
    QObject::connect(
        &workspace, &sre::ws::Workspace::loaded, &window,
        [=, &window, &workspace] {
            sre::SloPage *page = window.sloPage();
            sre::SloTimeBar *bar = page->timeBar();
            if (at)
                bar->setAsOf(*at);
            if (!windowText.isEmpty())
                bar->selectWindow(std::chrono::seconds(windowText.chopped(1).toInt() * 86400));
            if (!period.isEmpty() && !bar->selectPeriod(period))
                std::fprintf(stderr, "sre-console: no period %s (month or quarter, up to a year back)\n",
                             qPrintable(period));
            if (!slo.isEmpty() && !workspace.findSlo(slo))
                std::fprintf(stderr, "sre-console: no SLO %s in the workspace\n", qPrintable(slo));
            window.showPage(QStringLiteral("slos"));
            if (!slo.isEmpty())
                page->openDetail(slo);
            if (meeting)
                window.setMeetingMode(true);
        },
        Qt::SingleShotConnection);
    return true;
}

// Test hook: SRE_CONSOLE_TEST_TYPE=TEXT types TEXT into the editor opened by --edit, as key
// events through the real widgets, then prints "typed" on stdout. The kill-and-recover test
// uses it to edit a running sre-console before killing it.
void typeForTest(sre::MainWindow &window, const QString &text)
{
    auto *edit = window.findChild<sre::MarkdownEdit *>();
    if (!edit)
        return;
    edit->setFocus();
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(edit, &press);
        QCoreApplication::sendEvent(edit, &release);
    }
    std::printf("typed\n");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (hasArg(argc, argv, "--version")) {
        std::printf("sre-console %s\n", sre::kVersion);
        return 0;
    }
    sre::StartupTrace::mark("main entered");
    // A screenshot needs no display.
    if (hasArg(argc, argv, "--screenshot") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication::setApplicationName(QString::fromLatin1(sre::Settings::kApplication));
    QApplication::setOrganizationName(QString::fromLatin1(sre::Settings::kOrganization));
    QApplication::setApplicationVersion(QString::fromLatin1(sre::kVersion));
    // The installed desktop file (packaging/): Wayland compositors match the window to its icon.
    QApplication::setDesktopFileName(QStringLiteral("io.github.sreconsole.SreConsole"));
    QApplication app(argc, argv);
    sre::StartupTrace::mark("QApplication constructed");

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SRE Console: SLOs, postmortems and runbooks."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOpt(QStringLiteral("workspace"), QStringLiteral("Open the workspace folder DIR."),
                                          QStringLiteral("DIR"));
    const QCommandLineOption pageOpt(
        QStringLiteral("page"),
        QStringLiteral("Start on page NAME: slos, postmortems, runbooks, alerts, oncall, welcome; "
                       "alerts/firing, alerts/silences, alerts/rules or alerts/history for a tab of Alerts."),
        QStringLiteral("NAME"));
    const QCommandLineOption shotOpt(QStringLiteral("screenshot"),
                                     QStringLiteral("Render offscreen, save a PNG to FILE and exit."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("User interface language: en or ja."),
                                     QStringLiteral("LANG"));
    const QCommandLineOption editOpt(QStringLiteral("edit"),
                                     QStringLiteral("Open postmortem ID (or a file of the workspace) in the editor."),
                                     QStringLiteral("ID"));
    const QCommandLineOption versionOpt(QStringLiteral("version"), QStringLiteral("Print the version and exit."));
    // The SLO page's state, so a screenshot (or a projector) can start where it is needed.
    const QCommandLineOption sloOpt(QStringLiteral("slo"), QStringLiteral("Open the detail of SLO ID (service/name)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption meetingOpt(QStringLiteral("meeting"), QStringLiteral("Start in review-meeting mode."));
    const QCommandLineOption windowOpt(QStringLiteral("window"),
                                       QStringLiteral("SLO window preset: 1d, 7d, 28d, 30d or 90d."),
                                       QStringLiteral("DURATION"));
    const QCommandLineOption periodOpt(QStringLiteral("period"),
                                       QStringLiteral("Calendar period such as 2026-10 or 2026-Q4."),
                                       QStringLiteral("PERIOD"));
    const QCommandLineOption atOpt(QStringLiteral("at"),
                                   QStringLiteral("Evaluate the SLOs as of TIME (RFC 3339 or Unix "
                                                  "seconds) instead of now."),
                                   QStringLiteral("TIME"));
    const QCommandLineOption searchOpt(QStringLiteral("search"),
                                       QStringLiteral("Open the search box (Ctrl+K) with QUERY typed in."),
                                       QStringLiteral("QUERY"));
    const QCommandLineOption runbookOpt(QStringLiteral("runbook"),
                                        QStringLiteral("Open the runbook FILE (path#anchor) in the runbook browser."),
                                        QStringLiteral("FILE"));
    parser.addOptions({ workspaceOpt, pageOpt, shotOpt, langOpt, versionOpt, sloOpt, meetingOpt, windowOpt, periodOpt,
                        atOpt, editOpt, searchOpt, runbookOpt });
    parser.process(app);

    sre::Settings settings;
    const QString lang = parser.isSet(langOpt) ? parser.value(langOpt) : settings.language();
    if (!lang.isEmpty() && lang != u"en" && lang != u"ja") {
        std::fprintf(stderr, "sre-console: --lang must be en or ja, not %s\n", qPrintable(lang));
        return 2;
    }
    sre::installTranslators(app, lang);
    sre::StartupTrace::mark("options parsed, settings read, translators installed");

    const QString page = parser.value(pageOpt);
    const bool alertsTab = page.startsWith(u"alerts/") && sre::AlertsPage::tabNames().contains(page.mid(7));
    if (!page.isEmpty() && !sre::MainWindow::pageNames().contains(page) && page != u"welcome" && !alertsTab) {
        std::fprintf(stderr, "sre-console: --page must be one of %s, welcome, or alerts/ and one of %s\n",
                     qPrintable(sre::MainWindow::pageNames().join(QStringLiteral(", "))),
                     qPrintable(sre::AlertsPage::tabNames().join(QStringLiteral(", "))));
        return 2;
    }

    const bool screenshot = parser.isSet(shotOpt);
    QString dir = parser.value(workspaceOpt);
    // The last workspace opens again; one that has gone away (moved, deleted, an unmounted disk)
    // leaves the welcome page with its recent list instead.
    if (dir.isEmpty() && !screenshot)
        if (const QString last = sre::Session().lastWorkspace(); !last.isEmpty() && QDir(last).exists())
            dir = last;
    if (!dir.isEmpty() && !QDir(dir).exists()) {
        std::fprintf(stderr, "sre-console: workspace folder %s does not exist\n", qPrintable(dir));
        return 2;
    }
    sre::ws::Workspace workspace;
    sre::DatasourceHealth health;
    // The workspace loads on a worker thread while this one builds the window. Its end is
    // delivered through the event loop (Workspace::loaded), so every page built below, and every
    // connection made below, sees it.
    if (!dir.isEmpty()) {
        workspace.hold(); // until the first frame: ReleaseAfterFirstFrame
        workspace.open(dir);
    }
    sre::StartupTrace::mark("workspace open started");
    sre::MainWindow window(workspace, settings, health);
    sre::StartupTrace::mark("MainWindow constructed");
    if (sre::StartupTrace::enabled()) {
        QObject::connect(&workspace, &sre::ws::Workspace::loaded, &window,
                         [] { sre::StartupTrace::mark("workspace loaded"); });
        window.installEventFilter(new FirstPaintMark(&window));
    }
    if (!screenshot)
        window.restoreSession();
    if (!page.isEmpty())
        window.showPage(page);
    if (parser.isSet(editOpt)) {
        window.editPostmortemWhenLoaded(parser.value(editOpt));
        if (const QString text = qEnvironmentVariable("SRE_CONSOLE_TEST_TYPE"); !text.isEmpty())
            QObject::connect(
                &workspace, &sre::ws::Workspace::loaded, &window,
                [&window, text] { QTimer::singleShot(0, &window, [&window, text] { typeForTest(window, text); }); },
                Qt::SingleShotConnection);
    }
    if (!applySloOptions(parser, { sloOpt, meetingOpt, windowOpt, periodOpt, atOpt }, window, workspace))
        return 2;
    // A screenshot leaves the user's recent list alone.
    if (!dir.isEmpty() && !screenshot)
        window.showOpening(dir);

    if (parser.isSet(runbookOpt)) {
        const QString target = parser.value(runbookOpt);
        const qsizetype hash = target.indexOf(u'#');
        const QString file = QFileInfo(hash < 0 ? target : target.left(hash)).absoluteFilePath();
        const QString anchor = hash < 0 ? QString() : target.mid(hash + 1);
        QObject::connect(
            &workspace, &sre::ws::Workspace::loaded, &window,
            [&window, file, anchor] { window.openRunbook(file, anchor); }, Qt::SingleShotConnection);
    }
    if (parser.isSet(searchOpt)) {
        const QString query = parser.value(searchOpt);
        QTimer::singleShot(0, &window, [&window, query] { window.showSearch(query); });
    }

    if (screenshot) {
        window.resize(1280, 800);
        window.show();
        scheduleScreenshot(window, parser.value(shotOpt));
    } else {
        window.show();
    }
    new ReleaseAfterFirstFrame(&window, workspace);
    sre::StartupTrace::mark("window shown, event loop starts");
    return app.exec();
}
