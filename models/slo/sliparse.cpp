#include "promqltext.h"
#include "specparse.h"

#include <QRegularExpression>

namespace sre::slo::detail {

namespace {

// A query of an event SLI: present, and (for native and Sloth files) with the window placeholder
// that lets the console evaluate it over any window.
bool readEventQuery(ParseContext &ctx, const YAML::Node &node, const char *key, bool requirePlaceholder, QString &out)
{
    out = yaml::str(node).trimmed();
    if (out.isEmpty()) {
        ctx.error(node, QCoreApplication::translate("sre::slo", "%1 is empty").arg(QLatin1String(key)));
        return false;
    }
    if (requirePlaceholder && !promql::hasWindowPlaceholder(out)) {
        ctx.error(node,
                  QCoreApplication::translate("sre::slo",
                                              "%1 has no {{window}} (or {{.window}}) range: "
                                              "without it the console cannot evaluate the SLI "
                                              "over its window or compute burn rates")
                      .arg(QLatin1String(key)));
        return false;
    }
    return true;
}

bool readEvents(ParseContext &ctx, const YAML::Node &sliNode, bool requirePlaceholders, SloSpec &spec)
{
    const YAML::Node node = child(sliNode, "events");
    ctx.unknownKeys(node, { "error_query", "good_query", "total_query", "errorQuery", "goodQuery", "totalQuery" },
                    QStringLiteral("sli.events"));
    const YAML::Node error = childAny(node, { "error_query", "errorQuery" });
    const YAML::Node good = childAny(node, { "good_query", "goodQuery" });
    const YAML::Node total = childAny(node, { "total_query", "totalQuery" });
    if (!total.IsDefined()) {
        ctx.errorAtKey(sliNode, "events", QCoreApplication::translate("sre::slo", "sli.events needs total_query"));
        return false;
    }
    if (error.IsDefined() == good.IsDefined()) {
        ctx.errorAtKey(sliNode, "events",
                       QCoreApplication::translate("sre::slo",
                                                   "sli.events needs exactly one of error_query and "
                                                   "good_query"));
        return false;
    }
    spec.kind = SloSpec::Kind::EventRatio;
    bool ok = readEventQuery(ctx, total, "total_query", requirePlaceholders, spec.ratio.totalQuery);
    if (error.IsDefined())
        ok = readEventQuery(ctx, error, "error_query", requirePlaceholders, spec.ratio.errorQuery) && ok;
    else
        ok = readEventQuery(ctx, good, "good_query", requirePlaceholders, spec.ratio.goodQuery) && ok;
    return ok;
}

} // namespace

std::optional<double> readPositive(ParseContext &ctx, const YAML::Node &node, const QString &what)
{
    const auto value = yaml::number(node);
    if (!value || !(*value > 0)) {
        ctx.error(node,
                  QCoreApplication::translate("sre::slo", "%1 \"%2\" must be a number greater than 0")
                      .arg(what, yaml::str(node)));
        return std::nullopt;
    }
    return value;
}

std::optional<TimesliceSli::Op> parseOp(const QString &text)
{
    const QString op = text.trimmed().toLower();
    if (op == u"lt" || op == u"<")
        return TimesliceSli::Op::Lt;
    if (op == u"le" || op == u"lte" || op == u"<=")
        return TimesliceSli::Op::Le;
    if (op == u"gt" || op == u">")
        return TimesliceSli::Op::Gt;
    if (op == u"ge" || op == u"gte" || op == u">=")
        return TimesliceSli::Op::Ge;
    return std::nullopt;
}

bool readLatency(ParseContext &ctx, const YAML::Node &node, SloSpec &spec)
{
    ctx.unknownKeys(node, { "histogram", "threshold", "native_histogram" }, QStringLiteral("sli.latency"));
    spec.kind = SloSpec::Kind::Latency;
    const YAML::Node histNode = child(node, "histogram");
    const auto selector = promql::parseSelector(yaml::str(histNode));
    if (!selector || selector->name.isEmpty()) {
        ctx.error(histNode.IsDefined() ? histNode : node,
                  QCoreApplication::translate("sre::slo",
                                              "latency.histogram \"%1\" is not a metric selector such "
                                              "as http_request_duration_seconds{job=\"api\"}")
                      .arg(yaml::str(histNode)));
        return false;
    }
    promql::Selector sel = *selector;
    static const QRegularExpression suffix(QStringLiteral("_(bucket|count|sum)$"));
    if (const auto m = suffix.match(sel.name); m.hasMatch()) {
        ctx.warning(histNode,
                    QCoreApplication::translate("sre::slo",
                                                "latency.histogram names the histogram "
                                                "without the _%1 suffix; it was removed")
                        .arg(m.captured(1)));
        sel.name.chop(m.capturedLength());
    }
    if (sel.without(QStringLiteral("le")).matchers.size() != sel.matchers.size()) {
        ctx.error(histNode,
                  QCoreApplication::translate("sre::slo",
                                              "latency.histogram must not select le; the "
                                              "threshold chooses the bucket"));
        return false;
    }
    spec.latency.histogram = sel.toString();
    spec.latency.nativeHistogram = yaml::str(child(node, "native_histogram")).trimmed() == u"true";
    const YAML::Node thr = child(node, "threshold");
    const auto threshold = readPositive(ctx, thr, QStringLiteral("latency.threshold"));
    if (!threshold)
        return false;
    spec.latency.threshold = *threshold;
    return true;
}

bool readTimeslice(ParseContext &ctx, const YAML::Node &node, SloSpec &spec)
{
    ctx.unknownKeys(node, { "query", "op", "threshold", "slice" }, QStringLiteral("sli.timeslice"));
    spec.kind = SloSpec::Kind::Timeslice;
    bool ok = true;
    const YAML::Node queryNode = child(node, "query");
    spec.timeslice.query = yaml::str(queryNode).trimmed();
    if (spec.timeslice.query.isEmpty()) {
        ctx.error(queryNode, QCoreApplication::translate("sre::slo", "timeslice.query is missing"));
        ok = false;
    }
    const YAML::Node opNode = child(node, "op");
    const auto op = parseOp(yaml::str(opNode, QStringLiteral("lt")));
    if (!op) {
        ctx.error(opNode,
                  QCoreApplication::translate("sre::slo", "timeslice.op \"%1\" is not one of lt, le, gt, ge")
                      .arg(yaml::str(opNode)));
        ok = false;
    } else {
        spec.timeslice.op = *op;
    }
    const YAML::Node thrNode = child(node, "threshold");
    if (const auto thr = yaml::number(thrNode))
        spec.timeslice.threshold = *thr;
    else {
        ctx.error(thrNode,
                  QCoreApplication::translate("sre::slo", "timeslice.threshold \"%1\" is not a number")
                      .arg(yaml::str(thrNode)));
        ok = false;
    }
    const YAML::Node sliceNode = child(node, "slice");
    if (sliceNode.IsDefined()) {
        const auto slice = readDuration(ctx, sliceNode, QStringLiteral("timeslice.slice"));
        if (slice)
            spec.timeslice.slice = *slice;
        else
            ok = false;
    }
    return ok;
}

bool readSli(ParseContext &ctx, const YAML::Node &sloNode, const QString &format, SloSpec &spec)
{
    const YAML::Node sliNode = child(sloNode, "sli");
    if (!sliNode.IsMap()) {
        ctx.error(sliNode,
                  QCoreApplication::translate("sre::slo",
                                              "missing sli: expected events, latency or "
                                              "timeslice"));
        return false;
    }
    const bool seed = format == u"seed";
    if (seed)
        ctx.unknownKeys(sliNode, { "metric", "query", "events", "latency", "timeslice" }, QStringLiteral("sli"));
    else
        ctx.unknownKeys(sliNode, { "events", "latency", "timeslice", "raw", "plugin" }, QStringLiteral("sli"));

    if (child(sliNode, "events").IsDefined())
        return readEvents(ctx, sliNode, !seed, spec);
    if (const YAML::Node latency = child(sliNode, "latency"); latency.IsDefined())
        return readLatency(ctx, latency, spec);
    if (const YAML::Node timeslice = child(sliNode, "timeslice"); timeslice.IsDefined())
        return readTimeslice(ctx, timeslice, spec);
    if (const YAML::Node raw = child(sliNode, "raw"); raw.IsDefined()) {
        ctx.errorAtKey(sliNode, "raw",
                       QCoreApplication::translate("sre::slo",
                                                   "raw SLIs (an error ratio query) are not supported: "
                                                   "a ratio cannot be summed into a window's events; "
                                                   "write sli.events with error_query and total_query"));
        return false;
    }
    if (const YAML::Node plugin = child(sliNode, "plugin"); plugin.IsDefined()) {
        ctx.errorAtKey(sliNode, "plugin",
                       QCoreApplication::translate("sre::slo",
                                                   "Sloth SLI plugins are not supported: write the "
                                                   "queries the plugin generates as sli.events"));
        return false;
    }
    if (child(sliNode, "query").IsDefined())
        return mapSeedQuery(ctx, sliNode, spec);
    ctx.errorAtKey(sloNode, "sli",
                   QCoreApplication::translate("sre::slo", "sli needs one of events, latency or timeslice"));
    return false;
}

} // namespace sre::slo::detail
