#pragma once

// Runs a program (srectl, curl, pdftotext, ...) to completion for a test and keeps what it said.
#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace sre::testing {

struct ProcessRun
{
    int exitCode = -1; // -1 when it crashed, did not start or did not finish in time
    bool finished = false;
    QByteArray out;
    QString err;
    qint64 elapsedMs = 0;

    // For QVERIFY2 messages.
    QString describe() const { return QStringLiteral("exit %1\nstderr:\n%2").arg(exitCode).arg(err); }
};

inline ProcessRun runProcess(const QString &program, const QStringList &args,
                             const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                             int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    ProcessRun r;
    r.finished = p.waitForFinished(timeoutMs);
    r.elapsedMs = timer.elapsed();
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = r.finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    if (p.error() == QProcess::FailedToStart)
        r.err = QStringLiteral("%1 did not start: %2").arg(program, p.errorString());
    return r;
}

#ifdef SRECTL_BIN
// srectl on a workspace folder.
inline ProcessRun runSrectl(const QString &workspace, const QStringList &args,
                            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                            int timeoutMs = 120000)
{
    return runProcess(QStringLiteral(SRECTL_BIN), QStringList { QStringLiteral("--workspace"), workspace } + args, env,
                      timeoutMs);
}
#endif

} // namespace sre::testing
