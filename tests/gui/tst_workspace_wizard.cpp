// The first start: the welcome page, the "Create a workspace" wizard driven offscreen, and
// `srectl workspace init`; every workspace they write must pass the real `srectl workspace check`
// and load with the datasource the user gave. Screenshots of the welcome page and each wizard
// page, in English and Japanese, are kept in the build folder for people to look at.
#include "datasourcehealth.h"
#include "i18n.h"
#include "mainwindow.h"
#include "settings.h"
#include "welcomepage.h"
#include "workspace.h"
#include "workspaceconfig.h"
#include "workspacewizard.h"
#include "workspacewizardpages.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <functional>

using namespace sre;

namespace {

struct Answers
{
    QString name;
    QString timezone;
    QString url;
    int auth = 0; // 0 none, 1 bearer token file, 2 basic auth
    QString user;
    QString alertmanager;
    QString extraRunbooks; // relative to the temporary folder, created by the test
};

// A folder name for the current data row.
QString rowDir(const QTemporaryDir &tmp, const QString &prefix)
{
    return tmp.filePath(prefix + QString::number(qHash(QByteArray(QTest::currentDataTag()))));
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

// `srectl --workspace DIR workspace check`: exit code and everything it printed.
std::pair<int, QString> check(const QString &dir)
{
    QProcess p;
    p.start(QStringLiteral(SRECTL_BIN),
            { QStringLiteral("--workspace"), dir, QStringLiteral("workspace"), QStringLiteral("check") });
    if (!p.waitForFinished(30000))
        return { -1, QStringLiteral("srectl did not finish") };
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()) };
}

std::pair<int, QString> srectl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SRECTL_BIN), args);
    if (!p.waitForFinished(30000))
        return { -1, QStringLiteral("srectl did not finish") };
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()) };
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

Q_DECLARE_METATYPE(Answers)

class TestWorkspaceWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void welcomeShowsWithoutWorkspace();
    void welcomeOpensDemoCopy();
    void wizardCreatesWorkspace_data();
    void wizardCreatesWorkspace();
    void wizardRefusesExistingWorkspace();
    void createFromWelcomeOpensWorkspace();
    void srectlInit_data();
    void srectlInit();
    void srectlInitRefuses_data();
    void srectlInitRefuses();
    void screenshots_data();
    void screenshots();

private:
    void answersData();
    QTemporaryDir m_tmp;
    QString m_secret; // a token file whose content must never appear in workspace.yaml
};

void TestWorkspaceWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings or data
    QVERIFY(m_tmp.isValid());
    m_secret = m_tmp.filePath(QStringLiteral("prom.token"));
    writeFile(m_secret, "s3cret-token-value");
    QVERIFY(QDir(m_tmp.path()).mkpath(QStringLiteral("team-runbooks")));
}

void TestWorkspaceWizard::welcomeShowsWithoutWorkspace()
{
    Settings settings;
    settings.clearRecentWorkspaces();
    ws::Workspace workspace;
    DatasourceHealth health;
    MainWindow window(workspace, settings, health);
    window.show();
    QCOMPARE(window.currentPage(), QStringLiteral("welcome"));
    WelcomePage *welcome = window.welcomePage();
    QVERIFY(welcome->isVisible());
    for (const char *name : { "openDemo", "openFolder", "createWorkspace" })
        QVERIFY2(child<QCommandLinkButton>(welcome, name)->isVisible(), name);
    // From a build tree the demo is the checkout's; the note says what Prometheus it needs.
    QCOMPARE(WelcomePage::installedDemoDir(), QStringLiteral(SRE_SOURCE_DIR "/resources/demo"));
    QVERIFY(child<QCommandLinkButton>(welcome, "openDemo")->isEnabled());
    QVERIFY(child<QLabel>(welcome, "demoNote")->text().contains(QLatin1String("http://127.0.0.1:9090")));
    QVERIFY(child<QLabel>(welcome, "demoNote")->text().contains(QLatin1String("scripts/demo.sh")));
    // No recent workspaces: no empty list.
    QVERIFY(!child<QListWidget>(welcome, "recentWorkspaces")->isVisible());
    settings.addRecentWorkspace(m_tmp.path());
    QVERIFY(child<QListWidget>(welcome, "recentWorkspaces")->isVisible());
    QCOMPARE(child<QListWidget>(welcome, "recentWorkspaces")->count(), 1);
    settings.clearRecentWorkspaces();
}

