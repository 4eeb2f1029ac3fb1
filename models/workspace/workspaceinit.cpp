#include "workspaceinit.h"

#include "workspaceconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

namespace sre::ws {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::ws::WorkspaceInit)
};

// A YAML scalar that reads back as exactly `text`: plain when that is unambiguous, else
// double-quoted with escapes.
QString scalar(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_~/][A-Za-z0-9_./:~@+ -]*$"));
    static const QStringList special
        = { QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("null"), QStringLiteral("yes"),
            QStringLiteral("no"),   QStringLiteral("on"),    QStringLiteral("off"),  QStringLiteral("~") };
    const bool ambiguous = special.contains(text.toLower()) || text.endsWith(u' ')
        || text.contains(QStringLiteral(": ")) || text.contains(QStringLiteral(" #"));
    if (!text.isEmpty() && plain.match(text).hasMatch() && !ambiguous)
        return text;
    QString quoted;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            quoted += u'\\';
        if (c == u'\n')
            quoted += QStringLiteral("\\n");
        else if (c == u'\t')
            quoted += QStringLiteral("\\t");
        else
            quoted += c;
    }
    return u'"' + quoted + u'"';
}

enum class Near { Relative, Home };

// A path as the user would write it in a file kept in git: with Near::Relative, inside the
// workspace or beside it (../team-runbooks) relative to it; else under the home folder as ~/...,
// else absolute. Secret files use Near::Home: every clone finds them at the same place.
QString portablePath(const QString &path, const QString &workspaceDir, Near near)
{
    if (path.isEmpty())
        return path;
    const QString absolute = resolvePath(path, workspaceDir);
    const QString relative = QDir(workspaceDir).relativeFilePath(absolute);
    if (near == Near::Relative && !relative.startsWith(QStringLiteral("../../")) && relative != QStringLiteral("..")
        && !QDir::isAbsolutePath(relative))
        return relative;
    const QString home = QDir::homePath();
    if (absolute.startsWith(home + u'/'))
        return QStringLiteral("~") + absolute.mid(home.size());
    return absolute;
}

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

QString absoluteDir(const QString &dir)
{
    return QDir::cleanPath(QDir(dir).absolutePath());
}
} // namespace

QString systemTimeZoneId()
{
    const QByteArray id = QTimeZone::systemTimeZoneId();
    return id.isEmpty() || !QTimeZone(id).isValid() ? QStringLiteral("UTC") : QString::fromUtf8(id);
}

QString WorkspaceInit::validate() const
{
    if (dir.trimmed().isEmpty())
        return Tr::tr("Choose a folder for the workspace.");
    const QString folder = absoluteDir(dir);
    if (QFileInfo::exists(QDir(folder).filePath(QStringLiteral("workspace.yaml"))))
        return Tr::tr("%1 already has a workspace.yaml; it is left as it is. Open it instead, or choose another "
                      "folder.")
            .arg(folder);
    if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir())
        return Tr::tr("%1 exists and is not a folder.").arg(folder);
    if (!timezone.isEmpty() && !QTimeZone(timezone.toUtf8()).isValid())
        return Tr::tr("Unknown time zone \"%1\": use an IANA name such as Asia/Tokyo or Europe/Berlin.").arg(timezone);
    if (!isHttpUrl(prometheusUrl))
        return Tr::tr("The Prometheus URL \"%1\" is not an http:// or https:// URL.")
            .arg(prometheusUrl.toString(QUrl::RemoveUserInfo));
    if (!prometheusUrl.userInfo().isEmpty())
        return Tr::tr("Put no user name or password into the Prometheus URL: workspace.yaml is kept in git. Use "
                      "basic auth with a password file instead.");
    if (!alertmanagerUrl.isEmpty() && !isHttpUrl(alertmanagerUrl))
        return Tr::tr("The Alertmanager URL \"%1\" is not an http:// or https:// URL.")
            .arg(alertmanagerUrl.toString(QUrl::RemoveUserInfo));
    switch (auth) {
    case Auth::None: break;
    case Auth::BearerTokenFile:
        if (bearerTokenFile.trimmed().isEmpty())
            return Tr::tr("Name the file that holds the bearer token.");
        break;
    case Auth::BasicAuth:
        if (basicAuthUser.trimmed().isEmpty())
            return Tr::tr("Basic auth needs a user name.");
        if (basicAuthPasswordFile.trimmed().isEmpty())
            return Tr::tr("Name the file that holds the basic auth password.");
        break;
    }
    return {};
}

