#include "rulesaudit.h"

#include "duration.h"
#include "rulegen.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <cmath>

namespace sre::rules {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::rules)
};

QString selectorOf(const QString &name, const QMap<QString, QString> &matchers)
{
    QStringList parts;
    for (auto it = matchers.begin(); it != matchers.end(); ++it) {
        QString value = it.value();
        value.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        parts << QStringLiteral("%1=\"%2\"").arg(it.key(), value);
    }
    return parts.isEmpty() ? name : name + u'{' + parts.join(u',') + u'}';
}

std::optional<std::chrono::seconds> windowOf(const QString &text)
{
    const auto d = parseDuration(text);
    if (!d || d->count() <= 0 || d->count() % 1000 != 0)
        return std::nullopt;
    return std::chrono::duration_cast<std::chrono::seconds>(*d);
}

QString number(double v)
{
    return QString::number(v, 'g', 8);
}

QString utc(double t)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(t * 1000)), QTimeZone::utc()).toString(Qt::ISODate);
}

const slo::SloSpec *findById(const std::vector<slo::SloSpec> &specs, const QString &id)
{
    for (const slo::SloSpec &s : specs)
        if (s.id() == id)
            return &s;
    return nullptr;
}

// Pyrra names its SLO by `metadata.name` only; the service stands in from a label or the namespace.
const slo::SloSpec *findPyrra(const std::vector<slo::SloSpec> &specs, const QMap<QString, QString> &labels)
{
    std::vector<const slo::SloSpec *> named;
    for (const slo::SloSpec &s : specs)
        if (s.name == labels.value(QStringLiteral("slo")))
            named.push_back(&s);
    if (named.size() == 1)
        return named.front();
    for (const slo::SloSpec *s : named)
        if (s->service == labels.value(QStringLiteral("service"))
            || s->service == labels.value(QStringLiteral("namespace")))
            return s;
    return nullptr;
}

bool mentionsMetric(const QString &query, const QString &metric)
{
    const QRegularExpression re(
        QStringLiteral("(^|[^A-Za-z0-9_:])%1([^A-Za-z0-9_:]|$)").arg(QRegularExpression::escape(metric)));
    return re.match(query).hasMatch();
}
} // namespace

QString auditSourceName(AuditSource source)
{
    switch (source) {
    case AuditSource::Sloth: return QStringLiteral("sloth");
    case AuditSource::Pyrra: return QStringLiteral("pyrra");
    case AuditSource::Generated: return QStringLiteral("sre-console");
    }
    return {};
}

QString AuditedRule::selector() const
{
    return selectorOf(record, matchers);
}

QString AuditedRule::inputSelector() const
{
    return selectorOf(input, inputMatchers);
}

QString AuditedRule::displayName() const
{
    return selector();
}

