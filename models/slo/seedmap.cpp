// The seed format's `sli.query` is one finished PromQL expression with a fixed range. These rules
// turn it into a native SLI; docs/slo-formats.md lists them for users.
#include "promqltext.h"
#include "specparse.h"

#include <QRegularExpression>

namespace sre::slo::detail {

namespace {

enum class Numerator { Good, Bad, Unknown };

// A status-code matcher that mentions 5xx says which events the numerator counts: `code!~"5.."`
// keeps the good ones, `code=~"5.."` the bad ones. Without one, the SLI's metric name decides.
Numerator classifyNumerator(const QString &numerator, const QString &metricHint)
{
    static const QRegularExpression codeMatcher(QStringLiteral(
        R"re(\b(code|status|status_code|response_code|http_status|http_code)\s*(=~|!~|!=|=)\s*"([^"]*)")re"));
    auto it = codeMatcher.globalMatch(numerator);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!m.captured(3).contains(u'5'))
            continue;
        const QString op = m.captured(2);
        return op.startsWith(u'!') ? Numerator::Good : Numerator::Bad;
    }
    const QString hint = metricHint.toLower();
    if (hint.contains(u"error") || hint.contains(u"fail"))
        return Numerator::Bad;
    if (hint.contains(u"availab") || hint.contains(u"success"))
        return Numerator::Good;
    return Numerator::Unknown;
}

std::optional<TimesliceSli::Op> flipped(TimesliceSli::Op op)
{
    switch (op) {
    case TimesliceSli::Op::Lt: return TimesliceSli::Op::Gt;
    case TimesliceSli::Op::Le: return TimesliceSli::Op::Ge;
    case TimesliceSli::Op::Gt: return TimesliceSli::Op::Lt;
    case TimesliceSli::Op::Ge: return TimesliceSli::Op::Le;
    }
    return std::nullopt;
}

std::optional<double> numberIn(QString text)
{
    text = promql::stripOuterParens(text);
    if (text.startsWith(QStringLiteral("bool ")))
        text = text.mid(5).trimmed();
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

bool mapComparison(ParseContext &ctx, const YAML::Node &queryNode, const promql::TopLevelSplit &cmp, SloSpec &spec)
{
    auto op = parseOp(cmp.op);
    QString query;
    std::optional<double> threshold = numberIn(cmp.right);
    if (threshold) {
        query = cmp.left;
    } else if ((threshold = numberIn(cmp.left))) {
        query = cmp.right;
        if (op)
            op = flipped(*op);
    }
    if (!op || !threshold) {
        ctx.error(queryNode,
                  QCoreApplication::translate("sre::slo",
                                              "comparison query needs <, <=, > or >= "
                                              "with a number on one side, such as "
                                              "histogram_quantile(...) < 0.2"));
        return false;
    }
    spec.kind = SloSpec::Kind::Timeslice;
    spec.timeslice.query = promql::stripOuterParens(query);
    spec.timeslice.op = *op;
    spec.timeslice.threshold = *threshold;
    spec.timeslice.slice = std::chrono::seconds(60);
    addNote(spec,
            QCoreApplication::translate("sre::slo",
                                        "comparison query mapped to a timeslice SLI: each "
                                        "1-minute slice is good when the comparison holds; "
                                        "its own range is kept as written"));
    return true;
}

bool mapRatio(ParseContext &ctx, const YAML::Node &queryNode, const promql::TopLevelSplit &ratio,
              const QString &metricHint, SloSpec &spec)
{
    int numRanges = 0;
    int denRanges = 0;
    const QString numerator = promql::rewindowRanges(promql::stripOuterParens(ratio.left), &numRanges);
    const QString denominator = promql::rewindowRanges(promql::stripOuterParens(ratio.right), &denRanges);
    const bool numWindowed = numRanges > 0 || promql::hasWindowPlaceholder(numerator);
    const bool denWindowed = denRanges > 0 || promql::hasWindowPlaceholder(denominator);
    if (!numWindowed || !denWindowed) {
        ctx.error(queryNode,
                  QCoreApplication::translate("sre::slo",
                                              "both sides of the ratio need a range such "
                                              "as [5m], so that it can be evaluated over "
                                              "the SLO window"));
        return false;
    }
    const QStringList ranges = promql::fixedRanges(ratio.left) + promql::fixedRanges(ratio.right);
    const QString written = ranges.isEmpty() ? QStringLiteral("{{window}}") : ranges.first();
    spec.kind = SloSpec::Kind::EventRatio;
    spec.ratio.totalQuery = denominator;
    switch (classifyNumerator(ratio.left, metricHint)) {
    case Numerator::Good:
        spec.ratio.goodQuery = numerator;
        addNote(spec,
                QCoreApplication::translate("sre::slo",
                                            "ratio query mapped to an event SLI: the numerator "
                                            "counts good events, the denominator all events; "
                                            "the fixed [%1] range was re-windowed to {{window}}")
                    .arg(written));
        return true;
    case Numerator::Bad:
        spec.ratio.errorQuery = numerator;
        addNote(spec,
                QCoreApplication::translate("sre::slo",
                                            "error-ratio query mapped to an event SLI: the "
                                            "numerator counts bad events, the denominator all "
                                            "events; the fixed [%1] range was re-windowed to "
                                            "{{window}}")
                    .arg(written));
        return true;
    case Numerator::Unknown: break;
    }
    ctx.error(queryNode,
              QCoreApplication::translate("sre::slo",
                                          "cannot tell whether the numerator of this ratio "
                                          "counts good or bad events: select them with "
                                          "code!~\"5..\" (good) or code=~\"5..\" (bad), or "
                                          "write the SLI as sli.events"));
    return false;
}

} // namespace

bool mapSeedQuery(ParseContext &ctx, const YAML::Node &sliNode, SloSpec &spec)
{
    const YAML::Node queryNode = child(sliNode, "query");
    const QString query = promql::stripOuterParens(yaml::str(queryNode));
    if (query.isEmpty()) {
        ctx.error(queryNode, QCoreApplication::translate("sre::slo", "sli.query is empty"));
        return false;
    }
    const QString metric = text(sliNode, "metric");
    if (const auto cmp = promql::splitTopLevel(query,
                                               { QStringLiteral("<="), QStringLiteral(">="), QStringLiteral("=="),
                                                 QStringLiteral("!="), QStringLiteral("<"), QStringLiteral(">") }))
        return mapComparison(ctx, queryNode, *cmp, spec);
    if (const auto ratio = promql::splitTopLevel(query, { QStringLiteral("/") }))
        return mapRatio(ctx, queryNode, *ratio, metric, spec);
    ctx.error(queryNode,
              QCoreApplication::translate("sre::slo",
                                          "sli.query is neither a ratio (good / total or "
                                          "errors / total) nor a comparison (expression < "
                                          "threshold); write the SLI as sli.events, "
                                          "sli.latency or sli.timeslice"));
    return false;
}

} // namespace sre::slo::detail