// "Open the demo" copies it to the user's data folder (the installed one is read-only) and opens
// the copy, which loads like the original.
void TestWorkspaceWizard::welcomeOpensDemoCopy()
{
    Settings settings;
    ws::Workspace workspace;
    DatasourceHealth health;
    MainWindow window(workspace, settings, health);
    window.show();
    QDir(WelcomePage::demoCopyDir()).removeRecursively();
    QSignalSpy loaded(&workspace, &ws::Workspace::loaded);
    child<QCommandLinkButton>(window.welcomePage(), "openDemo")->click();
    QVERIFY(!loaded.isEmpty() || loaded.wait(15000));
    QCOMPARE(workspace.dir(), QDir(WelcomePage::demoCopyDir()).absolutePath());
    QVERIFY(window.currentPage() != QStringLiteral("welcome"));
    ws::Workspace original;
    original.openBlocking(QStringLiteral(SRE_SOURCE_DIR "/resources/demo"));
    QCOMPARE(workspace.slos().size(), original.slos().size());
    QCOMPARE(workspace.postmortems().size(), original.postmortems().size());
    QCOMPARE(workspace.runbooks().size(), original.runbooks().size());
    QVERIFY(QFileInfo(WelcomePage::demoCopyDir() + QStringLiteral("/workspace.yaml")).isWritable());
    settings.clearRecentWorkspaces();
    QDir(WelcomePage::demoCopyDir()).removeRecursively();
}

void TestWorkspaceWizard::answersData()
{
    QTest::addColumn<Answers>("answers");
    QTest::newRow("no authentication") << Answers { QStringLiteral("Payments team"),
                                                    QStringLiteral("Asia/Tokyo"),
                                                    QStringLiteral("http://127.0.0.1:9090"),
                                                    0,
                                                    {},
                                                    {},
                                                    {} };
    QTest::newRow("bearer token file") << Answers { QStringLiteral("Checkout"),
                                                    QStringLiteral("Europe/Berlin"),
                                                    QStringLiteral("https://prometheus.example.com/prom"),
                                                    1,
                                                    {},
                                                    {},
                                                    {} };
    QTest::newRow("basic auth, Alertmanager and a runbook folder")
        << Answers { QStringLiteral("Platform: \"core\" #1"),
                     QStringLiteral("America/New_York"),
                     QStringLiteral("https://mimir.example.com/prometheus"),
                     2,
                     QStringLiteral("sre-bot"),
                     QStringLiteral("http://alertmanager.example.com:9093"),
                     QStringLiteral("team-runbooks") };
}

void TestWorkspaceWizard::wizardCreatesWorkspace_data()
{
    answersData();
}

