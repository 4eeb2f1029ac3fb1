#pragma once

// A temporary copy of resources/demo pointed at the fixture's Prometheus, for integration tests.
#include "../common/testfiles.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace sre::testing {

// A copy of the demo workspace at `dir` whose Prometheus datasource is `url`. With
// `moveIncidents`, the generator moves the postmortems' dates onto the incidents it placed in the
// history (docs/demo-world.md), so postmortems and Prometheus agree. A `timeout` replaces the
// datasource's (month-long timeslice subqueries can take longer than 10 s on a busy CI box).
inline bool makeDemoWorkspace(const QString &dir, const QString &url, bool moveIncidents = false,
                              const QString &timeout = {})
{
    if (!copyDir(QStringLiteral(SRE_SOURCE_DIR "/resources/demo"), dir))
        return false;
    QFile f(dir + QStringLiteral("/workspace.yaml"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    static const QRegularExpression promUrl(QStringLiteral("(type: prometheus\\s*\\n\\s*url: )\\S+"));
    if (!text.contains(promUrl))
        return false;
    text.replace(promUrl, QStringLiteral("\\1") + url);
    if (!timeout.isEmpty())
        text.replace(QRegularExpression(QStringLiteral("(\\n\\s+timeout: )\\S+")), QStringLiteral("\\1") + timeout);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(text.toUtf8());
    f.close();
    if (!moveIncidents)
        return true;
    QProcess p;
    p.start(qEnvironmentVariable("SRE_DEMO_HISTORY"),
            { QStringLiteral("workspace"), QStringLiteral("--end"), qEnvironmentVariable("SRE_TEST_HISTORY_END"),
              QStringLiteral("--dir"), dir });
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace sre::testing
