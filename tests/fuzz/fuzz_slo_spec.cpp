// SLO spec files in every supported format. The first byte selects the format: a header that
// makes the content detection pick that reader is put before the rest of the input (a document
// key that is already there is a duplicate that yaml-cpp resolves to the first one), so mutations
// stay inside one format. Selector 7 adds nothing: detection on the content alone.
#include "fuzzcheck.h"
#include "slospec.h"
#include "yamlchecks.h"

#include <cmath>

using namespace sre::slo;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const char *const headers[] = {
        "apiVersion: sre-console/v1\n", // native
        "", // seed format (service: + slos:, no apiVersion)
        "version: prometheus/v1\n", // Sloth
        "apiVersion: sloth.slok.dev/v1\nkind: PrometheusServiceLevel\n", // Sloth CRD
        "apiVersion: openslo/v1\n", // OpenSLO
        "apiVersion: pyrra.dev/v1alpha1\nkind: ServiceLevelObjective\n", // Pyrra
        "kind: ConfigMap\n", // seed ConfigMap (data: { *.yaml: ... })
        "", // whatever the content says (multi-document files, Kubernetes lists)
    };
    sre::fuzz::Input in(data, size);
    const char *header = headers[in.byte() % 8];
    const QByteArray text = QByteArray(header) + in.rest();
    const QString file = QStringLiteral("/fuzz/slos/x.yaml");
    const SpecFileResult result = loadSpecText(text, file);
    sre::fuzz::checkProblems(result.problems, file, text);
    static const QStringList formats { QStringLiteral("native"), QStringLiteral("seed"), QStringLiteral("sloth"),
                                       QStringLiteral("openslo"), QStringLiteral("pyrra") };
    for (const SloSpec &slo : result.slos) {
        FUZZ_CHECK(slo.objective > 0 && slo.objective < 1); // slospec.h: always a fraction in (0, 1)
        FUZZ_CHECK(slo.calendar.has_value() || slo.window.count() > 0);
        FUZZ_CHECK(formats.contains(slo.sourceFormat));
        FUZZ_CHECK(slo.file == file);
        (void)slo.id();
    }
    // No id twice: loadSpecText() drops the later duplicates after reporting them.
    FUZZ_CHECK(findDuplicateIds(result.slos).isEmpty());
    return 0;
}
