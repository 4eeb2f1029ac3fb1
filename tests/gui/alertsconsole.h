#pragma once

// The console opened on the alertmanager_pair fixture's two peers, and the labels of the alerts a
// test run posts there, for the GUI tests of the Alerts page.
#include "alert.h"
#include "alertspage.h"
#include "datasourcehealth.h"
#include "mainwindow.h"
#include "settings.h"
#include "workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QUuid>
#include <memory>

namespace sre::testing {

// A label value unique to this test run. It starts with a letter: a hex string of digits (and
// an "e") reads as a number in YAML, and the incident draft then quotes it.
inline QString newRunId()
{
    return QStringLiteral("run") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// The labels of a test alert; `run` is a value unique to the test run, so that alerts an earlier
// run left in the fixture's Alertmanagers do not count.
inline alerting::LabelSet runLabels(const QString &alertname, const QString &severity, const QString &instance,
                                    const QString &run)
{
    return { { QStringLiteral("alertname"), alertname },
             { QStringLiteral("severity"), severity },
             { QStringLiteral("instance"), instance },
             { QStringLiteral("run"), run } };
}

// The console on a workspace in `dir` whose datasources are the two peers, the Alerts page shown.
struct AlertsConsole
{
    std::unique_ptr<ws::Workspace> workspace = std::make_unique<ws::Workspace>();
    std::unique_ptr<Settings> settings = std::make_unique<Settings>();
    std::unique_ptr<DatasourceHealth> health = std::make_unique<DatasourceHealth>();
    std::unique_ptr<MainWindow> window;
    AlertsPage *page = nullptr;

    // Writes workspace.yaml (name `name`, datasources am1 and am2), opens it and waits for it to load.
    bool open(const QString &dir, const QString &name, const QString &am1, const QString &am2)
    {
        QFile yaml(dir + QStringLiteral("/workspace.yaml"));
        if (!yaml.open(QIODevice::WriteOnly))
            return false;
        yaml.write(QStringLiteral("name: %1\ntimezone: UTC\ndatasources:\n"
                                  "  - name: am1\n    type: alertmanager\n    url: %2\n"
                                  "  - name: am2\n    type: alertmanager\n    url: %3\n")
                       .arg(name, am1, am2)
                       .toUtf8());
        yaml.close();
        settings->setMe(QStringLiteral("gui-tester"));
        window = std::make_unique<MainWindow>(*workspace, *settings, *health);
        window->resize(1280, 800);
        window->show();
        QSignalSpy loaded(workspace.get(), &ws::Workspace::loaded);
        window->openWorkspace(dir);
        if (!loaded.wait(10000) || !window->showPage(QStringLiteral("alerts")))
            return false;
        page = window->alertsPage();
        return page != nullptr;
    }
};

} // namespace sre::testing
