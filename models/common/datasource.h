#pragma once

#include <QMap>
#include <QString>
#include <QUrl>
#include <chrono>
#include <optional>

namespace sre {

// Where a secret comes from. The value itself is read only when a request needs it and is never
// kept in a config object, written anywhere, or logged.
struct SecretRef
{
    QString file; // credentials_file / password_file, already resolved to an absolute path
    QString envVar; // credentials_env / password_env
    // Secrets written into workspace.yaml itself are refused by the loader: the workspace lives in git.

    bool isSet() const { return !file.isEmpty() || !envVar.isEmpty(); }
    // Reads the secret now. On failure returns nullopt and sets *error to a message that names the
    // file or variable but never the secret.
    std::optional<QByteArray> read(QString *error = nullptr) const;

    friend bool operator==(const SecretRef &, const SecretRef &) = default;
};

// One entry of workspace.yaml `datasources:`, in the shape of Prometheus' own http_config.
struct DatasourceConfig
{
    enum class Type { Prometheus, Alertmanager };

    QString name;
    Type type = Type::Prometheus;
    QUrl url;

    QString authorizationType = QStringLiteral("Bearer");
    SecretRef authorizationCredentials;

    QString basicAuthUsername;
    SecretRef basicAuthPassword;

    QString caFile;
    QString certFile;
    QString keyFile;
    bool insecureSkipVerify = false;

    QMap<QString, QString> headers;
    std::chrono::milliseconds timeout { 30000 };
    // How often an Alertmanager is asked for alerts and silences (`poll_interval`); the peers of a
    // workspace are polled together, at the shortest of their intervals.
    std::chrono::milliseconds pollInterval { 15000 };

    friend bool operator==(const DatasourceConfig &, const DatasourceConfig &) = default;
};

QString datasourceTypeName(DatasourceConfig::Type type);

} // namespace sre
