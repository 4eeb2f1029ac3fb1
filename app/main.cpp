// sre-console: composition only. Options: --workspace DIR, --page NAME, --screenshot FILE,
// --lang en|ja, --search QUERY, --runbook FILE, --version.
#include "datasourcehealth.h"
#include "i18n.h"
#include "mainwindow.h"
#include "settings.h"
#include "version.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

bool hasArg(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return true;
    return false;
}

// Waits until the workspace has loaded, every datasource answered once and the SLO numbers
// arrived (or a deadline passed), then saves the window as a PNG and quits.
void scheduleScreenshot(sre::MainWindow &window, const QString &file)
{
    // Several signals can say "settled"; take the picture once.
    auto shot = std::make_shared<bool>(false);
    auto shoot = [&window, file, shot] {
        if (std::exchange(*shot, true))
            return;
        QCoreApplication::processEvents();
        const bool ok = window.grab().save(file);
        if (!ok)
            std::fprintf(stderr, "sre-console: cannot write screenshot %s\n", qPrintable(file));
        QCoreApplication::exit(ok ? 0 : 2);
    };
    QObject::connect(&window, &sre::MainWindow::maybeSettled, &window, [&window, shoot] {
        if (window.isSettled())
            QTimer::singleShot(0, &window, shoot);
    });
    // A datasource that never answers does not hold it up for long.
    QTimer::singleShot(std::chrono::seconds(20), &window, shoot);
}

} // namespace

int main(int argc, char **argv)
{
    if (hasArg(argc, argv, "--version")) {
        std::printf("sre-console %s\n", sre::kVersion);
        return 0;
    }
    // A screenshot needs no display.
    if (hasArg(argc, argv, "--screenshot") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication::setApplicationName(QStringLiteral("sre-console"));
    QApplication::setOrganizationName(QStringLiteral("sre-console"));
    QApplication::setApplicationVersion(QString::fromLatin1(sre::kVersion));
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SRE Console: SLOs, postmortems and runbooks."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOpt(QStringLiteral("workspace"), QStringLiteral("Open the workspace folder DIR."),
                                          QStringLiteral("DIR"));
    const QCommandLineOption pageOpt(QStringLiteral("page"),
                                     QStringLiteral("Start on page NAME: slos, postmortems, runbooks, alerts."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption shotOpt(QStringLiteral("screenshot"),
                                     QStringLiteral("Render offscreen, save a PNG to FILE and exit."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("User interface language: en or ja."),
                                     QStringLiteral("LANG"));
    const QCommandLineOption versionOpt(QStringLiteral("version"), QStringLiteral("Print the version and exit."));
    const QCommandLineOption searchOpt(QStringLiteral("search"),
                                       QStringLiteral("Open the search box (Ctrl+K) with QUERY typed in."),
                                       QStringLiteral("QUERY"));
    const QCommandLineOption runbookOpt(QStringLiteral("runbook"),
                                        QStringLiteral("Open the runbook FILE (path#anchor) in the runbook browser."),
                                        QStringLiteral("FILE"));
    parser.addOptions({ workspaceOpt, pageOpt, shotOpt, langOpt, searchOpt, runbookOpt, versionOpt });
    parser.process(app);

    sre::Settings settings;
    const QString lang = parser.isSet(langOpt) ? parser.value(langOpt) : settings.language();
    if (!lang.isEmpty() && lang != u"en" && lang != u"ja") {
        std::fprintf(stderr, "sre-console: --lang must be en or ja, not %s\n", qPrintable(lang));
        return 2;
    }
    sre::installTranslators(app, lang);

    const QString page = parser.value(pageOpt);
    if (!page.isEmpty() && !sre::MainWindow::pageNames().contains(page)) {
        std::fprintf(stderr, "sre-console: --page must be one of %s\n",
                     qPrintable(sre::MainWindow::pageNames().join(QStringLiteral(", "))));
        return 2;
    }

    const bool screenshot = parser.isSet(shotOpt);
    sre::ws::Workspace workspace;
    sre::DatasourceHealth health;
    sre::MainWindow window(workspace, settings, health);
    if (!screenshot)
        window.restoreSession();
    if (!page.isEmpty())
        window.showPage(page);

    QString dir = parser.value(workspaceOpt);
    if (dir.isEmpty() && !screenshot)
        dir = sre::Session().lastWorkspace();
    if (!dir.isEmpty()) {
        if (!QDir(dir).exists()) {
            std::fprintf(stderr, "sre-console: workspace folder %s does not exist\n", qPrintable(dir));
            return 2;
        }
        if (screenshot)
            workspace.open(dir); // a screenshot leaves the user's recent list alone
        else
            window.openWorkspace(dir);
    }

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
    return app.exec();
}