QByteArray WorkspaceInit::yaml() const
{
    const QString folder = absoluteDir(dir);
    const QString wsName = name.trimmed().isEmpty() ? QFileInfo(folder).fileName() : name.trimmed();
    const QString tz = timezone.isEmpty() ? systemTimeZoneId() : timezone;
    QString y;
    y += QStringLiteral("# SRE Console workspace. Keep this folder in git; no secret belongs in it:\n"
                        "# credentials are read from the files named here, which live outside the workspace.\n");
    y += QStringLiteral("name: %1\n").arg(scalar(wsName));
    y += QStringLiteral("timezone: %1\n").arg(scalar(tz));
    y += QStringLiteral("datasources:\n");
    y += QStringLiteral("  - name: prometheus\n    type: prometheus\n    url: %1\n")
             .arg(scalar(prometheusUrl.toString()));
    if (auth == Auth::BearerTokenFile)
        y += QStringLiteral("    authorization:\n      type: Bearer\n      credentials_file: %1\n")
                 .arg(scalar(portablePath(bearerTokenFile.trimmed(), folder, Near::Home)));
    else if (auth == Auth::BasicAuth)
        y += QStringLiteral("    basic_auth:\n      username: %1\n      password_file: %2\n")
                 .arg(scalar(basicAuthUser.trimmed()),
                      scalar(portablePath(basicAuthPasswordFile.trimmed(), folder, Near::Home)));
    if (!alertmanagerUrl.isEmpty())
        y += QStringLiteral("  - name: alertmanager\n    type: alertmanager\n    url: %1\n")
                 .arg(scalar(alertmanagerUrl.toString()));
    y += QStringLiteral("default_datasource: prometheus\n");
    QStringList paths = { QStringLiteral("runbooks") };
    for (const QString &p : runbookPaths)
        if (const QString portable = portablePath(p.trimmed(), folder, Near::Relative);
            !portable.isEmpty() && !paths.contains(portable))
            paths << portable;
    y += QStringLiteral("runbook_paths:\n");
    for (const QString &p : paths)
        y += QStringLiteral("  - %1\n").arg(scalar(p));
    return y.toUtf8();
}

InitResult initWorkspace(const WorkspaceInit &init)
{
    InitResult result;
    if (const QString problem = init.validate(); !problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    const QString folder = absoluteDir(init.dir);
    const QByteArray text = init.yaml();
    // What we write must load without errors, or the user gets a workspace that does not open.
    const ConfigResult check
        = parseWorkspaceConfig(text, QDir(folder).filePath(QStringLiteral("workspace.yaml")), folder);
    for (const Problem &p : check.problems)
        if (p.isError()) {
            result.error = Tr::tr("The answers make an invalid workspace.yaml: %1").arg(p.message);
            return result;
        }
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder)) {
            result.error = Tr::tr("Cannot create the folder %1.").arg(folder);
            return result;
        }
        result.created << folder;
    }
    const QDir root(folder);
    for (const QString &sub : { QStringLiteral("slos"), QStringLiteral("postmortems"), QStringLiteral("runbooks"),
                                QStringLiteral("templates") }) {
        if (root.exists(sub))
            continue;
        if (!root.mkpath(sub)) {
            result.error = Tr::tr("Cannot create the folder %1.").arg(root.filePath(sub));
            return result;
        }
        result.created << root.filePath(sub);
        // git keeps no empty folders; the team's clone should have them too.
        QFile keep(root.filePath(sub + QStringLiteral("/.gitkeep")));
        if (keep.open(QIODevice::WriteOnly))
            keep.close();
    }
    const QString file = root.filePath(QStringLiteral("workspace.yaml"));
    // NewOnly: never replace a workspace.yaml that appeared since validate().
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) || out.write(text) != text.size() || !out.flush()) {
        result.error = QFileInfo::exists(file) && out.error() == QFileDevice::OpenError
            ? Tr::tr("%1 already exists; it is left as it is.").arg(file)
            : Tr::tr("Cannot write %1: %2").arg(file, out.errorString());
        return result;
    }
    out.close();
    result.workspaceFile = file;
    result.created << file;
    return result;
}

QString copyWorkspace(const QString &from, const QString &to)
{
    const QDir source(from);
    if (!source.exists())
        return Tr::tr("%1 does not exist.").arg(from);
    if (QFileInfo::exists(to))
        return Tr::tr("%1 already exists.").arg(to);
    if (!QDir().mkpath(to))
        return Tr::tr("Cannot create the folder %1.").arg(to);
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(source.relativeFilePath(path));
        const QFileInfo info = it.fileInfo();
        if (info.isDir()) {
            if (!QDir().mkpath(target))
                return Tr::tr("Cannot create the folder %1.").arg(target);
        } else if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(path, target)) {
            return Tr::tr("Cannot copy %1 to %2.").arg(path, target);
        } else {
            // Installed files are read-only; the copy is the user's to edit.
            QFile(target).setPermissions(QFile::permissions(target) | QFileDevice::WriteOwner);
        }
    }
    return {};
}

} // namespace sre::ws
