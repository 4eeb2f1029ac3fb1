#pragma once

#include "datasource.h"
#include "problem.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace sre::ws {

struct RunbookUrlMapping
{
    QString prefix; // URL prefix, e.g. https://runbooks.prometheus-operator.dev/runbooks/
    QString path; // local folder (absolute)
};

// workspace.yaml (DESIGN.md "Workspace"), relative paths already resolved against the folder.
struct WorkspaceConfig
{
    QString dir; // absolute folder of the workspace
    QString name;
    QString timezone = QStringLiteral("UTC");
    QString unknownTimezone; // the zone written in workspace.yaml when it is not one and UTC is used
    // The folder cannot be written (a read-only mount, permissions): files open for reading only.
    bool readOnly = false;
    std::vector<DatasourceConfig> datasources;
    QString defaultDatasource;
    QStringList runbookPaths; // absolute
    std::vector<RunbookUrlMapping> runbookUrlMap;

    const DatasourceConfig *datasource(const QString &name) const;
    // The named datasource, else the default one, else the first Prometheus one.
    const DatasourceConfig *prometheus(const QString &name = {}) const;
};

struct ConfigResult
{
    WorkspaceConfig config;
    Problems problems;
};

// Reads `dir`/workspace.yaml. A missing file is not an error: the folder name is used and
// the default layout assumed, so any folder of SLO files can be opened.
ConfigResult loadWorkspaceConfig(const QString &dir);
ConfigResult parseWorkspaceConfig(const QByteArray &text, const QString &file, const QString &dir);

// "~/x" → home, relative → against `base`.
QString resolvePath(const QString &path, const QString &base);

} // namespace sre::ws