std::vector<AuditedRule> discoverAuditedRules(const std::vector<slo::SloSpec> &specs,
                                              const std::vector<alerting::ApiRuleGroup> &groups)
{
    static const QRegularExpression slothRatio(QStringLiteral("^slo:sli_error:ratio_rate(\\w+)$"));
    static const QRegularExpression slothInput(QStringLiteral("_over_time\\s*\\(\\s*(slo:sli_error:ratio_rate(\\w+))"));
    static const QRegularExpression pyrra(QStringLiteral("^(.+):(increase|burnrate)(\\w+)$"));
    const QString slothBudget = QStringLiteral("slo:period_error_budget_remaining:ratio");
    const QString slothId = QStringLiteral("sloth_id");
    const QString slothService = QStringLiteral("sloth_service");
    const QString slothSlo = QStringLiteral("sloth_slo");

    std::vector<AuditedRule> out;
    for (const alerting::ApiRuleGroup &group : groups) {
        for (const alerting::ApiRule &rule : group.rules) {
            if (rule.alerting)
                continue;
            AuditedRule a;
            a.group = group.name;
            a.intervalSeconds = group.intervalSeconds;
            a.record = rule.name;
            a.query = rule.query;
            const QMap<QString, QString> &labels = rule.labels;
            if (labels.contains(slothService) && labels.contains(slothSlo)) {
                const slo::SloSpec *spec = findById(specs, labels.value(slothService) + u'/' + labels.value(slothSlo));
                if (!spec)
                    continue;
                a.sloId = spec->id();
                a.source = AuditSource::Sloth;
                if (labels.contains(slothId))
                    a.matchers.insert(slothId, labels.value(slothId));
                else
                    a.matchers = { { slothService, labels.value(slothService) }, { slothSlo, labels.value(slothSlo) } };
                if (const auto m = slothRatio.match(rule.name); m.hasMatch()) {
                    const auto w = windowOf(m.captured(1));
                    if (!w)
                        continue;
                    a.window = *w;
                    a.measure = AuditMeasure::ErrorRatio;
                    if (const auto in = slothInput.match(rule.query); in.hasMatch() && in.captured(1) != rule.name) {
                        if (const auto iw = windowOf(in.captured(2))) {
                            a.input = in.captured(1);
                            a.inputMatchers = a.matchers;
                            a.inputWindow = *iw;
                        }
                    }
                } else if (rule.name == slothBudget) {
                    a.window = nominalLength(*spec);
                    a.measure = AuditMeasure::BudgetRemaining;
                } else {
                    continue;
                }
                out.push_back(std::move(a));
                continue;
            }
            if (rule.name == badEventsRecord() || rule.name == totalEventsRecord()) {
                const slo::SloSpec *spec = findById(
                    specs, labels.value(QStringLiteral("service")) + u'/' + labels.value(QStringLiteral("slo")));
                if (!spec)
                    continue;
                a.sloId = spec->id();
                a.source = AuditSource::Generated;
                a.matchers = { { QStringLiteral("service"), spec->service }, { QStringLiteral("slo"), spec->name } };
                a.window = kRuleStep;
                a.measure = rule.name == badEventsRecord() ? AuditMeasure::BadEvents : AuditMeasure::TotalEvents;
                out.push_back(std::move(a));
                continue;
            }
            if (const auto m = pyrra.match(rule.name); m.hasMatch() && labels.contains(QStringLiteral("slo"))) {
                const slo::SloSpec *spec = findPyrra(specs, labels);
                const auto w = windowOf(m.captured(3));
                if (!spec || !w)
                    continue;
                a.sloId = spec->id();
                a.source = AuditSource::Pyrra;
                a.matchers = { { QStringLiteral("slo"), labels.value(QStringLiteral("slo")) } };
                a.window = *w;
                if (m.captured(2) == u"burnrate") {
                    a.measure = AuditMeasure::ErrorRatio;
                } else {
                    // Pyrra records the increase of the total metric (by the label that tells errors
                    // apart), named without its _total; the sum of its series is the total events.
                    // Other metrics are not audited.
                    const QString metric = m.captured(1);
                    if (metric.endsWith(QLatin1String("_bucket")) || spec->kind != slo::SloSpec::Kind::EventRatio
                        || !(mentionsMetric(spec->ratio.totalQuery, metric)
                             || mentionsMetric(spec->ratio.totalQuery, metric + QStringLiteral("_total"))))
                        continue;
                    a.measure = AuditMeasure::TotalEvents;
                }
                out.push_back(std::move(a));
            }
        }
    }
    // Sloth's budget remaining is built on its period SLI: it inherits that rule's averaged input.
    for (AuditedRule &a : out) {
        if (a.measure != AuditMeasure::BudgetRemaining)
            continue;
        for (const AuditedRule &b : out)
            if (b.sloId == a.sloId && b.measure == AuditMeasure::ErrorRatio && b.window == a.window
                && !b.input.isEmpty()) {
                a.input = b.input;
                a.inputMatchers = b.inputMatchers;
                a.inputWindow = b.inputWindow;
            }
    }
    return out;
}

bool sameValue(double a, double b)
{
    if (!std::isfinite(a) || !std::isfinite(b))
        return false;
    return std::abs(a - b) <= 1e-9 + kAuditTolerance * std::max(std::abs(a), std::abs(b));
}

