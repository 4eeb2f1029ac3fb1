#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace sre::ws {

// What a new workspace needs: the answers of the "Create a workspace" wizard and of
// `srectl workspace init`. Secrets are never part of it, only the files that hold them.
struct WorkspaceInit
{
    enum class Auth { None, BearerTokenFile, BasicAuth };

    QString dir; // the folder to create (or an empty/existing one without workspace.yaml)
    QString name; // empty: the folder's name
    QString timezone; // IANA id; empty: the system's
    QUrl prometheusUrl;
    Auth auth = Auth::None;
    QString bearerTokenFile;
    QString basicAuthUser;
    QString basicAuthPasswordFile;
    QUrl alertmanagerUrl; // optional
    QStringList runbookPaths; // extra runbook folders besides the workspace's own runbooks/

    // The first thing wrong with the answers, in words for the user; empty when they can be used.
    QString validate() const;
    // workspace.yaml as it will be written (validate() first).
    QByteArray yaml() const;
};

struct InitResult
{
    QString error; // empty on success
    QString workspaceFile; // absolute path of the written workspace.yaml
    QStringList created; // folders and files made, absolute

    bool ok() const { return error.isEmpty(); }
};

// Writes workspace.yaml and the usual folders (slos/, postmortems/, runbooks/, templates/) into
// init.dir, creating it if needed. Refuses to touch a folder that already has a workspace.yaml.
// Small local writes: fine on any thread.
InitResult initWorkspace(const WorkspaceInit &init);

// The name of the system's time zone (IANA), "UTC" when it cannot be told.
QString systemTimeZoneId();

// Copies a workspace folder (e.g. the read-only installed demo) to `to`, which must not exist yet.
// Returns an error message, empty on success.
QString copyWorkspace(const QString &from, const QString &to);

} // namespace sre::ws
