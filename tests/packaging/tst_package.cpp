// The Debian package: cpack builds it from the build tree, dpkg-deb unpacks it into a temporary
// root, and everything is checked there as a user would meet it: the files and their places, the
// control fields, srectl and sre-console run from the unpacked tree (finding their templates and
// rules beside the executable, not in the source tree), the desktop file and AppStream metainfo
// validators, the bash completion, and lintian.
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

namespace {

const QString kAppId = QStringLiteral("io.github.sreconsole.SreConsole");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env = {})
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = QStringLiteral("%1 did not start: %2").arg(program, p.errorString());
        return r;
    }
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString describe(const Run &r)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.exitCode).arg(r.out, r.err);
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fileName();
    void contents_data();
    void contents();
    void nothingElsewhere();
    void control_data();
    void control();
    void srectlVersion();
    void demoWorkspaceChecks();
    void templatesBesideTheExecutable();
    void screenshotRenders();
    void desktopFileValidates();
    void metainfoValidates();
    void bashCompletion_data();
    void bashCompletion();
    void lintianClean();

private:
    QString root(const QString &path) const { return m_root + path; }
    QProcessEnvironment userEnv() const;

    QTemporaryDir m_tmp;
    QString m_deb;
    QString m_root;
    QString m_arch;
};

void TestPackage::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_arch = run(QStringLiteral("dpkg"), { QStringLiteral("--print-architecture") }).out.trimmed();
    QVERIFY(!m_arch.isEmpty());
    // The same command scripts/package runs, into a folder of our own.
    const QString out = m_tmp.filePath(QStringLiteral("out"));
    const Run cpack = run(QStringLiteral(SRE_CPACK),
                          { QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                            QStringLiteral(SRE_BINARY_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), out });
    QVERIFY2(cpack.exitCode == 0, qPrintable(describe(cpack)));
    const QStringList debs = QDir(out).entryList({ QStringLiteral("*.deb") }, QDir::Files);
    QVERIFY2(debs.size() == 1, qPrintable(debs.join(QLatin1Char(' '))));
    m_deb = out + QLatin1Char('/') + debs.first();
    m_root = m_tmp.filePath(QStringLiteral("root"));
    const Run extract = run(QStringLiteral("dpkg-deb"), { QStringLiteral("-x"), m_deb, m_root });
    QVERIFY2(extract.exitCode == 0, qPrintable(describe(extract)));
}

