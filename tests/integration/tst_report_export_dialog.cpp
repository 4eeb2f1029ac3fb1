// File > Export Budget Report…, offscreen, against the fixture's Prometheus: the dialog writes
// off the GUI thread (the event loop keeps turning while it works) what `srectl report budget`
// writes for the same period.
#include "demoworkspace.h"
#include "fixtureenv.h"
#include "reportexportdialog.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sre;

namespace {
QByteArray srectl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SRECTL_BIN), args);
    if (!p.waitForFinished(180000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

// The generation time is the only line that may differ between two runs.
QByteArray withoutGenerated(QByteArray text)
{
    const qsizetype at = text.indexOf("**Generated:**");
    if (at >= 0)
        text.remove(at, text.indexOf('\n', at) - at);
    return text;
}
} // namespace

class TestReportExportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void markdownEqualsSrectl();
    void pdfIsWrittenWithoutBlockingTheGuiThread();
    void closingWhileRunningWaitsWithoutBlocking();

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    ws::Workspace m_workspace;
};

void TestReportExportDialog::initTestCase()
{
    const QString url = testing::fixtureUrl("SRE_TEST_PROMETHEUS_URL_FILE");
    QVERIFY2(!url.isEmpty(), "the prometheus fixture did not write its URL");
    QVERIFY(m_tmp.isValid());
    m_dir = m_tmp.filePath(QStringLiteral("demo"));
    QVERIFY(testing::makeDemoWorkspace(m_dir, url, true, QStringLiteral("120s")));
    m_workspace.openBlocking(m_dir);
    QVERIFY(m_workspace.slos().size() >= 13);
}

void TestReportExportDialog::markdownEqualsSrectl()
{
    ReportExportDialog dialog(m_workspace);
    const QString path = m_tmp.filePath(QStringLiteral("gui.md"));
    dialog.setPeriodName(QStringLiteral("2026-10"));
    dialog.setFormat(QStringLiteral("markdown"));
    dialog.setFilePath(path);
    dialog.show();
    QSignalSpy finished(&dialog, &ReportExportDialog::finished);
    dialog.start();
    QVERIFY(finished.wait(180000));
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray gui = f.readAll();
    const QByteArray cli = srectl({ QStringLiteral("--workspace"), m_dir, QStringLiteral("report"),
                                    QStringLiteral("budget"), QStringLiteral("--period"), QStringLiteral("2026-10"),
                                    QStringLiteral("--format"), QStringLiteral("markdown") });
    QVERIFY(!cli.isEmpty());
    QCOMPARE(withoutGenerated(gui), withoutGenerated(cli));
}

void TestReportExportDialog::pdfIsWrittenWithoutBlockingTheGuiThread()
{
    ReportExportDialog dialog(m_workspace);
    const QString path = m_tmp.filePath(QStringLiteral("gui.pdf"));
    dialog.setPeriodName(QStringLiteral("2026-10"));
    dialog.setFormat(QStringLiteral("pdf"));
    dialog.setFilePath(path);
    dialog.show();
    // A timer on the GUI thread keeps firing while the export runs: nothing blocks it for long.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer tick;
    tick.setInterval(10);
    connect(&tick, &QTimer::timeout, this, [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
    QSignalSpy finished(&dialog, &ReportExportDialog::finished);
    sinceTick.start();
    tick.start();
    dialog.start();
    QVERIFY(dialog.findChild<QProgressBar *>()->isVisible());
    QVERIFY(finished.wait(180000));
    tick.stop();
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QVERIFY2(longestGap < 500, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(longestGap)));
    QVERIFY(!dialog.findChild<QProgressBar *>()->isVisible());
    // For people to look at (the report lists where it was written).
    QDir().mkpath(QStringLiteral(SRE_BINARY_DIR "/screenshots"));
    dialog.grab().save(QStringLiteral(SRE_BINARY_DIR "/screenshots/report-export-dialog.png"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(60000));
    const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
    for (const slo::SloSpec &s : m_workspace.slos().items())
        QVERIFY2(pdf.contains(s.id()), qPrintable(s.id()));
}

// Close during an export: the dialog hides at once and goes away when the export is done.
void TestReportExportDialog::closingWhileRunningWaitsWithoutBlocking()
{
    auto *dialog = new ReportExportDialog(m_workspace);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ReportExportDialog> alive(dialog);
    const QString path = m_tmp.filePath(QStringLiteral("closed.html"));
    dialog->setPeriodName(QStringLiteral("2026-10"));
    dialog->setFormat(QStringLiteral("html"));
    dialog->setFilePath(path);
    dialog->show();
    QSignalSpy finished(dialog, &ReportExportDialog::finished);
    dialog->start();
    QElapsedTimer timer;
    timer.start();
    dialog->close();
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(alive);
    QVERIFY(!dialog->isVisible());
    QVERIFY(finished.wait(180000));
    QTRY_VERIFY(!alive); // deleted once done
    QVERIFY(QFileInfo::exists(path));
}

QTEST_MAIN(TestReportExportDialog)
#include "tst_report_export_dialog.moc"
