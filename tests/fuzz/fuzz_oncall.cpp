// oncall.yaml. Properties: problems name the file and a line of it; asking who is on call, at
// the rotation's start and around it, never crashes (a zero-length rotation, an empty member
// list, an override with its ends swapped).
#include "fuzzcheck.h"
#include "oncall.h"
#include "yamlchecks.h"

#include <QTimeZone>
#include <algorithm>

using namespace sre::alerting;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString file = QStringLiteral("/fuzz/oncall.yaml");
    const OncallResult result = parseOncall(text, file);
    sre::fuzz::checkProblems(result.problems, file, text);
    const QDateTime base(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC);
    for (const Rotation &r : result.schedule.rotations) {
        for (qint64 days : { -400, -1, 0, 1, 6, 7, 8, 365, 4000 }) {
            const QString who = result.schedule.onCall(r.name, base.addDays(days));
            // Someone of a rotation with that name, or an override's member.
            const auto named = [&](const Rotation &o) { return o.name == r.name && o.members.contains(who); };
            const auto overrides = [&](const Override &o) { return o.member == who; };
            const auto &s = result.schedule;
            FUZZ_CHECK(who.isEmpty() || std::any_of(s.rotations.begin(), s.rotations.end(), named)
                       || std::any_of(s.overrides.begin(), s.overrides.end(), overrides));
        }
        if (r.start.isValid())
            (void)result.schedule.onCall(r.name, r.start.startOfDay(Qt::UTC));
    }
    return 0;
}