QProcessEnvironment TestPackage::userEnv() const
{
    // A user's session: settings and caches of our own, no hint where the data is.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SRE_RESOURCE_DIR"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_tmp.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

void TestPackage::fileName()
{
    QCOMPARE(QFileInfo(m_deb).fileName(),
             QStringLiteral("sre-console_%1_%2.deb").arg(QStringLiteral(SRE_PROJECT_VERSION), m_arch));
}

void TestPackage::contents_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("kind"); // executable, file, gzip
    QTest::newRow("GUI executable") << QStringLiteral("/usr/bin/sre-console") << QStringLiteral("executable");
    QTest::newRow("command line tool") << QStringLiteral("/usr/bin/srectl") << QStringLiteral("executable");
    QTest::newRow("desktop file") << QStringLiteral("/usr/share/applications/") + kAppId + QStringLiteral(".desktop")
                                  << QStringLiteral("file");
    QTest::newRow("AppStream metainfo") << QStringLiteral("/usr/share/metainfo/") + kAppId
            + QStringLiteral(".metainfo.xml")
                                        << QStringLiteral("file");
    QTest::newRow("scalable icon") << QStringLiteral("/usr/share/icons/hicolor/scalable/apps/") + kAppId
            + QStringLiteral(".svg")
                                   << QStringLiteral("file");
    for (const int size : { 16, 22, 24, 32, 48, 64, 128, 256 })
        QTest::addRow("icon %dx%d", size, size)
            << QStringLiteral("/usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kAppId)
            << QStringLiteral("png");
    QTest::newRow("man page srectl(1)") << QStringLiteral("/usr/share/man/man1/srectl.1.gz") << QStringLiteral("gzip");
    QTest::newRow("man page sre-console(1)")
        << QStringLiteral("/usr/share/man/man1/sre-console.1.gz") << QStringLiteral("gzip");
    QTest::newRow("bash completion") << QStringLiteral("/usr/share/bash-completion/completions/srectl")
                                     << QStringLiteral("file");
    QTest::newRow("demo workspace") << QStringLiteral("/usr/share/sre-console/demo/workspace.yaml")
                                    << QStringLiteral("file");
    QTest::newRow("demo README") << QStringLiteral("/usr/share/sre-console/demo/README.md") << QStringLiteral("file");
    QTest::newRow("demo postmortem") << QStringLiteral("/usr/share/sre-console/demo/postmortems/INC-2025-001.md")
                                     << QStringLiteral("file");
    QTest::newRow("built-in template") << QStringLiteral("/usr/share/sre-console/templates/google-sre.md")
                                       << QStringLiteral("file");
    QTest::newRow("built-in lint rules") << QStringLiteral("/usr/share/sre-console/lint/blameless-en.yaml")
                                         << QStringLiteral("file");
    QTest::newRow("copyright") << QStringLiteral("/usr/share/doc/sre-console/copyright") << QStringLiteral("file");
    QTest::newRow("changelog (native package)")
        << QStringLiteral("/usr/share/doc/sre-console/changelog.gz") << QStringLiteral("gzip");
}

void TestPackage::contents()
{
    QFETCH(QString, path);
    QFETCH(QString, kind);
    const QFileInfo info(root(path));
    QVERIFY2(info.isFile() && info.size() > 0, qPrintable(path));
    QCOMPARE(info.isExecutable(), kind == u"executable");
    if (kind == u"gzip") {
        const Run test = run(QStringLiteral("gzip"), { QStringLiteral("-t"), info.filePath() });
        QVERIFY2(test.exitCode == 0, qPrintable(describe(test)));
    }
    if (kind == u"png") {
        const int size = path.section(QLatin1Char('/'), 5, 5).section(QLatin1Char('x'), 0, 0).toInt();
        const QImage icon(info.filePath());
        QCOMPARE(icon.size(), QSize(size, size));
        QVERIFY(icon.hasAlphaChannel());
        QVERIFY(qAlpha(icon.pixel(size / 2, size / 2)) == 255); // drawn, not an empty canvas
    }
}

// Every file lies in a place the package may use: nothing under /usr/local, /etc or /opt, no
// build-tree leftovers.
void TestPackage::nothingElsewhere()
{
    const QStringList allowed { QStringLiteral("/usr/bin/"),
                                QStringLiteral("/usr/share/applications/"),
                                QStringLiteral("/usr/share/metainfo/"),
                                QStringLiteral("/usr/share/icons/hicolor/"),
                                QStringLiteral("/usr/share/man/man1/"),
                                QStringLiteral("/usr/share/bash-completion/completions/"),
                                QStringLiteral("/usr/share/sre-console/"),
                                QStringLiteral("/usr/share/doc/sre-console/") };
    int files = 0;
    for (QDirIterator it(m_root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = it.next().mid(m_root.size());
        ++files;
        QVERIFY2(std::any_of(allowed.cbegin(), allowed.cend(), [&](const QString &p) { return path.startsWith(p); }),
                 qPrintable(path));
    }
    QVERIFY(files > 30);
}

void TestPackage::control_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name") << QStringLiteral("Package") << QStringLiteral("sre-console");
    QTest::newRow("version from project()") << QStringLiteral("Version") << QStringLiteral(SRE_PROJECT_VERSION);
    QTest::newRow("Qt libraries from dpkg-shlibdeps") << QStringLiteral("Depends") << QStringLiteral("libqt6core6 (>=");
    QTest::newRow("libcurl from dpkg-shlibdeps") << QStringLiteral("Depends") << QStringLiteral("libcurl4");
    QTest::newRow("SQLite plugin (runbook index)") << QStringLiteral("Depends") << QStringLiteral("libqt6sql6-sqlite");
    QTest::newRow("SVG plugins (icons)") << QStringLiteral("Depends") << QStringLiteral("libqt6svg6");
    QTest::newRow("time zones") << QStringLiteral("Depends") << QStringLiteral("tzdata");
    QTest::newRow("Japanese fonts") << QStringLiteral("Depends") << QStringLiteral("fonts-noto-cjk");
    QTest::newRow("colour emoji font") << QStringLiteral("Depends") << QStringLiteral("fonts-noto-color-emoji");
    QTest::newRow("section") << QStringLiteral("Section") << QStringLiteral("utils");
}

void TestPackage::control()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const Run r = run(QStringLiteral("dpkg-deb"), { QStringLiteral("-f"), m_deb, field });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(expected), qPrintable(field + QStringLiteral(": ") + r.out));
}

