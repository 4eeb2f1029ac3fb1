// Pyrra's ServiceLevelObjective (pyrra.dev/v1alpha1): one SLO per object.
#include "duration.h"
#include "promqltext.h"
#include "specparse.h"

#include <QSet>

namespace sre::slo::detail {

namespace {

std::optional<promql::Selector> readMetric(ParseContext &ctx, const YAML::Node &parent, const char *key)
{
    const YAML::Node node = child(child(parent, key), "metric");
    const auto sel = promql::parseSelector(yaml::str(node));
    if (!sel || sel->name.isEmpty()) {
        ctx.errorAt(node.IsDefined() ? ctx.line(node) : ctx.keyLine(parent, key),
                    QCoreApplication::translate("sre::slo",
                                                "%1.metric \"%2\" is not a metric selector such as "
                                                "http_requests_total{job=\"api\"}")
                        .arg(QLatin1String(key), yaml::str(node)));
        return std::nullopt;
    }
    return sel;
}

// Pyrra's `grouping`: one objective per combination of the labels' values.
void readGrouping(ParseContext &ctx, const YAML::Node &indicator, SloSpec &spec)
{
    spec.groupBy = readGroupBy(ctx, child(indicator, "grouping"), QStringLiteral("grouping"));
}

bool readRatio(ParseContext &ctx, const YAML::Node &ratio, SloSpec &spec)
{
    ctx.unknownKeys(ratio, { "errors", "total", "grouping" }, QStringLiteral("indicator.ratio"));
    const auto errors = readMetric(ctx, ratio, "errors");
    const auto total = readMetric(ctx, ratio, "total");
    if (!errors || !total)
        return false;
    spec.kind = SloSpec::Kind::EventRatio;
    spec.ratio.errorQuery = QStringLiteral("sum(rate(%1[{{window}}]))").arg(errors->toString());
    spec.ratio.totalQuery = QStringLiteral("sum(rate(%1[{{window}}]))").arg(total->toString());
    readGrouping(ctx, ratio, spec);
    return true;
}

bool readLatencyIndicator(ParseContext &ctx, const YAML::Node &latency, SloSpec &spec)
{
    ctx.unknownKeys(latency, { "success", "total", "grouping" }, QStringLiteral("indicator.latency"));
    const auto success = readMetric(ctx, latency, "success");
    const auto total = readMetric(ctx, latency, "total");
    if (!success || !total)
        return false;
    const YAML::Node successNode = child(child(latency, "success"), "metric");
    const auto le = success->equalityValue(QStringLiteral("le"));
    bool numeric = false;
    const double threshold = le ? le->toDouble(&numeric) : 0;
    if (!success->name.endsWith(QStringLiteral("_bucket")) || !numeric || threshold <= 0) {
        ctx.error(successNode,
                  QCoreApplication::translate("sre::slo",
                                              "success.metric must be a histogram's "
                                              "_bucket series with le=\"<seconds>\""));
        return false;
    }
    const QString base = success->name.chopped(int(qstrlen("_bucket")));
    if (total->name != base + QStringLiteral("_count")) {
        ctx.error(child(child(latency, "total"), "metric"),
                  QCoreApplication::translate("sre::slo", "total.metric must be %1_count").arg(base));
        return false;
    }
    const promql::Selector withoutLe = success->without(QStringLiteral("le"));
    if (QSet<QString>(withoutLe.matchers.cbegin(), withoutLe.matchers.cend())
        != QSet<QString>(total->matchers.cbegin(), total->matchers.cend()))
        ctx.warning(successNode,
                    QCoreApplication::translate("sre::slo",
                                                "success and total select different "
                                                "series; total's matchers are used"));
    spec.kind = SloSpec::Kind::Latency;
    spec.latency.histogram = total->renamed(base).toString();
    spec.latency.threshold = threshold;
    readGrouping(ctx, latency, spec);
    return true;
}

bool readLatencyNative(ParseContext &ctx, const YAML::Node &latency, SloSpec &spec)
{
    ctx.unknownKeys(latency, { "latency", "total", "grouping" }, QStringLiteral("indicator.latencyNative"));
    const auto total = readMetric(ctx, latency, "total");
    const YAML::Node thresholdNode = child(latency, "latency");
    const auto threshold = parseDuration(yaml::str(thresholdNode));
    if (!threshold || threshold->count() <= 0) {
        ctx.error(thresholdNode,
                  QCoreApplication::translate("sre::slo",
                                              "latency \"%1\" is not a duration such "
                                              "as 200ms or 1s")
                      .arg(yaml::str(thresholdNode)));
        return false;
    }
    if (!total)
        return false;
    spec.kind = SloSpec::Kind::Latency;
    spec.latency.histogram = total->toString();
    spec.latency.threshold = double(threshold->count()) / 1000.0;
    spec.latency.nativeHistogram = true;
    readGrouping(ctx, latency, spec);
    return true;
}

// Pyrra counts the samples of a 0/1 gauge: errors = samples - sum of samples.
bool readBoolGauge(ParseContext &ctx, const YAML::Node &gauge, SloSpec &spec)
{
    ctx.unknownKeys(gauge, { "metric", "grouping" }, QStringLiteral("indicator.bool_gauge"));
    const YAML::Node node = child(gauge, "metric");
    const auto sel = promql::parseSelector(yaml::str(node));
    if (!sel) {
        ctx.error(node,
                  QCoreApplication::translate("sre::slo",
                                              "bool_gauge.metric \"%1\" is not a "
                                              "metric selector")
                      .arg(yaml::str(node)));
        return false;
    }
    const QString s = sel->toString();
    spec.kind = SloSpec::Kind::EventRatio;
    spec.ratio.errorQuery = QStringLiteral("sum(count_over_time(%1[{{window}}])) - "
                                           "sum(sum_over_time(%1[{{window}}]))")
                                .arg(s);
    spec.ratio.totalQuery = QStringLiteral("sum(count_over_time(%1[{{window}}]))").arg(s);
    addNote(spec,
            QCoreApplication::translate("sre::slo",
                                        "bool_gauge mapped to an event SLI over samples: "
                                        "every sample is an event, a 0 sample a bad one"));
    readGrouping(ctx, gauge, spec);
    return true;
}

} // namespace

void readPyrra(ParseContext &ctx, const YAML::Node &root, std::vector<SloSpec> &out)
{
    ctx.setFallback(root);
    const int errorsBefore = ctx.errorCount();
    const YAML::Node metadata = child(root, "metadata");
    const YAML::Node spec = child(root, "spec");
    SloSpec slo;
    slo.sourceFormat = QStringLiteral("pyrra");
    slo.file = ctx.file();
    slo.line = ctx.line(root);
    slo.name = text(metadata, "name");
    slo.labels = readLabels(child(metadata, "labels"));
    // Pyrra has no service; the label or the namespace stands in for it.
    slo.service = slo.labels.value(QStringLiteral("pyrra.dev/service"),
                                   slo.labels.value(QStringLiteral("service"), text(metadata, "namespace")));
    if (slo.service.isEmpty())
        slo.service = QStringLiteral("default");
    if (slo.name.isEmpty())
        ctx.errorAtKey(root, "metadata", QCoreApplication::translate("sre::slo", "metadata.name is missing"));
    if (!spec.IsMap()) {
        ctx.error(root, QCoreApplication::translate("sre::slo", "spec is missing"));
        return;
    }
    ctx.unknownKeys(spec,
                    { "target", "window", "description", "indicator", "alerting", "partial_response_strategy",
                      "partialResponseStrategy" },
                    QStringLiteral("spec"));
    slo.description = text(spec, "description");
    slo.alertingDisabled = text(child(spec, "alerting"), "disabled") == u"true";
    if (const auto objective = readObjective(ctx, child(spec, "target"), true))
        slo.objective = *objective;
    if (const auto window = readDuration(ctx, child(spec, "window"), QStringLiteral("window")))
        slo.window = *window;

    const YAML::Node indicator = child(spec, "indicator");
    ctx.unknownKeys(indicator, { "ratio", "latency", "latencyNative", "bool_gauge", "boolGauge" },
                    QStringLiteral("indicator"));
    if (const YAML::Node n = child(indicator, "ratio"); n.IsDefined())
        readRatio(ctx, n, slo);
    else if (const YAML::Node l = child(indicator, "latency"); l.IsDefined())
        readLatencyIndicator(ctx, l, slo);
    else if (const YAML::Node ln = child(indicator, "latencyNative"); ln.IsDefined())
        readLatencyNative(ctx, ln, slo);
    else if (const YAML::Node g = childAny(indicator, { "bool_gauge", "boolGauge" }); g.IsDefined())
        readBoolGauge(ctx, g, slo);
    else
        ctx.errorAtKey(spec, "indicator",
                       QCoreApplication::translate("sre::slo",
                                                   "indicator needs one of ratio, latency, "
                                                   "latencyNative, bool_gauge"));
    if (ctx.errorCount() == errorsBefore)
        out.push_back(std::move(slo));
}

} // namespace sre::slo::detail
