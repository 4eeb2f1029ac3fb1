#include "specparse.h"

#include "duration.h"
#include "promqltext.h"
#include "timezones.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace sre::slo::detail {

int ParseContext::line(const YAML::Node &node) const
{
    const int l = yaml::lineOf(node);
    return l > 0 ? l + m_lineOffset : m_fallbackLine;
}

void ParseContext::add(Problem problem)
{
    if (problem.isError())
        ++m_errors;
    m_problems->append(std::move(problem));
}

int ParseContext::keyLine(const YAML::Node &map, const char *key) const
{
    if (map.IsDefined() && map.IsMap()) {
        for (const auto &entry : map) {
            if (entry.first.as<std::string>("") == key)
                return line(entry.first);
        }
    }
    return line(map);
}

void ParseContext::errorAtKey(const YAML::Node &map, const char *key, const QString &message)
{
    errorAt(keyLine(map, key), message);
}

void ParseContext::error(const YAML::Node &node, const QString &message)
{
    add(Problem::error(m_file, line(node), message));
}

void ParseContext::errorAt(int line, const QString &message)
{
    add(Problem::error(m_file, line, message));
}

void ParseContext::warning(const YAML::Node &node, const QString &message)
{
    add(Problem::warning(m_file, line(node), message));
}

void ParseContext::unknownKeys(const YAML::Node &map, std::initializer_list<const char *> known, const QString &where)
{
    Problems found;
    yaml::warnUnknownKeys(map, known, m_file, where, found);
    for (Problem &p : found) {
        if (p.line > 0)
            p.line += m_lineOffset;
        add(std::move(p));
    }
}