void TestPackage::srectlVersion()
{
    const Run r = run(root(QStringLiteral("/usr/bin/srectl")), { QStringLiteral("--version") }, userEnv());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.out, QStringLiteral("srectl %1\n").arg(QStringLiteral(SRE_PROJECT_VERSION)));
    QCOMPARE(r.err, QString());
}

void TestPackage::demoWorkspaceChecks()
{
    const QString demo = root(QStringLiteral("/usr/share/sre-console/demo"));
    const Run r
        = run(root(QStringLiteral("/usr/bin/srectl")),
              { QStringLiteral("--workspace"), demo, QStringLiteral("workspace"), QStringLiteral("check") }, userEnv());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("0 errors, 0 warnings")), qPrintable(describe(r)));
    // Everything of the demo was packaged: the same counts as the source tree's demo.
    const Run source = run(QStringLiteral(SRE_BINARY_DIR "/bin/srectl"),
                           { QStringLiteral("--workspace"), QStringLiteral(SRE_SOURCE_DIR "/resources/demo"),
                             QStringLiteral("workspace"), QStringLiteral("check") });
    const QString counts = source.err.section(QStringLiteral(": "), -1).trimmed();
    QVERIFY2(counts.contains(QStringLiteral("SLOs")), qPrintable(describe(source)));
    QCOMPARE(r.err.section(QStringLiteral(": "), -1).trimmed(), counts);
}

// srectl finds the built-in templates in ../share/sre-console beside its executable: a template
// that exists only in the unpacked tree can be used.
void TestPackage::templatesBesideTheExecutable()
{
    const QString templates = root(QStringLiteral("/usr/share/sre-console/templates"));
    QFile source(templates + QStringLiteral("/short.md"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray text = source.readAll();
    QVERIFY(text.contains("template: short\n"));
    text.replace("template: short\n", "template: only-in-the-package\n");
    QFile copy(templates + QStringLiteral("/only-in-the-package.md"));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(text);
    copy.close();
    const QString workspace = m_tmp.filePath(QStringLiteral("ws"));
    QVERIFY(QDir().mkpath(workspace + QStringLiteral("/postmortems")));
    QFile yaml(workspace + QStringLiteral("/workspace.yaml"));
    QVERIFY(yaml.open(QIODevice::WriteOnly));
    yaml.write("name: package test\ntimezone: UTC\ndatasources: []\n");
    yaml.close();
    const Run r = run(root(QStringLiteral("/usr/bin/srectl")),
                      { QStringLiteral("--workspace"), workspace, QStringLiteral("postmortem"), QStringLiteral("new"),
                        QStringLiteral("--template"), QStringLiteral("only-in-the-package"), QStringLiteral("--title"),
                        QStringLiteral("Packaged") },
                      userEnv());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(QFileInfo::exists(r.out.trimmed()), qPrintable(r.out));
}

// The unpacked GUI renders a page of the unpacked demo: the workspace loads (22 runbooks in the
// tree) and the window is drawn, not an empty or single-colour canvas.
void TestPackage::screenshotRenders()
{
    const QString png = m_tmp.filePath(QStringLiteral("shot.png"));
    const Run r = run(root(QStringLiteral("/usr/bin/sre-console")),
                      { QStringLiteral("--workspace"), root(QStringLiteral("/usr/share/sre-console/demo")),
                        QStringLiteral("--page"), QStringLiteral("runbooks"), QStringLiteral("--screenshot"), png },
                      userEnv());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(describe(r)));
    QVERIFY2(image.width() >= 800 && image.height() >= 500,
             qPrintable(QStringLiteral("%1×%2").arg(image.width()).arg(image.height())));
    QSet<QRgb> colours;
    int dark = 0; // text
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb c = image.pixel(x, y);
            colours.insert(c);
            dark += qGray(c) < 80;
        }
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    QVERIFY2(dark > 500, qPrintable(QString::number(dark)));
}

void TestPackage::desktopFileValidates()
{
    const Run r = run(QStringLiteral("desktop-file-validate"),
                      { root(QStringLiteral("/usr/share/applications/") + kAppId + QStringLiteral(".desktop")) });
    QVERIFY2(r.exitCode == 0 && r.out.isEmpty(), qPrintable(describe(r)));
}

