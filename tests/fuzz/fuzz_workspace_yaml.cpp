// workspace.yaml. Properties: problems name the file and a line of it; every runbook path comes
// back absolute; the default datasource, when set, is one of the datasources.
#include "fuzzcheck.h"
#include "workspaceconfig.h"
#include "yamlchecks.h"

#include <QDir>

using namespace sre::ws;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString dir = QStringLiteral("/fuzz/workspace");
    const QString file = dir + QStringLiteral("/workspace.yaml");
    const ConfigResult result = parseWorkspaceConfig(text, file, dir);
    sre::fuzz::checkProblems(result.problems, file, text);
    for (const QString &path : result.config.runbookPaths)
        FUZZ_CHECK(QDir::isAbsolutePath(path));
    for (const RunbookUrlMapping &m : result.config.runbookUrlMap)
        FUZZ_CHECK(QDir::isAbsolutePath(m.path));
    (void)result.config.prometheus();
    return 0;
}