// Drives the wizard like a user: types into its fields, Next, Next, Next, Create.
void TestWorkspaceWizard::wizardCreatesWorkspace()
{
    QFETCH(Answers, answers);
    const QString dir = rowDir(m_tmp, QStringLiteral("wizard-"));
    WorkspaceWizard wizard;
    QSignalSpy created(&wizard, &WorkspaceWizard::created);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(WorkspaceWizard::NamePage));
    // The system's time zone is proposed.
    QCOMPARE(child<QComboBox>(&wizard, "timezone")->currentText(), ws::systemTimeZoneId());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no name yet
    QTest::keyClicks(child<QLineEdit>(&wizard, "name"), answers.name);
    child<QLineEdit>(&wizard, "folder")->setText(dir);
    child<QComboBox>(&wizard, "timezone")->setCurrentText(answers.timezone);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(WorkspaceWizard::PrometheusPage));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no URL yet
    QTest::keyClicks(child<QLineEdit>(&wizard, "prometheusUrl"), answers.url);
    child<QComboBox>(&wizard, "auth")->setCurrentIndex(answers.auth);
    if (answers.auth == 1)
        child<QLineEdit>(&wizard, "tokenFile")->setText(m_secret);
    if (answers.auth == 2) {
        child<QLineEdit>(&wizard, "basicUser")->setText(answers.user);
        child<QLineEdit>(&wizard, "passwordFile")->setText(m_secret);
    }
    wizard.next();
    QCOMPARE(wizard.currentId(), int(WorkspaceWizard::RunbooksPage));
    child<QLineEdit>(&wizard, "alertmanagerUrl")->setText(answers.alertmanager);
    if (!answers.extraRunbooks.isEmpty())
        static_cast<WizardRunbooksPage *>(wizard.currentPage())->addRunbookPath(m_tmp.filePath(answers.extraRunbooks));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(WorkspaceWizard::SummaryPage));
    auto *preview = child<QPlainTextEdit>(&wizard, "preview");
    QVERIFY(preview->toPlainText().contains(answers.url));
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.at(0).at(0).toString(), QDir(dir).absolutePath());
    QVERIFY(!wizard.isVisible());

    // What the wizard showed is what it wrote.
    const QByteArray yaml = readFile(dir + QStringLiteral("/workspace.yaml"));
    QCOMPARE(QString::fromUtf8(yaml), preview->toPlainText());
    QVERIFY(!yaml.contains("s3cret"));
    for (const char *sub : { "slos", "postmortems", "runbooks", "templates" })
        QVERIFY2(QFileInfo(dir + u'/' + QLatin1String(sub)).isDir(), sub);

    const auto [code, output] = check(dir);
    QVERIFY2(code == 0, qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("; 0 errors, 0 warnings")), qPrintable(output));

    const ws::ConfigResult loaded = ws::loadWorkspaceConfig(dir);
    QVERIFY(loaded.problems.isEmpty());
    QCOMPARE(loaded.config.name, answers.name);
    QCOMPARE(loaded.config.timezone, answers.timezone);
    const DatasourceConfig *prom = loaded.config.prometheus();
    QVERIFY(prom);
    QCOMPARE(prom->url, QUrl(answers.url));
    QCOMPARE(prom->authorizationCredentials.file, answers.auth == 1 ? m_secret : QString());
    QCOMPARE(prom->basicAuthUsername, answers.user);
    QCOMPARE(prom->basicAuthPassword.file, answers.auth == 2 ? m_secret : QString());
    const DatasourceConfig *am = loaded.config.datasource(QStringLiteral("alertmanager"));
    QCOMPARE(am != nullptr, !answers.alertmanager.isEmpty());
    if (am)
        QCOMPARE(am->url, QUrl(answers.alertmanager));
    QStringList runbooks = { QDir(dir).absoluteFilePath(QStringLiteral("runbooks")) };
    if (!answers.extraRunbooks.isEmpty())
        runbooks << QDir::cleanPath(m_tmp.filePath(answers.extraRunbooks));
    QCOMPARE(loaded.config.runbookPaths, runbooks);
}

void TestWorkspaceWizard::wizardRefusesExistingWorkspace()
{
    const QString dir = m_tmp.filePath(QStringLiteral("existing"));
    QVERIFY(QDir().mkpath(dir));
    writeFile(dir + QStringLiteral("/workspace.yaml"), "name: keep me\n");
    WorkspaceWizard wizard;
    wizard.show();
    QTest::keyClicks(child<QLineEdit>(&wizard, "name"), QStringLiteral("Other"));
    child<QLineEdit>(&wizard, "folder")->setText(dir);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(WorkspaceWizard::NamePage));
    auto *error = child<QLabel>(wizard.currentPage(), "error");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QLatin1String("already has a workspace.yaml")));
    QCOMPARE(readFile(dir + QStringLiteral("/workspace.yaml")), QByteArray("name: keep me\n"));
}

// Welcome page > Create a workspace… > Create: the window opens the new workspace, which loads
// with no problems.
void TestWorkspaceWizard::createFromWelcomeOpensWorkspace()
{
    Settings settings;
    ws::Workspace workspace;
    DatasourceHealth health;
    MainWindow window(workspace, settings, health);
    window.show();
    child<QCommandLinkButton>(window.welcomePage(), "createWorkspace")->click();
    auto *wizard = window.findChild<WorkspaceWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    const QString dir = m_tmp.filePath(QStringLiteral("from-welcome"));
    QTest::keyClicks(child<QLineEdit>(wizard, "name"), QStringLiteral("From the welcome page"));
    child<QLineEdit>(wizard, "folder")->setText(dir);
    wizard->next();
    child<QLineEdit>(wizard, "prometheusUrl")->setText(QStringLiteral("http://127.0.0.1:9090"));
    wizard->next();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(WorkspaceWizard::SummaryPage));
    QSignalSpy loaded(&workspace, &ws::Workspace::loaded);
    QSignalSpy created(wizard, &WorkspaceWizard::created);
    wizard->button(QWizard::FinishButton)->click();
    QVERIFY2(created.size() == 1, qPrintable(child<QLabel>(wizard->currentPage(), "error")->text()));
    QVERIFY(!loaded.isEmpty() || loaded.wait(10000)); // a nested event loop may have finished it
    QCOMPARE(workspace.dir(), QDir(dir).absolutePath());
    QCOMPARE(workspace.config().name, QStringLiteral("From the welcome page"));
    QVERIFY2(workspace.problems().isEmpty(), qPrintable(workspace.problems().value(0).toString()));
    QVERIFY(window.currentPage() != QStringLiteral("welcome"));
    settings.clearRecentWorkspaces();
}

