// The formats shaped like Sloth's prometheus/v1: `service:` + `slos:` (native sre-console/v1,
// Sloth prometheus/v1 and its Kubernetes CRD's spec, and the seed format).
#include "burnrate.h"
#include "specparse.h"

#include <cmath>

namespace sre::slo::detail {

namespace {

struct ServiceDefaults
{
    QString format;
    QString service;
    QMap<QString, QString> labels;
    std::chrono::seconds window { 30 * 24 * 3600 };
};

bool readWindow(ParseContext &ctx, const YAML::Node &slo, SloSpec &spec, const ServiceDefaults &defaults)
{
    const YAML::Node calendar = child(slo, "calendar");
    const YAML::Node window = child(slo, "window");
    spec.window = defaults.window;
    if (calendar.IsDefined()) {
        if (window.IsDefined())
            ctx.warning(window,
                        QCoreApplication::translate("sre::slo",
                                                    "window is ignored: the SLO has a "
                                                    "calendar window"));
        spec.calendar = readCalendar(ctx, calendar);
        return spec.calendar.has_value();
    }
    if (!window.IsDefined())
        return true;
    if (window.IsMap()) {
        // `window: { calendar: {...} }` and `window: { period: month, ... }` read naturally too.
        const YAML::Node nested = child(window, "calendar");
        spec.calendar = readCalendar(ctx, nested.IsDefined() ? nested : window);
        return spec.calendar.has_value();
    }
    const auto rolling = readDuration(ctx, window, QStringLiteral("window"));
    if (rolling)
        spec.window = *rolling;
    return rolling.has_value();
}

// Sloth's alerting: page_alert / ticket_alert can be disabled; the native format adds `tiers`.
bool readAlerting(ParseContext &ctx, const YAML::Node &alerting, SloSpec &spec)
{
    if (!alerting.IsDefined())
        return true;
    ctx.unknownKeys(
        alerting,
        { "name", "labels", "annotations", "page_alert", "ticket_alert", "pageAlert", "ticketAlert", "tiers" },
        QStringLiteral("alerting"));
    const YAML::Node annotations = child(alerting, "annotations");
    if (spec.runbook.isEmpty())
        spec.runbook
            = text(annotations, "runbook").isEmpty() ? text(annotations, "runbook_url") : text(annotations, "runbook");
    if (const YAML::Node tiers = child(alerting, "tiers"); tiers.IsDefined()) {
        bool ok = false;
        spec.tiers = readTiers(ctx, tiers, &ok);
        return ok;
    }
    const auto disabled = [&](std::initializer_list<const char *> keys) {
        return text(childAny(alerting, keys), "disable") == u"true";
    };
    const bool noPage = disabled({ "page_alert", "pageAlert" });
    const bool noTicket = disabled({ "ticket_alert", "ticketAlert" });
    if (noPage || noTicket) {
        for (const BurnTier &tier : defaultTiers()) {
            if ((tier.severity == u"page" && !noPage) || (tier.severity == u"ticket" && !noTicket))
                spec.tiers.push_back(tier);
        }
        if (spec.tiers.empty()) {
            spec.alertingDisabled = true;
            addNote(spec,
                    QCoreApplication::translate("sre::slo",
                                                "page and ticket alerts are disabled: no "
                                                "burn-rate tiers"));
        }
    }
    return true;
}

// The seed format's extras: an informative threshold and a remaining-budget query.
void readSeedExtras(ParseContext &ctx, const YAML::Node &slo, SloSpec &spec)
{
    const YAML::Node threshold = child(slo, "threshold");
    if (threshold.IsDefined()) {
        const auto value = yaml::number(threshold);
        if (!value) {
            ctx.warning(threshold,
                        QCoreApplication::translate("sre::slo",
                                                    "threshold \"%1\" is not a number; "
                                                    "it is ignored")
                            .arg(yaml::str(threshold)));
        } else if (spec.kind == SloSpec::Kind::Timeslice) {
            ctx.warning(threshold,
                        QCoreApplication::translate("sre::slo",
                                                    "threshold is ignored: the comparison "
                                                    "query has its own"));
        } else {
            spec.labels.insert(QStringLiteral("threshold"), yaml::str(threshold).trimmed());
            addNote(spec,
                    QCoreApplication::translate("sre::slo",
                                                "threshold %1 is informative (kept as the "
                                                "label threshold): the error budget comes from "
                                                "the objective")
                        .arg(yaml::str(threshold).trimmed()));
            const double budget = 1 - spec.objective;
            if (std::abs(*value - budget) > 1e-9 * std::max(1.0, budget))
                ctx.warning(threshold,
                            QCoreApplication::translate("sre::slo",
                                                        "threshold %1 differs from the "
                                                        "error budget 1 - objective = %2; "
                                                        "the objective is used")
                                .arg(yaml::str(threshold).trimmed(), QString::number(budget)));
        }
    }
    const YAML::Node budget = child(slo, "error_budget");
    ctx.unknownKeys(budget, { "remaining_query" }, QStringLiteral("error_budget"));
    spec.errorBudgetQuery = text(budget, "remaining_query");
}

std::optional<SloSpec> readSlo(ParseContext &ctx, const YAML::Node &slo, const ServiceDefaults &defaults)
{
    ctx.setFallback(slo);
    if (!slo.IsMap()) {
        ctx.error(slo,
                  QCoreApplication::translate("sre::slo",
                                              "an SLO must be a map with name, "
                                              "objective and sli"));
        return std::nullopt;
    }
    const QString &format = defaults.format;
    if (format == u"native")
        ctx.unknownKeys(slo,
                        { "name", "objective", "window", "calendar", "description", "sli", "runbook", "labels",
                          "alerting", "group_by" },
                        QStringLiteral("SLO"));
    else if (format == u"sloth")
        ctx.unknownKeys(slo, { "name", "objective", "description", "labels", "sli", "alerting" },
                        QStringLiteral("SLO"));
    else
        ctx.unknownKeys(slo,
                        { "name", "objective", "description", "sli", "window", "calendar", "threshold", "error_budget",
                          "labels", "runbook", "alerting" },
                        QStringLiteral("SLO"));

    const int errorsBefore = ctx.errorCount();
    SloSpec spec;
    spec.sourceFormat = format;
    spec.file = ctx.file();
    spec.line = ctx.line(slo);
    spec.service = defaults.service;
    spec.name = text(slo, "name");
    if (spec.name.isEmpty())
        ctx.error(slo, QCoreApplication::translate("sre::slo", "SLO without a name"));
    spec.description = text(slo, "description");
    spec.runbook = text(slo, "runbook");
    spec.labels = defaults.labels;
    spec.labels.insert(readLabels(child(slo, "labels")));
    if (const auto objective = readObjective(ctx, child(slo, "objective"), format != u"seed"))
        spec.objective = *objective;
    readWindow(ctx, slo, spec, defaults);
    readSli(ctx, slo, format, spec);
    readAlerting(ctx, child(slo, "alerting"), spec);
    if (format == u"native")
        spec.groupBy = readGroupBy(ctx, child(slo, "group_by"), QStringLiteral("group_by"));
    if (format == u"seed")
        readSeedExtras(ctx, slo, spec);
    if (ctx.errorCount() != errorsBefore)
        return std::nullopt;
    return spec;
}

} // namespace

void readServiceSlos(ParseContext &ctx, const YAML::Node &root, const QString &format, std::vector<SloSpec> &out)
{
    ctx.setFallback(root);
    ServiceDefaults defaults;
    defaults.format = format;
    if (format == u"native")
        ctx.unknownKeys(root, { "apiVersion", "service", "labels", "slos", "description" }, QStringLiteral("the file"));
    else if (format == u"sloth")
        ctx.unknownKeys(root, { "version", "service", "labels", "slos", "slo_period", "sloPeriod" },
                        QStringLiteral("the Sloth spec"));
    else
        ctx.unknownKeys(root, { "service", "slos", "labels", "description" }, QStringLiteral("the file"));

    const YAML::Node slos = child(root, "slos");
    defaults.service = text(root, "service");
    if (defaults.service.isEmpty()) {
        ctx.error(root,
                  QCoreApplication::translate("sre::slo",
                                              "missing service: the %n SLO(s) in this document "
                                              "are not loaded",
                                              nullptr, slos.IsSequence() ? int(slos.size()) : 0));
        return;
    }
    defaults.labels = readLabels(child(root, "labels"));
    if (const YAML::Node period = childAny(root, { "slo_period", "sloPeriod" }); period.IsDefined()) {
        if (const auto w = readDuration(ctx, period, QStringLiteral("slo_period")))
            defaults.window = *w;
    }
    if (!slos.IsSequence()) {
        ctx.error(slos, QCoreApplication::translate("sre::slo", "slos must be a list of SLOs"));
        return;
    }
    if (slos.size() == 0)
        ctx.warning(slos, QCoreApplication::translate("sre::slo", "slos is empty"));
    for (const YAML::Node &slo : slos) {
        if (auto spec = readSlo(ctx, slo, defaults))
            out.push_back(std::move(*spec));
    }
}

} // namespace sre::slo::detail