std::optional<double> measureOf(const AuditedRule &rule, const slo::SloSpec &spec, const slo::EventCounts &counts)
{
    switch (rule.measure) {
    case AuditMeasure::BadEvents: return counts.bad;
    case AuditMeasure::TotalEvents: return counts.total;
    case AuditMeasure::ErrorRatio: return counts.errorRatio();
    case AuditMeasure::BudgetRemaining:
        if (const auto ratio = counts.errorRatio())
            return 1.0 - *ratio / (1.0 - spec.objective);
        return std::nullopt;
    }
    return std::nullopt;
}

namespace {
qint64 floorTo(double t, qint64 step)
{
    return qint64(std::floor(t / double(step))) * step;
}

qint64 ceilTo(double t, qint64 step)
{
    return qint64(std::ceil(t / double(step))) * step;
}

double tolerance(double v)
{
    return 1e-9 + kAuditTolerance * std::abs(v);
}
} // namespace

std::optional<double> expectedValue(const AuditedRule &rule, const slo::SloSpec &spec, const slo::EventSeries &exact,
                                    double at)
{
    const qint64 end = floorTo(at, exact.step().count());
    return measureOf(rule, spec, exact.counts(end - rule.window.count(), end));
}

bool consistentWithEvents(const AuditedRule &rule, const slo::SloSpec &spec, const slo::EventSeries &exact, double at,
                          double recorded)
{
    if (!std::isfinite(recorded))
        return false;
    const qint64 step = exact.step().count();
    const double start = at - double(rule.window.count());
    const slo::EventCounts inner = exact.counts(ceilTo(start, step), floorTo(at, step));
    const slo::EventCounts outer = exact.counts(floorTo(start, step), ceilTo(at, step));
    double lo = 0, hi = 0;
    switch (rule.measure) {
    case AuditMeasure::BadEvents:
        lo = inner.bad;
        hi = outer.bad;
        break;
    case AuditMeasure::TotalEvents:
        lo = inner.total;
        hi = outer.total;
        break;
    case AuditMeasure::ErrorRatio:
    case AuditMeasure::BudgetRemaining: {
        if (outer.total <= 0)
            return false; // no events: a finite ratio is made up
        const double low = inner.bad / outer.total;
        const double high = inner.total > 0 ? std::min(1.0, outer.bad / inner.total) : 1.0;
        if (rule.measure == AuditMeasure::ErrorRatio) {
            lo = low;
            hi = high;
        } else { // 1 - ratio / (1 - objective) falls as the ratio rises
            lo = 1.0 - high / (1.0 - spec.objective);
            hi = 1.0 - low / (1.0 - spec.objective);
        }
        break;
    }
    }
    return recorded >= lo - tolerance(lo) && recorded <= hi + tolerance(hi);
}

std::optional<double> ratioAsSampled(const slo::EventSeries &exact, double at, std::chrono::seconds window)
{
    const qint64 step = exact.step().count();
    return exact.counts(ceilTo(at - double(window.count()), step), floorTo(at, step)).errorRatio();
}

QString auditCauseName(AuditCause cause)
{
    switch (cause) {
    case AuditCause::NanOrInf: return QStringLiteral("nan");
    case AuditCause::TimeWeightedAveraging: return QStringLiteral("averaging");
    case AuditCause::Extrapolation: return QStringLiteral("extrapolation");
    case AuditCause::MissedEvaluations: return QStringLiteral("missed-evaluations");
    case AuditCause::Unexplained: return QStringLiteral("unexplained");
    }
    return {};
}

QString auditCauseText(AuditCause cause)
{
    switch (cause) {
    case AuditCause::NanOrInf: return Tr::tr("NaN or Inf in the window");
    case AuditCause::TimeWeightedAveraging: return Tr::tr("time-weighted averaging");
    case AuditCause::Extrapolation: return Tr::tr("extrapolation at the window edge");
    case AuditCause::MissedEvaluations: return Tr::tr("missed rule evaluations");
    case AuditCause::Unexplained: return Tr::tr("unexplained");
    }
    return {};
}