void TestWorkspaceWizard::srectlInit_data()
{
    answersData();
}

void TestWorkspaceWizard::srectlInit()
{
    QFETCH(Answers, answers);
    const QString dir = rowDir(m_tmp, QStringLiteral("cli-"));
    QStringList args = { QStringLiteral("workspace"),
                         QStringLiteral("init"),
                         dir,
                         QStringLiteral("--prometheus"),
                         answers.url,
                         QStringLiteral("--name"),
                         answers.name,
                         QStringLiteral("--timezone"),
                         answers.timezone };
    if (answers.auth == 1)
        args << QStringLiteral("--bearer-token-file") << m_secret;
    if (answers.auth == 2)
        args << QStringLiteral("--basic-auth-user") << answers.user << QStringLiteral("--basic-auth-password-file")
             << m_secret;
    if (!answers.alertmanager.isEmpty())
        args << QStringLiteral("--alertmanager") << answers.alertmanager;
    if (!answers.extraRunbooks.isEmpty())
        args << QStringLiteral("--runbook-path") << m_tmp.filePath(answers.extraRunbooks);
    const auto [code, output] = srectl(args);
    QVERIFY2(code == 0, qPrintable(output));
    QCOMPARE(output.trimmed(), QDir(dir).absoluteFilePath(QStringLiteral("workspace.yaml")));
    QVERIFY(!readFile(dir + QStringLiteral("/workspace.yaml")).contains("s3cret"));

    const auto [checkCode, checkOutput] = check(dir);
    QVERIFY2(checkCode == 0, qPrintable(checkOutput));
    const ws::ConfigResult loaded = ws::loadWorkspaceConfig(dir);
    QVERIFY(loaded.problems.isEmpty());
    QCOMPARE(loaded.config.name, answers.name);
    QCOMPARE(loaded.config.timezone, answers.timezone);
    QCOMPARE(loaded.config.prometheus()->url, QUrl(answers.url));
    QCOMPARE(loaded.config.prometheus()->basicAuthUsername, answers.user);
    QCOMPARE(loaded.config.prometheus()->authorizationCredentials.file, answers.auth == 1 ? m_secret : QString());
    QCOMPARE(loaded.config.datasource(QStringLiteral("alertmanager")) != nullptr, !answers.alertmanager.isEmpty());
    // The wizard writes the same file for the same answers.
    const QString wizardDir = rowDir(m_tmp, QStringLiteral("wizard-"));
    if (QFileInfo::exists(wizardDir + QStringLiteral("/workspace.yaml"))) {
        QByteArray cli = readFile(dir + QStringLiteral("/workspace.yaml"));
        QByteArray gui = readFile(wizardDir + QStringLiteral("/workspace.yaml"));
        QCOMPARE(cli, gui);
    }
}

