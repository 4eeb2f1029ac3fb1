#pragma once

// Files for tests: copies of the demo workspace and of test data, made writable.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace sre::testing {

// Copies every file below `from` (hidden ones too) to `to`, each readable and writable by its
// owner whatever its mode in the source (a checkout or a package may be read-only).
inline bool copyDir(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

// Makes the folder `dir` a workspace named "Alerts" (Asia/Tokyo) with one Prometheus datasource
// "prod" at `url`; `extra` adds lines to the datasource (e.g. "    timeout: 5s\n"). Returns `dir`,
// or an empty string when the file cannot be written.
inline QString prometheusWorkspace(const QString &dir, const QString &url, const QString &extra = {})
{
    QDir().mkpath(dir);
    QFile f(dir + QStringLiteral("/workspace.yaml"));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    const QByteArray yaml = QStringLiteral("name: Alerts\ntimezone: Asia/Tokyo\ndatasources:\n  - name: prod\n"
                                           "    type: prometheus\n    url: %1\n%2")
                                .arg(url, extra)
                                .toUtf8();
    return f.write(yaml) == yaml.size() ? dir : QString();
}

} // namespace sre::testing
