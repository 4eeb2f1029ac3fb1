#include "resourcedir.h"

#include <QCoreApplication>
#include <QDir>

namespace sre::pm {

QStringList builtinResourceDirCandidates()
{
    QStringList out;
    if (const QString env = qEnvironmentVariable("SRE_RESOURCE_DIR"); !env.isEmpty())
        out << QDir::cleanPath(env);
    if (QCoreApplication::instance())
        out << QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/sre-console"));
    out << QDir::cleanPath(QStringLiteral(SRE_RESOURCES_SOURCE_DIR));
    return out;
}

QString builtinResourceDir()
{
    for (const QString &dir : builtinResourceDirCandidates()) {
        const QDir d(dir);
        if (d.exists(QStringLiteral("templates")) || d.exists(QStringLiteral("lint")))
            return dir;
    }
    return {};
}

} // namespace sre::pm