void TestWorkspaceWizard::srectlInitRefuses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mention");
    QTest::newRow("robustness: no --prometheus") << QStringList {} << "usage";
    QTest::newRow("robustness: not an http URL")
        << QStringList { QStringLiteral("--prometheus"), QStringLiteral("ftp://prom.example.com") } << "not an http";
    QTest::newRow("robustness: unknown time zone")
        << QStringList { QStringLiteral("--prometheus"), QStringLiteral("http://p:9090"), QStringLiteral("--timezone"),
                         QStringLiteral("Mars/Olympus") }
        << "Mars/Olympus";
    QTest::newRow("robustness: user name in the URL")
        << QStringList { QStringLiteral("--prometheus"), QStringLiteral("http://me:pw@p:9090") } << "password file";
    QTest::newRow("robustness: bearer and basic auth together")
        << QStringList { QStringLiteral("--prometheus"),        QStringLiteral("http://p:9090"),
                         QStringLiteral("--bearer-token-file"), QStringLiteral("/t"),
                         QStringLiteral("--basic-auth-user"),   QStringLiteral("u") }
        << "not both";
    QTest::newRow("robustness: basic auth without password file")
        << QStringList { QStringLiteral("--prometheus"), QStringLiteral("http://p:9090"),
                         QStringLiteral("--basic-auth-user"), QStringLiteral("u") }
        << "password";
    QTest::newRow("robustness: existing workspace.yaml is kept")
        << QStringList { QStringLiteral("--prometheus"), QStringLiteral("http://p:9090") } << "already has";
}

// Bad input: exit 2, a message naming the problem, and nothing written (an existing file kept).
void TestWorkspaceWizard::srectlInitRefuses()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mention);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("ws"));
    const bool existing = mention == u"already has";
    if (existing) {
        QVERIFY(QDir().mkpath(dir));
        writeFile(dir + QStringLiteral("/workspace.yaml"), "name: keep me\n");
    }
    const auto [code, output] = srectl(QStringList { QStringLiteral("workspace"), QStringLiteral("init"), dir } + args);
    QCOMPARE(code, 2);
    QVERIFY2(output.contains(mention), qPrintable(output));
    if (existing)
        QCOMPARE(readFile(dir + QStringLiteral("/workspace.yaml")), QByteArray("name: keep me\n"));
    else
        QVERIFY(!QFileInfo::exists(dir));
}

void TestWorkspaceWizard::screenshots_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << "en";
    QTest::newRow("ja") << "ja";
}

// `sre-console --page welcome --screenshot` with empty settings, and each wizard page, as PNGs
// in the build folder (screenshot-welcome-LANG.png, screenshot-wizard-N-LANG.png).
void TestWorkspaceWizard::screenshots()
{
    QFETCH(QString, lang);
    const QString welcome = QStringLiteral(SRE_BINARY_DIR "/screenshot-welcome-%1.png").arg(lang);
    QFile::remove(welcome);
    QTemporaryDir config;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SRE_CONSOLE_BIN),
            { QStringLiteral("--page"), QStringLiteral("welcome"), QStringLiteral("--lang"), lang,
              QStringLiteral("--screenshot"), welcome });
    QVERIFY(p.waitForFinished(30000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QCOMPARE(QImage(welcome).size(), QSize(1280, 800));

    installTranslators(*qApp, lang);
    WorkspaceWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClicks(child<QLineEdit>(&wizard, "name"), QStringLiteral("Payments team"));
    child<QComboBox>(&wizard, "timezone")->setCurrentText(QStringLiteral("Asia/Tokyo"));
    const QList<std::function<void()>> fill = {
        [] {},
        [&] {
            child<QLineEdit>(&wizard, "prometheusUrl")->setText(QStringLiteral("https://prometheus.example.com"));
            child<QComboBox>(&wizard, "auth")->setCurrentIndex(2);
            child<QLineEdit>(&wizard, "basicUser")->setText(QStringLiteral("sre-bot"));
            child<QLineEdit>(&wizard, "passwordFile")->setText(QStringLiteral("~/.config/sre/prometheus.pass"));
        },
        [&] {
            child<QLineEdit>(&wizard, "alertmanagerUrl")
                ->setText(QStringLiteral("http://alertmanager.example.com:9093"));
            static_cast<WizardRunbooksPage *>(wizard.currentPage())->addRunbookPath(QStringLiteral("../team-runbooks"));
        },
        [] {},
    };
    for (int page = 0; page < fill.size(); ++page) {
        QCOMPARE(wizard.currentId(), page);
        fill[page]();
        QApplication::processEvents();
        const QString file = QStringLiteral(SRE_BINARY_DIR "/screenshot-wizard-%1-%2.png").arg(page).arg(lang);
        QVERIFY(wizard.grab().save(file));
        if (page + 1 < fill.size())
            wizard.next();
    }
    wizard.reject();
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installTranslators(*qApp, QStringLiteral("en"));
}

QTEST_MAIN(TestWorkspaceWizard)
#include "tst_workspace_wizard.moc"