std::vector<AuditCause> classify(const AuditedRule &rule, const AuditEvidence &e)
{
    std::vector<AuditCause> causes;
    if (!std::isfinite(e.recorded) || e.inputNonFinite > 0)
        causes.push_back(AuditCause::NanOrInf);
    if (std::isfinite(e.recorded) && !rule.input.isEmpty() && e.timeWeighted && sameValue(e.recorded, *e.timeWeighted))
        causes.push_back(AuditCause::TimeWeightedAveraging);
    if (std::isfinite(e.recorded) && e.extrapolated && sameValue(e.recorded, *e.extrapolated)
        && !(e.exact && sameValue(*e.extrapolated, *e.exact)))
        causes.push_back(AuditCause::Extrapolation);
    if (e.missedEvaluations > 0)
        causes.push_back(AuditCause::MissedEvaluations);
    if (causes.empty())
        causes.push_back(AuditCause::Unexplained);
    return causes;
}

QString evidenceText(const AuditedRule &rule, const AuditEvidence &e, const std::vector<AuditCause> &causes)
{
    QStringList parts;
    parts << Tr::tr("recorded %1, exact %2")
                 .arg(number(e.recorded), e.exact ? number(*e.exact) : Tr::tr("no data (no events in the window)"));
    const QString w = formatDuration(rule.window);
    for (const AuditCause c : causes) {
        switch (c) {
        case AuditCause::NanOrInf:
            if (e.inputNonFinite > 0)
                parts << Tr::tr("%1 of the %2 samples of %3 in the %4 window are NaN or Inf (the first at %5): one "
                                "interval without traffic (0/0) makes the whole window NaN")
                             .arg(e.inputNonFinite)
                             .arg(e.inputSamples)
                             .arg(rule.inputSelector(), w, e.firstNonFinite ? utc(*e.firstNonFinite) : QString());
            else if (!e.exact)
                parts << Tr::tr("no events in the %1 window: the rule records 0/0 = NaN where the engine has no data")
                             .arg(w);
            else
                parts << Tr::tr("the recorded value is not a number");
            break;
        case AuditCause::TimeWeightedAveraging:
            parts << Tr::tr("the time-weighted mean of the exact %1 ratios at the rule's %2 samples is %3: the rule "
                            "averages ratios, so a quiet interval weighs as much as a busy one")
                         .arg(formatDuration(rule.inputWindow))
                         .arg(e.inputSamples)
                         .arg(number(*e.timeWeighted));
            break;
        case AuditCause::Extrapolation:
            parts << Tr::tr("increase() over the whole %1, extrapolated to the window's edges, gives %2")
                         .arg(w, number(*e.extrapolated));
            break;
        case AuditCause::MissedEvaluations:
            parts << Tr::tr("%1 evaluation(s) of group %2 were missed in the window")
                         .arg(number(e.missedEvaluations), rule.group);
            break;
        case AuditCause::Unexplained:
            parts << Tr::tr("neither averaging, NaN, extrapolation nor missed evaluations reproduce it");
            break;
        }
    }
    return parts.join(QStringLiteral("; "));
}

QStringList SloAudit::causes() const
{
    QStringList out;
    for (const AuditCause c : { AuditCause::NanOrInf, AuditCause::TimeWeightedAveraging, AuditCause::Extrapolation,
                                AuditCause::MissedEvaluations, AuditCause::Unexplained })
        for (const AuditFinding &f : findings)
            if (std::find(f.causes.begin(), f.causes.end(), c) != f.causes.end() && !out.contains(auditCauseName(c)))
                out << auditCauseName(c);
    return out;
}

namespace {
// One line per finding: the rule, its causes and, with `detail`, the evidence.
QString findingLines(const std::vector<AuditFinding> &findings, bool detail)
{
    QStringList lines;
    for (const AuditFinding &f : findings) {
        QStringList causes;
        for (const AuditCause c : f.causes)
            causes << auditCauseText(c);
        lines << (detail ? Tr::tr("%1: %2 (%3)").arg(f.rule.displayName(), causes.join(QStringLiteral(", ")), f.detail)
                         : Tr::tr("%1: %2").arg(f.rule.displayName(), causes.join(QStringLiteral(", "))));
    }
    return lines.join(u'\n');
}
} // namespace

QString SloAudit::summary() const
{
    return findingLines(findings, true);
}

QString SloAudit::brief() const
{
    return findingLines(findings, false);
}

bool AuditReport::hasFindings() const
{
    return std::any_of(slos.begin(), slos.end(), [](const SloAudit &s) { return !s.ok(); });
}

} // namespace sre::rules
