#include "timezones.h"

#include <QFile>
#include <QTimeZone>

namespace sre {

bool isKnownTimeZone(const QString &ianaId)
{
    const QByteArray id = ianaId.toUtf8();
    if (id.isEmpty() || !QTimeZone(id).isValid())
        return false;
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return true;
    // Links kept for old names are files of the tz database but not in its zone list; a folder
    // such as Asia or a POSIX rule is neither.
    const QByteArray dir = qEnvironmentVariableIsEmpty("TZDIR") ? QByteArray("/usr/share/zoneinfo") : qgetenv("TZDIR");
    if (id.contains("..") || id.startsWith('/'))
        return false;
    QFile file(QString::fromUtf8(dir + '/' + id));
    return file.open(QIODevice::ReadOnly) && file.read(4) == "TZif";
}

} // namespace sre
