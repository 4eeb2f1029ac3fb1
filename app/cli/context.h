#pragma once

#include "output.h"
#include "workspace.h"

#include <QStringList>

namespace sre::alerting {
class AlertmanagerPoller;
}

namespace sre::cli {

enum Exit { Ok = 0, CheckFailed = 1, BadInput = 2, Unreachable = 3 };

// What every command gets: global options, the remaining arguments, and the workspace (loaded
// on first use so `--version` and usage errors stay instant).
struct Context
{
    QString workspaceDir = QStringLiteral(".");
    QString datasource;
    Format format = Format::Table;
    QStringList args; // after <noun> <verb>

    ws::Workspace &workspace();
    // Prints the workspace's load errors (not warnings) that concern `part` and returns true if any.
    bool reportLoadErrors(ws::Part part);

private:
    std::unique_ptr<ws::Workspace> m_workspace;
};

// `--at` values: RFC 3339 or Unix seconds.
std::optional<qint64> parseTime(const QString &text);

// The output of one command in the chosen format.
void print(const Context &ctx, const Table &table, const QJsonArray &json);

int workspaceCommand(Context &ctx, const QString &verb);
int sloCommand(Context &ctx, const QString &verb);
int sloRulesCommand(Context &ctx); // slorulescmd.cpp
int sloAuditCommand(Context &ctx); // sloauditcmd.cpp
int runbookCommand(Context &ctx, const QString &verb);
int postmortemCommand(Context &ctx, const QString &verb);
int alertsCommand(Context &ctx, const QString &verb);
int silenceCommand(Context &ctx, const QString &verb);
int alertsHistoryCommand(Context &ctx); // alerthistorycmd.cpp
int alertsSeenCommand(Context &ctx);
int oncallCommand(Context &ctx, const QString &verb);
int incidentCommand(Context &ctx, const QString &verb);

// Polls the workspace's Alertmanagers (or the one --datasource names) once. Returns an exit code
// when there is none (BadInput) or none answered (Unreachable); single peers' errors go to stderr.
std::optional<int> pollAlertmanagers(Context &ctx, alerting::AlertmanagerPoller &poller);

} // namespace sre::cli