void TestPackage::metainfoValidates()
{
    const Run file = run(QStringLiteral("appstreamcli"),
                         { QStringLiteral("validate"), QStringLiteral("--no-net"),
                           root(QStringLiteral("/usr/share/metainfo/") + kAppId + QStringLiteral(".metainfo.xml")) });
    QVERIFY2(file.exitCode == 0, qPrintable(describe(file)));
    // The tree as installed: the metainfo's launchable desktop file and its icon are there.
    const Run tree
        = run(QStringLiteral("appstreamcli"), { QStringLiteral("validate-tree"), QStringLiteral("--no-net"), m_root });
    QVERIFY2(tree.exitCode == 0, qPrintable(describe(tree)));
}

// What bash offers after the words typed so far, with the system's bash-completion loaded.
void TestPackage::bashCompletion_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("nouns") << QStringLiteral("srectl ")
                           << QStringList { QStringLiteral("workspace"), QStringLiteral("slo"),
                                            QStringLiteral("runbook"),   QStringLiteral("postmortem"),
                                            QStringLiteral("report"),    QStringLiteral("alerts"),
                                            QStringLiteral("silence"),   QStringLiteral("incident"),
                                            QStringLiteral("oncall") };
    QTest::newRow("incident verbs") << QStringLiteral("srectl incident ") << QStringList { QStringLiteral("declare") };
    QTest::newRow("incident declare options") << QStringLiteral("srectl incident declare --a")
                                              << QStringList { QStringLiteral("--alert"), QStringLiteral("--at") };
    QTest::newRow("alerts verbs") << QStringLiteral(
        "srectl alerts ") << QStringList { QStringLiteral("list"), QStringLiteral("history"), QStringLiteral("seen") };
    QTest::newRow("alerts history options") << QStringLiteral("srectl alerts history --f")
                                            << QStringList { QStringLiteral("--from"), QStringLiteral("--format") };
    QTest::newRow("slo verbs") << QStringLiteral(
        "srectl slo ") << QStringList { QStringLiteral("list"),  QStringLiteral("report"), QStringLiteral("gate"),
                                        QStringLiteral("rules"), QStringLiteral("replay"), QStringLiteral("audit") };
    QTest::newRow("slo rules options") << QStringLiteral("srectl slo rules --c")
                                       << QStringList { QStringLiteral("--check") };
    QTest::newRow("gate options") << QStringLiteral("srectl slo gate --m")
                                  << QStringList { QStringLiteral("--min-remaining"), QStringLiteral("--max-burn") };
    QTest::newRow("formats") << QStringLiteral("srectl --format ")
                             << QStringList { QStringLiteral("table"), QStringLiteral("json"),
                                              QStringLiteral("markdown"), QStringLiteral("pdf"),
                                              QStringLiteral("html") };
    QTest::newRow("postmortem ids of the workspace named with -w")
        << QStringLiteral("srectl -w DEMO postmortem export ")
        << QStringList { QStringLiteral("INC-2025-001"), QStringLiteral("INC-2026-014"),
                         QStringLiteral("INC-2026-017") };
}

void TestPackage::bashCompletion()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    line.replace(QStringLiteral("DEMO"), root(QStringLiteral("/usr/share/sre-console/demo")));
    const QString script
        = QStringLiteral("source /usr/share/bash-completion/bash_completion || exit 9\n"
                         "source \"$1\" || exit 9\n"
                         "COMP_LINE=\"$2\"; COMP_POINT=${#COMP_LINE}\n"
                         "read -ra COMP_WORDS <<<\"$COMP_LINE\"; [[ $COMP_LINE == *' ' ]] && COMP_WORDS+=('')\n"
                         "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()\n"
                         "_srectl; printf '%s\\n' \"${COMPREPLY[@]}\"\n");
    const Run r = run(QStringLiteral("bash"),
                      { QStringLiteral("-c"), script, QStringLiteral("bash"),
                        root(QStringLiteral("/usr/share/bash-completion/completions/srectl")), line });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QStringList got = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
}

// No errors and no warnings (the informational tags left are listed in packaging/README.md).
void TestPackage::lintianClean()
{
    const Run r
        = run(QStringLiteral("lintian"), { QStringLiteral("--fail-on"), QStringLiteral("error,warning"), m_deb });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(!r.out.contains(QStringLiteral("E: ")) && !r.out.contains(QStringLiteral("W: ")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
