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

} // namespace sre::testing
