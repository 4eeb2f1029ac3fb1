// Alert rule files (Prometheus rule groups and PrometheusRule CRDs). Properties: problems name
// the file and a line of it; every rule read has a name and names the file.
#include "alertrule.h"
#include "fuzzcheck.h"
#include "yamlchecks.h"

using namespace sre::alerting;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString file = QStringLiteral("/fuzz/rules/x.yaml");
    const RuleFileResult result = parseRuleText(text, file);
    sre::fuzz::checkProblems(result.problems, file, text);
    for (const AlertRule &rule : result.rules) {
        FUZZ_CHECK(!rule.name.isEmpty());
        FUZZ_CHECK(rule.file == file);
    }
    return 0;
}
