// The PromQL text helpers the SLO loaders use on foreign queries. Input: eight bytes that are a
// double for formatNumber(), then the query. Properties:
//  - no window placeholder survives substituteWindow();
//  - rewindowRanges() replaces as many ranges as fixedRanges() lists, and leaves none;
//  - a parsed selector written with toString() parses back to the same selector;
//  - stripOuterParens() is idempotent;
//  - formatNumber() reads back as the same double.
#include "fuzzcheck.h"
#include "promqltext.h"

#include <cmath>
#include <cstring>

using namespace sre::slo::promql;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    sre::fuzz::Input in(data, size);
    std::uint8_t raw[8];
    for (std::uint8_t &b : raw)
        b = in.byte();
    double number = 0;
    std::memcpy(&number, raw, sizeof number);
    const QString query = QString::fromUtf8(in.rest());

    FUZZ_CHECK(!hasWindowPlaceholder(substituteWindow(query, QStringLiteral("5m"))));
    (void)substituteWindow(query, std::chrono::seconds(3600));
    (void)rateToIncrease(query);

    int replaced = -1;
    const QString rewindowed = rewindowRanges(query, &replaced);
    FUZZ_CHECK(replaced == fixedRanges(query).size());
    FUZZ_CHECK(fixedRanges(rewindowed).isEmpty());

    if (const auto split = splitTopLevel(query,
                                         { QStringLiteral("/"), QStringLiteral("or"), QStringLiteral("and"),
                                           QStringLiteral("<"), QStringLiteral("<="), QStringLiteral("-") }))
        FUZZ_CHECK(query.contains(split->op));

    const QString stripped = stripOuterParens(query);
    FUZZ_CHECK(stripOuterParens(stripped) == stripped);

    if (const auto selector = parseSelector(query)) {
        const auto again = parseSelector(selector->toString());
        FUZZ_CHECK(again.has_value());
        FUZZ_CHECK(again->name == selector->name && again->matchers == selector->matchers);
        (void)selector->equalityValue(QStringLiteral("job"));
        (void)selector->without(QStringLiteral("le"))
            .with(QStringLiteral("code=~\"5..\""))
            .renamed(QStringLiteral("x"));
    }
    (void)wrapSelectors(query, QStringLiteral("rate"));
    (void)ensureSummed(query);

    const QString formatted = formatNumber(number);
    if (std::isfinite(number)) {
        bool ok = false;
        FUZZ_CHECK(formatted.toDouble(&ok) == number && ok);
    }
    (void)leMatcher(number);
    return 0;
}
