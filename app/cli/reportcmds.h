#pragma once

// srectl report budget, srectl postmortem impact|export: the commands that put SLO numbers into
// documents (models/reports).
#include "context.h"

#include <memory>
#include <variant>

namespace sre {
class SloEngine;
namespace prom {
class PrometheusClient;
struct Error;
} // namespace prom
namespace slo {
struct SloSpec;
}
} // namespace sre

namespace sre::cli {

int reportCommand(Context &ctx, const QString &verb);
int postmortemImpactCommand(Context &ctx);
int postmortemExportCommand(Context &ctx);
// srectl slo replay (sloreplaycmd.cpp): needs the engine's Prometheus, like the report commands.
int sloReplayCommand(Context &ctx);

// The workspace's (or --datasource's) Prometheus behind an SloEngine.
struct EngineHandle
{
    std::unique_ptr<prom::PrometheusClient> client;
    std::unique_ptr<SloEngine> engine;

    EngineHandle();
    EngineHandle(EngineHandle &&) noexcept;
    ~EngineHandle();
};
std::variant<EngineHandle, int> openEngine(Context &ctx);

// Prints the error (naming the SLO) and returns its exit code: 3 when Prometheus could not be
// reached, 2 otherwise.
int reportPrometheusError(const slo::SloSpec &spec, const prom::Error &error);

// Writes `bytes` to `path` atomically, or to stdout when `path` is empty or "-".
int writeOutput(const QString &verb, const QString &path, const QByteArray &bytes);

// `--format` as given (pdf and html are passed through to these commands by main.cpp).
QString formatName(const Context &ctx, const QString &passedThrough);

} // namespace sre::cli
