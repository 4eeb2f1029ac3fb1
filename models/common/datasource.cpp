#include "datasource.h"

#include <QCoreApplication>
#include <QFile>

namespace sre {

std::optional<QByteArray> SecretRef::read(QString *error) const
{
    auto fail = [error](const QString &message) -> std::optional<QByteArray> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("sre::SecretRef", "cannot read secret file %1: %2")
                            .arg(file, f.errorString()));
        // Token files usually end with a newline that is not part of the secret.
        return f.readAll().trimmed();
    }
    if (!envVar.isEmpty()) {
        if (!qEnvironmentVariableIsSet(envVar.toLocal8Bit().constData()))
            return fail(
                QCoreApplication::translate("sre::SecretRef", "environment variable %1 is not set").arg(envVar));
        return qgetenv(envVar.toLocal8Bit().constData());
    }
    return fail(QCoreApplication::translate("sre::SecretRef", "no secret configured"));
}

QString datasourceTypeName(DatasourceConfig::Type type)
{
    switch (type) {
    case DatasourceConfig::Type::Prometheus: return QStringLiteral("prometheus");
    case DatasourceConfig::Type::Alertmanager: return QStringLiteral("alertmanager");
    }
    return {};
}

} // namespace sre