YAML::Node child(const YAML::Node &map, const char *key)
{
    if (!map.IsDefined() || !map.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    const YAML::Node &constMap = map;
    // A missing key gives an "invalid" node whose Type() throws; hand out a plain undefined one.
    const YAML::Node found = constMap[key];
    return found.IsDefined() ? found : YAML::Node(YAML::NodeType::Undefined);
}

YAML::Node childAny(const YAML::Node &map, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        YAML::Node node = child(map, key);
        if (node.IsDefined())
            return node;
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

QString text(const YAML::Node &map, const char *key)
{
    return yaml::str(child(map, key)).trimmed();
}

std::optional<double> readObjective(ParseContext &ctx, const YAML::Node &node, bool percentOnly)
{
    if (!node.IsDefined() || node.IsNull()) {
        ctx.error(node, QCoreApplication::translate("sre::slo", "missing objective"));
        return std::nullopt;
    }
    const auto value = yaml::number(node);
    if (!value) {
        ctx.error(node,
                  QCoreApplication::translate("sre::slo", "objective \"%1\" is not a number").arg(yaml::str(node)));
        return std::nullopt;
    }
    const double v = *value;
    if (percentOnly) {
        if (!(v > 0 && v < 100)) {
            ctx.error(node,
                      QCoreApplication::translate("sre::slo",
                                                  "objective %1 is out of range: expected a "
                                                  "percentage between 0 and 100 (exclusive), "
                                                  "such as 99.9")
                          .arg(yaml::str(node)));
            return std::nullopt;
        }
        if (v < 1)
            ctx.warning(node,
                        QCoreApplication::translate("sre::slo",
                                                    "objective %1 is read as %1 %; write %2 "
                                                    "for %2 %")
                            .arg(yaml::str(node), QString::number(v * 100)));
        return v / 100;
    }
    if (v > 0 && v < 1)
        return v;
    if (v >= 1 && v < 100)
        return v / 100;
    ctx.error(node,
              QCoreApplication::translate("sre::slo",
                                          "objective %1 is out of range: expected a percentage "
                                          "in (0, 100) such as 99.9, or a fraction in (0, 1) "
                                          "such as 0.999")
                  .arg(yaml::str(node)));
    return std::nullopt;
}

std::optional<double> readFraction(ParseContext &ctx, const YAML::Node &node, const QString &what)
{
    const auto value = yaml::number(node);
    if (!value) {
        ctx.error(node,
                  QCoreApplication::translate("sre::slo", "%1 \"%2\" is not a number").arg(what, yaml::str(node)));
        return std::nullopt;
    }
    if (!(*value > 0 && *value < 1)) {
        ctx.error(node,
                  QCoreApplication::translate("sre::slo",
                                              "%1 %2 is out of range: expected a fraction "
                                              "between 0 and 1 (exclusive), such as 0.999")
                      .arg(what, yaml::str(node)));
        return std::nullopt;
    }
    return value;
}

std::optional<std::chrono::seconds> readDuration(ParseContext &ctx, const YAML::Node &node, const QString &what)
{
    const QString written = yaml::str(node).trimmed();
    const auto parsed = parseDuration(written);
    if (!parsed || parsed->count() <= 0) {
        ctx.error(node,
                  QCoreApplication::translate("sre::slo",
                                              "%1 \"%2\" is not a Prometheus duration such as "
                                              "30d, 4w or 1h30m")
                      .arg(what, written));
        return std::nullopt;
    }
    return std::chrono::duration_cast<std::chrono::seconds>(*parsed);
}

bool isValidTimeZone(const QString &ianaId)
{
    return isKnownTimeZone(ianaId);
}

std::optional<CalendarWindow> readCalendar(ParseContext &ctx, const YAML::Node &node)
{
    if (!node.IsMap()) {
        ctx.error(node,
                  QCoreApplication::translate("sre::slo",
                                              "calendar must be a map such as { period: month, "
                                              "timezone: Asia/Tokyo }"));
        return std::nullopt;
    }
    ctx.unknownKeys(node, { "period", "timezone", "timeZone" }, QStringLiteral("calendar"));
    CalendarWindow cal;
    const YAML::Node periodNode = child(node, "period");
    const QString period = yaml::str(periodNode).trimmed().toLower();
    if (period == u"week" || period == u"weekly")
        cal.period = CalendarWindow::Period::Week;
    else if (period == u"month" || period == u"monthly")
        cal.period = CalendarWindow::Period::Month;
    else if (period == u"quarter" || period == u"quarterly")
        cal.period = CalendarWindow::Period::Quarter;
    else {
        ctx.error(periodNode.IsDefined() ? periodNode : node,
                  QCoreApplication::translate("sre::slo",
                                              "calendar period \"%1\" is not one of week, month, "
                                              "quarter")
                      .arg(period));
        return std::nullopt;
    }
    const YAML::Node tzNode = childAny(node, { "timezone", "timeZone" });
    if (tzNode.IsDefined()) {
        cal.timezone = yaml::str(tzNode).trimmed();
        if (!isValidTimeZone(cal.timezone)) {
            ctx.warning(tzNode,
                        QCoreApplication::translate("sre::slo",
                                                    "unknown time zone \"%1\": expected an "
                                                    "IANA name such as Europe/Berlin; using UTC")
                            .arg(cal.timezone));
            cal.timezone = QStringLiteral("UTC");
        }
    }
    return cal;
}

std::vector<BurnTier> readTiers(ParseContext &ctx, const YAML::Node &tiersNode, bool *ok)
{
    *ok = false;
    std::vector<BurnTier> tiers;
    if (!tiersNode.IsSequence() || tiersNode.size() == 0) {
        ctx.error(tiersNode, QCoreApplication::translate("sre::slo", "alerting.tiers must be a non-empty list"));
        return {};
    }
    const int errorsBefore = ctx.errorCount();
    for (const YAML::Node &t : tiersNode) {
        ctx.unknownKeys(t, { "name", "severity", "long_window", "short_window", "budget_share", "factor" },
                        QStringLiteral("alerting.tiers"));
        BurnTier tier;
        tier.name = text(t, "name");
        tier.severity = text(t, "severity");
        if (tier.name.isEmpty())
            ctx.error(t, QCoreApplication::translate("sre::slo", "burn-rate tier without a name"));
        if (tier.severity != u"page" && tier.severity != u"ticket")
            ctx.warning(t,
                        QCoreApplication::translate("sre::slo",
                                                    "tier \"%1\": severity \"%2\" is neither "
                                                    "page nor ticket; it will not raise the "
                                                    "status to critical")
                            .arg(tier.name, tier.severity));
        const auto longW = readDuration(ctx, child(t, "long_window"), QStringLiteral("long_window"));
        const auto shortW = readDuration(ctx, child(t, "short_window"), QStringLiteral("short_window"));
        if (longW && shortW) {
            tier.longWindow = *longW;
            tier.shortWindow = *shortW;
            if (*shortW >= *longW)
                ctx.warning(t,
                            QCoreApplication::translate("sre::slo",
                                                        "tier \"%1\": short_window is not shorter "
                                                        "than long_window")
                                .arg(tier.name));
        }
        const YAML::Node share = child(t, "budget_share");
        const YAML::Node factor = child(t, "factor");
        if (factor.IsDefined()) {
            const auto f = yaml::number(factor);
            if (!f || *f <= 0)
                ctx.error(factor,
                          QCoreApplication::translate("sre::slo", "factor \"%1\" must be a positive number")
                              .arg(yaml::str(factor)));
            else
                tier.factor = *f;
            if (share.IsDefined())
                ctx.warning(share,
                            QCoreApplication::translate("sre::slo",
                                                        "both factor and budget_share given; "
                                                        "factor wins"));
        } else if (share.IsDefined()) {
            QString written = yaml::str(share).trimmed();
            const bool percent = written.endsWith(u'%');
            if (percent)
                written.chop(1);
            bool numeric = false;
            double value = written.trimmed().toDouble(&numeric);
            if (percent)
                value /= 100;
            if (!numeric || !(value > 0 && value <= 1))
                ctx.error(share,
                          QCoreApplication::translate("sre::slo",
                                                      "budget_share \"%1\" must be a fraction "
                                                      "in (0, 1] such as 0.02, or a percentage "
                                                      "such as 2%")
                              .arg(yaml::str(share)));
            else
                tier.budgetShare = value;
        } else {
            ctx.error(
                t, QCoreApplication::translate("sre::slo", "tier \"%1\" needs budget_share or factor").arg(tier.name));
        }
        tiers.push_back(tier);
    }
    *ok = ctx.errorCount() == errorsBefore;
    return *ok ? tiers : std::vector<BurnTier> {};
}

QStringList readGroupBy(ParseContext &ctx, const YAML::Node &node, const QString &what)
{
    if (!node.IsDefined() || node.IsNull())
        return {};
    static const QRegularExpression labelName(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    const QStringList labels = node.IsSequence() ? yaml::strList(node) : QStringList { yaml::str(node) };
    for (const QString &l : labels) {
        if (!labelName.match(l).hasMatch()) {
            ctx.error(
                node,
                QCoreApplication::translate("sre::slo", "%1: \"%2\" is not a Prometheus label name such as handler")
                    .arg(what, l));
            return {};
        }
    }
    return labels;
}

void groupByFromQueries(SloSpec &spec)
{
    if (!spec.groupBy.isEmpty() || spec.kind != SloSpec::Kind::EventRatio)
        return;
    const auto total = promql::sumByLabels(spec.ratio.totalQuery);
    const QString other = spec.ratio.errorQuery.isEmpty() ? spec.ratio.goodQuery : spec.ratio.errorQuery;
    const auto part = promql::sumByLabels(other);
    if (!total || !part || QSet<QString>(total->cbegin(), total->cend()) != QSet<QString>(part->cbegin(), part->cend()))
        return;
    spec.groupBy = *total;
    addNote(spec,
            QCoreApplication::translate("sre::slo", "grouped by %1, as the queries' sum by (…) says")
                .arg(total->join(QStringLiteral(", "))));
}

QMap<QString, QString> readLabels(const YAML::Node &node)
{
    QMap<QString, QString> labels;
    if (!node.IsMap())
        return labels;
    for (const auto &entry : node) {
        const QString key = QString::fromStdString(entry.first.as<std::string>(""));
        if (entry.second.IsSequence())
            labels.insert(key, yaml::strList(entry.second).join(QLatin1Char(',')));
        else
            labels.insert(key, yaml::str(entry.second));
    }
    return labels;
}

} // namespace sre::slo::detail
