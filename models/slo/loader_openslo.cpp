// OpenSLO v1: kind SLO with an inline indicator or an indicatorRef to a kind SLI of the same file.
#include "duration.h"
#include "promqltext.h"
#include "specparse.h"

namespace sre::slo::detail {

namespace {

const QStringList kPrometheusSources
    = { QStringLiteral("prometheus"), QStringLiteral("thanos"), QStringLiteral("mimir"), QStringLiteral("cortex"),
        QStringLiteral("victoriametrics") };

// metricSource.spec.query of a good/bad/total or thresholdMetric node.
std::optional<QString> sourceQuery(ParseContext &ctx, const YAML::Node &node)
{
    const YAML::Node source = child(node, "metricSource");
    const YAML::Node typeNode = child(source, "type");
    const QString type = yaml::str(typeNode).trimmed();
    if (!type.isEmpty() && !kPrometheusSources.contains(type.toLower())) {
        ctx.error(typeNode,
                  QCoreApplication::translate("sre::slo",
                                              "metric source type %1 is not supported: the "
                                              "console reads Prometheus-compatible sources")
                      .arg(type));
        return std::nullopt;
    }
    const YAML::Node spec = child(source, "spec");
    QString query = text(spec, "query");
    if (query.isEmpty())
        query = text(spec, "promql");
    if (query.isEmpty()) {
        ctx.errorAt(ctx.keyLine(node, "metricSource"),
                    QCoreApplication::translate("sre::slo", "metricSource.spec.query is missing"));
        return std::nullopt;
    }
    return query;
}

// An OpenSLO count query as a native event query with {{window}}: kept if it has the
// placeholder, re-windowed if it has fixed ranges, else its selectors are wrapped in rate()
// (counters) or sum_over_time() (`counter: false`).
std::optional<QString> eventQuery(ParseContext &ctx, const YAML::Node &node, bool counter, SloSpec &spec)
{
    const auto query = sourceQuery(ctx, node);
    if (!query)
        return std::nullopt;
    if (promql::hasWindowPlaceholder(*query))
        return query;
    if (!promql::fixedRanges(*query).isEmpty()) {
        addNote(spec, QCoreApplication::translate("sre::slo", "fixed ranges re-windowed to {{window}}"));
        return promql::rewindowRanges(*query);
    }
    const QString function = counter ? QStringLiteral("rate") : QStringLiteral("sum_over_time");
    const auto wrapped = promql::wrapSelectors(*query, function);
    if (!wrapped) {
        ctx.error(child(child(child(node, "metricSource"), "spec"), "query"),
                  QCoreApplication::translate("sre::slo",
                                              "cannot find the metric selector to evaluate over a "
                                              "window; write the query with [{{window}}]"));
        return std::nullopt;
    }
    addNote(spec,
            QCoreApplication::translate("sre::slo", "counter query evaluated as %1(...[{{window}}])").arg(function));
    return wrapped;
}

bool readRatioMetric(ParseContext &ctx, const YAML::Node &sliSpec, const QString &budgeting,
                     const YAML::Node &objective, SloSpec &spec)
{
    const YAML::Node ratio = child(sliSpec, "ratioMetric");
    ctx.unknownKeys(ratio, { "counter", "good", "bad", "total", "rawType", "raw" }, QStringLiteral("ratioMetric"));
    if (child(ratio, "raw").IsDefined()) {
        ctx.errorAtKey(ratio, "raw",
                       QCoreApplication::translate("sre::slo",
                                                   "raw ratio metrics have no event "
                                                   "counts and are not supported; "
                                                   "use good (or bad) and total"));
        return false;
    }
    const QString counterText = text(ratio, "counter");
    const bool counter = counterText != u"false";
    const YAML::Node good = child(ratio, "good");
    const YAML::Node bad = child(ratio, "bad");
    if (good.IsDefined() == bad.IsDefined() || !child(ratio, "total").IsDefined()) {
        ctx.errorAtKey(sliSpec, "ratioMetric",
                       QCoreApplication::translate("sre::slo",
                                                   "ratioMetric needs total and exactly one of good "
                                                   "and bad"));
        return false;
    }
    const auto total = eventQuery(ctx, child(ratio, "total"), counter, spec);
    const auto part = eventQuery(ctx, good.IsDefined() ? good : bad, counter, spec);
    if (!total || !part)
        return false;
    if (budgeting == u"occurrences") {
        spec.kind = SloSpec::Kind::EventRatio;
        spec.ratio.totalQuery = *total;
        (good.IsDefined() ? spec.ratio.goodQuery : spec.ratio.errorQuery) = *part;
        return true;
    }
    // Timeslices: a slice is good when its own good ratio passes timeSliceTarget.
    const YAML::Node sliceTarget = child(objective, "timeSliceTarget");
    const auto target = readFraction(ctx, sliceTarget, QStringLiteral("timeSliceTarget"));
    const auto op = parseOp(yaml::str(child(objective, "op"), QStringLiteral("gte")));
    if (!target || !op) {
        if (target)
            ctx.error(child(objective, "op"),
                      QCoreApplication::translate("sre::slo",
                                                  "op is not one of lt, lte, "
                                                  "gt, gte"));
        return false;
    }
    spec.kind = SloSpec::Kind::Timeslice;
    const QString slice = formatDuration(spec.timeslice.slice);
    const QString ratioQuery
        = QStringLiteral("(%1) / (%2)")
              .arg(promql::substituteWindow(*part, slice), promql::substituteWindow(*total, slice));
    spec.timeslice.query = good.IsDefined() ? ratioQuery : QStringLiteral("1 - (%1)").arg(ratioQuery);
    spec.timeslice.op = *op;
    spec.timeslice.threshold = *target;
    addNote(spec, QCoreApplication::translate("sre::slo", "ratio evaluated per %1 time slice").arg(slice));
    return true;
}

bool readThresholdMetric(ParseContext &ctx, const YAML::Node &metric, const YAML::Node &objective, SloSpec &spec)
{
    const auto query = sourceQuery(ctx, metric);
    const YAML::Node opNode = child(objective, "op");
    const auto op = parseOp(yaml::str(opNode));
    if (!op)
        ctx.error(opNode.IsDefined() ? opNode : objective,
                  QCoreApplication::translate("sre::slo", "a thresholdMetric objective needs op: lt, lte, gt or gte"));
    const YAML::Node valueNode = child(objective, "value");
    const auto value = yaml::number(valueNode);
    if (!value)
        ctx.error(valueNode.IsDefined() ? valueNode : objective,
                  QCoreApplication::translate("sre::slo", "a thresholdMetric objective needs a numeric value"));
    if (!query || !op || !value)
        return false;
    spec.kind = SloSpec::Kind::Timeslice;
    spec.timeslice.query = *query;
    spec.timeslice.op = *op;
    spec.timeslice.threshold = *value;
    return true;
}

bool readTimeWindow(ParseContext &ctx, const YAML::Node &spec, SloSpec &slo)
{
    // Never assign one YAML::Node to another: yaml-cpp's operator= rewrites the node in the document.
    const YAML::Node list = child(spec, "timeWindow");
    const YAML::Node tw = list.IsSequence() && list.size() > 0 ? list[0] : list;
    if (!tw.IsMap()) {
        ctx.error(tw, QCoreApplication::translate("sre::slo", "timeWindow is missing"));
        return false;
    }
    ctx.unknownKeys(tw, { "duration", "isRolling", "calendar" }, QStringLiteral("timeWindow"));
    const YAML::Node durationNode = child(tw, "duration");
    const QString duration = yaml::str(durationNode).trimmed();
    const YAML::Node calendar = child(tw, "calendar");
    const bool rolling = text(tw, "isRolling") != u"false" && !calendar.IsDefined();
    if (rolling) {
        const auto w = readDuration(ctx, durationNode, QStringLiteral("timeWindow.duration"));
        if (w)
            slo.window = *w;
        return w.has_value();
    }
    CalendarWindow cal;
    if (duration == u"1w" || duration == u"7d")
        cal.period = CalendarWindow::Period::Week;
    else if (duration == u"1M")
        cal.period = CalendarWindow::Period::Month;
    else if (duration == u"1Q" || duration == u"3M")
        cal.period = CalendarWindow::Period::Quarter;
    else {
        ctx.error(durationNode,
                  QCoreApplication::translate("sre::slo",
                                              "calendar window \"%1\" is not supported: "
                                              "use 1w, 1M or 1Q")
                      .arg(duration));
        return false;
    }
    const YAML::Node tz = child(calendar, "timeZone");
    if (tz.IsDefined()) {
        cal.timezone = yaml::str(tz).trimmed();
        if (!isValidTimeZone(cal.timezone)) {
            ctx.warning(
                tz, QCoreApplication::translate("sre::slo", "unknown time zone \"%1\"; using UTC").arg(cal.timezone));
            cal.timezone = QStringLiteral("UTC");
        }
    }
    if (child(calendar, "startTime").IsDefined())
        addNote(slo,
                QCoreApplication::translate("sre::slo",
                                            "calendar startTime ignored: periods start on "
                                            "calendar boundaries (Monday, the 1st)"));
    slo.calendar = cal;
    return true;
}

void readObjectives(ParseContext &ctx, const YAML::Node &root, const YAML::Node &sliSpec, ParseContext &sliCtx,
                    const SloSpec &base, std::vector<SloSpec> &out)
{
    const YAML::Node spec = child(root, "spec");
    const QString budgeting = text(spec, "budgetingMethod").toLower();
    const YAML::Node objectives = child(spec, "objectives");
    if (!objectives.IsSequence() || objectives.size() == 0) {
        ctx.error(objectives, QCoreApplication::translate("sre::slo", "objectives is missing or empty"));
        return;
    }
    int index = 0;
    for (const YAML::Node &objective : objectives) {
        ++index;
        const int errorsBefore = ctx.errorCount() + sliCtx.errorCount();
        ctx.unknownKeys(objective,
                        { "displayName", "name", "op", "value", "target", "targetPercent", "timeSliceTarget",
                          "timeSliceWindow", "compositeWeight", "indicator", "indicatorRef" },
                        QStringLiteral("objectives"));
        SloSpec slo = base;
        if (objectives.size() > 1) {
            QString suffix = text(objective, "name");
            if (suffix.isEmpty())
                suffix = QString::number(index);
            slo.name += QLatin1Char('-') + suffix;
        }
        if (const YAML::Node pct = child(objective, "targetPercent"); pct.IsDefined()) {
            if (const auto v = readObjective(ctx, pct, true))
                slo.objective = *v;
        } else if (const auto v = readFraction(ctx, child(objective, "target"), QStringLiteral("target"))) {
            slo.objective = *v;
        }
        if (const YAML::Node sw = child(objective, "timeSliceWindow"); sw.IsDefined()) {
            if (const auto d = readDuration(ctx, sw, QStringLiteral("timeSliceWindow")))
                slo.timeslice.slice = *d;
        }
        if (child(sliSpec, "ratioMetric").IsDefined())
            readRatioMetric(sliCtx, sliSpec, budgeting.isEmpty() ? QStringLiteral("occurrences") : budgeting, objective,
                            slo);
        else if (const YAML::Node threshold = child(sliSpec, "thresholdMetric"); threshold.IsDefined())
            readThresholdMetric(sliCtx, threshold, objective, slo);
        else
            sliCtx.error(sliSpec,
                         QCoreApplication::translate("sre::slo",
                                                     "the SLI needs ratioMetric or "
                                                     "thresholdMetric"));
        if (ctx.errorCount() + sliCtx.errorCount() == errorsBefore)
            out.push_back(std::move(slo));
    }
}

} // namespace

void OpenSloReader::addDocument(ParseContext &ctx, const YAML::Node &root)
{
    const YAML::Node apiVersion = child(root, "apiVersion");
    if (yaml::str(apiVersion).trimmed() != u"openslo/v1") {
        ctx.error(apiVersion,
                  QCoreApplication::translate("sre::slo",
                                              "OpenSLO %1 is not supported: convert it to "
                                              "openslo/v1")
                      .arg(yaml::str(apiVersion)));
        return;
    }
    const QString kind = text(root, "kind");
    if (kind == u"SLO")
        m_slos.push_back({ ctx, root });
    else if (kind == u"SLI")
        m_slis.push_back({ ctx, root });
    // Service, DataSource, AlertPolicy, ...: valid OpenSLO, but not SLOs.
}

void OpenSloReader::finish(std::vector<SloSpec> &out)
{
    for (Object &object : m_slos) {
        try {
            readSlo(object, out);
        } catch (const std::exception &e) {
            object.ctx.error(object.root,
                             QCoreApplication::translate("sre::slo", "cannot read this SLO: %1")
                                 .arg(QString::fromStdString(e.what())));
        }
    }
    m_slos.clear();
}

void OpenSloReader::readSlo(Object &object, std::vector<SloSpec> &out)
{
    ParseContext &ctx = object.ctx;
    const YAML::Node &root = object.root;
    ctx.setFallback(root);
    const int errorsBefore = ctx.errorCount();
    const YAML::Node metadata = child(root, "metadata");
    const YAML::Node spec = child(root, "spec");
    ctx.unknownKeys(spec,
                    { "description", "service", "indicator", "indicatorRef", "timeWindow", "budgetingMethod",
                      "objectives", "alertPolicies" },
                    QStringLiteral("spec"));
    SloSpec base;
    base.sourceFormat = QStringLiteral("openslo");
    base.file = ctx.file();
    base.line = ctx.line(root);
    base.name = text(metadata, "name");
    base.labels = readLabels(child(metadata, "labels"));
    base.service = text(spec, "service");
    base.description = text(spec, "description");
    if (base.description.isEmpty())
        base.description = text(metadata, "displayName");
    if (base.name.isEmpty())
        ctx.errorAtKey(root, "metadata", QCoreApplication::translate("sre::slo", "metadata.name is missing"));
    if (base.service.isEmpty())
        ctx.errorAtKey(root, "spec", QCoreApplication::translate("sre::slo", "spec.service is missing"));
    readTimeWindow(ctx, spec, base);

    std::optional<YAML::Node> sliSpec;
    ParseContext *sliCtx = &ctx;
    if (const YAML::Node inlineSli = child(spec, "indicator"); inlineSli.IsDefined()) {
        sliSpec.emplace(child(inlineSli, "spec"));
    } else if (const YAML::Node ref = child(spec, "indicatorRef"); ref.IsDefined()) {
        const QString wanted = yaml::str(ref).trimmed();
        for (Object &sli : m_slis) {
            if (!sliSpec && text(child(sli.root, "metadata"), "name") == wanted) {
                sliSpec.emplace(child(sli.root, "spec"));
                sliCtx = &sli.ctx;
                sliCtx->setFallback(sli.root);
            }
        }
        if (!sliSpec)
            ctx.error(ref,
                      QCoreApplication::translate("sre::slo",
                                                  "indicatorRef \"%1\": no SLI of that name "
                                                  "in this file")
                          .arg(wanted));
    } else {
        ctx.errorAtKey(root, "spec", QCoreApplication::translate("sre::slo", "spec needs indicator or indicatorRef"));
    }
    if (ctx.errorCount() != errorsBefore)
        return;
    readObjectives(ctx, root, *sliSpec, *sliCtx, base, out);
}

} // namespace sre::slo::detail
