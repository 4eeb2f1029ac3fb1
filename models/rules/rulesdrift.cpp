#include "rulesdrift.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace sre::rules {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::rules)
};

// ---- PromQL normalisation ------------------------------------------------------------------

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u':';
}

bool isIdentPart(QChar c)
{
    return isIdentStart(c) || c.isDigit();
}

bool isKeyword(const QString &lower)
{
    static const QSet<QString> keywords
        = { QStringLiteral("and"),      QStringLiteral("or"),           QStringLiteral("unless"),
            QStringLiteral("by"),       QStringLiteral("without"),      QStringLiteral("on"),
            QStringLiteral("ignoring"), QStringLiteral("group_left"),   QStringLiteral("group_right"),
            QStringLiteral("bool"),     QStringLiteral("offset"),       QStringLiteral("atan2"),
            QStringLiteral("sum"),      QStringLiteral("avg"),          QStringLiteral("count"),
            QStringLiteral("min"),      QStringLiteral("max"),          QStringLiteral("group"),
            QStringLiteral("stddev"),   QStringLiteral("stdvar"),       QStringLiteral("topk"),
            QStringLiteral("bottomk"),  QStringLiteral("count_values"), QStringLiteral("quantile") };
    return keywords.contains(lower);
}

bool isAggregator(const QString &token)
{
    static const QSet<QString> aggregators
        = { QStringLiteral("sum"),     QStringLiteral("avg"),          QStringLiteral("count"),
            QStringLiteral("min"),     QStringLiteral("max"),          QStringLiteral("group"),
            QStringLiteral("stddev"),  QStringLiteral("stdvar"),       QStringLiteral("topk"),
            QStringLiteral("bottomk"), QStringLiteral("count_values"), QStringLiteral("quantile") };
    return aggregators.contains(token);
}

qint64 unitMs(const QString &unit)
{
    static const QHash<QString, qint64> units
        = { { QStringLiteral("ms"), 1 },         { QStringLiteral("s"), 1000 },     { QStringLiteral("m"), 60000 },
            { QStringLiteral("h"), 3600000 },    { QStringLiteral("d"), 86400000 }, { QStringLiteral("w"), 604800000 },
            { QStringLiteral("y"), 31536000000 } };
    return units.value(unit, -1);
}

QString quoted(const QString &value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + v + u'"';
}

// Tokens with a canonical spelling: numbers and durations by value, strings decoded and re-quoted,
// keywords lower case, comments and white space gone.
QStringList tokenize(const QString &s)
{
    QStringList tokens;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == u'#') {
            while (i < n && s[i] != u'\n')
                ++i;
        } else if (c == u'"' || c == u'\'' || c == u'`') {
            QString value;
            ++i;
            while (i < n && s[i] != c) {
                if (c != u'`' && s[i] == u'\\' && i + 1 < n) {
                    const QChar e = s[++i];
                    value += e == u'n' ? QChar(u'\n') : e == u't' ? QChar(u'\t') : e;
                } else {
                    value += s[i];
                }
                ++i;
            }
            ++i;
            tokens << quoted(value);
        } else if (c.isDigit() || (c == u'.' && i + 1 < n && s[i + 1].isDigit())) {
            qsizetype j = i;
            while (j < n && s[j].isDigit())
                ++j;
            if (j < n && j > i && QStringLiteral("smhdwy").contains(s[j])) {
                qint64 ms = 0; // a duration: 1h30m, 59m59s999ms
                while (i < n && s[i].isDigit()) {
                    qsizetype k = i;
                    while (k < n && s[k].isDigit())
                        ++k;
                    const qint64 count = s.mid(i, k - i).toLongLong();
                    const qsizetype unitLength = k + 1 < n && s[k] == u'm' && s[k + 1] == u's' ? 2 : 1;
                    const qint64 unit = k < n ? unitMs(s.mid(k, unitLength)) : -1;
                    if (unit < 0)
                        break;
                    ms += count * unit;
                    i = k + unitLength;
                }
                tokens << QStringLiteral("%1ms").arg(ms);
                continue;
            }
            j = i;
            while (j < n
                   && (s[j].isLetterOrNumber() || s[j] == u'.'
                       || ((s[j] == u'+' || s[j] == u'-') && (s[j - 1] == u'e' || s[j - 1] == u'E'))))
                ++j;
            const QString text = s.mid(i, j - i);
            bool ok = false;
            const double v = text.startsWith(QStringLiteral("0x"), Qt::CaseInsensitive)
                ? double(text.mid(2).toLongLong(&ok, 16))
                : text.toDouble(&ok);
            tokens << (ok ? QString::number(v, 'g', 17) : text);
            i = j;
        } else if (c == u':' && i + 1 < n && s[i + 1].isDigit()) {
            tokens << QStringLiteral(":"); // a subquery's step, `[30d:5m]`, not a metric name
            ++i;
        } else if (isIdentStart(c)) {
            qsizetype j = i;
            while (j < n && isIdentPart(s[j]))
                ++j;
            const QString word = s.mid(i, j - i);
            const QString lower = word.toLower();
            if (lower == u"inf" || lower == u"nan")
                tokens << (lower == u"inf" ? QStringLiteral("inf") : QStringLiteral("nan"));
            else
                tokens << (isKeyword(lower) ? lower : word);
            i = j;
        } else {
            static const QStringList pairs = { QStringLiteral("=="), QStringLiteral("!="), QStringLiteral(">="),
                                               QStringLiteral("<="), QStringLiteral("=~"), QStringLiteral("!~") };
            const QString two = s.mid(i, 2);
            const bool pair = pairs.contains(two);
            tokens << (pair ? two : QString(c));
            i += pair ? 2 : 1;
        }
    }
    return tokens;
}

// The index just past the bracket matching the one at `open`.
qsizetype closing(const QStringList &t, qsizetype open)
{
    const QString o = t[open];
    const QString c = o == u"(" ? QStringLiteral(")") : o == u"{" ? QStringLiteral("}") : QStringLiteral("]");
    int depth = 0;
    for (qsizetype i = open; i < t.size(); ++i) {
        if (t[i] == o)
            ++depth;
        else if (t[i] == c && --depth == 0)
            return i + 1;
    }
    return t.size();
}

// Prometheus prints what the parser understood: label matchers sorted, `sum(x) by (a)` as
// `sum by (a) (x)`, a bare `group_left` as `group_left()`, an empty `ignoring()` not at all.
QStringList canonical(QStringList t)
{
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i] == u"{") {
            const qsizetype end = closing(t, i);
            QStringList matchers;
            QString current;
            for (qsizetype k = i + 1; k < end - 1; ++k) {
                if (t[k] == u",") {
                    if (!current.isEmpty())
                        matchers << current;
                    current.clear();
                } else {
                    current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + t[k];
                }
            }
            if (!current.isEmpty())
                matchers << current;
            matchers.sort();
            QStringList replaced { QStringLiteral("{") };
            for (qsizetype m = 0; m < matchers.size(); ++m) {
                if (m)
                    replaced << QStringLiteral(",");
                replaced << matchers[m];
            }
            replaced << QStringLiteral("}");
            t = t.mid(0, i) + replaced + t.mid(end);
            i += replaced.size() - 1;
        } else if ((t[i] == u"group_left" || t[i] == u"group_right") && (i + 1 >= t.size() || t[i + 1] != u"(")) {
            t.insert(i + 1, QStringLiteral(")"));
            t.insert(i + 1, QStringLiteral("("));
        } else if (t[i] == u"ignoring" && i + 2 < t.size() && t[i + 1] == u"(" && t[i + 2] == u")") {
            t.remove(i, 3);
            --i;
        } else if (isAggregator(t[i]) && i + 1 < t.size() && t[i + 1] == u"(") {
            const qsizetype body = closing(t, i + 1);
            if (body + 1 < t.size() && (t[body] == u"by" || t[body] == u"without") && t[body + 1] == u"(") {
                const qsizetype end = closing(t, body + 1);
                const QStringList clause = t.mid(body, end - body);
                const QStringList args = t.mid(i + 1, body - i - 1);
                t = t.mid(0, i + 1) + clause + args + t.mid(end);
            }
        }
    }
    return t;
}

// ---- comparison ----------------------------------------------------------------------------

QString ruleKey(bool alerting, const QString &name, const QMap<QString, QString> &labels)
{
    if (!alerting)
        return name;
    return QStringLiteral("%1{tier=\"%2\"}").arg(name, labels.value(QStringLiteral("tier")));
}

struct Expected
{
    bool alerting = false;
    QString name;
    QString expr;
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
};

std::vector<Expected> expectedRules(const SloRules &r)
{
    std::vector<Expected> out;
    out.push_back({ false, badEventsRecord(), r.badExpr, r.seriesLabels, {} });
    out.push_back({ false, totalEventsRecord(), r.totalExpr, r.seriesLabels, {} });
    for (const TierAlert &a : r.alerts)
        out.push_back({ true, alertName(), a.expr, a.labels, a.annotations });
    return out;
}

// "factor: 14.4 here, 14 in Prometheus" for each key that differs.
QStringList mapDifferences(bool labels, const QMap<QString, QString> &want, const QMap<QString, QString> &have)
{
    QStringList out;
    QStringList keys = want.keys() + have.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &k : std::as_const(keys)) {
        if (want.value(k) == have.value(k) && want.contains(k) == have.contains(k))
            continue;
        if (!have.contains(k))
            out << (labels ? Tr::tr("label %1 not set") : Tr::tr("annotation %1 not set")).arg(k);
        else if (!want.contains(k))
            out << (labels ? Tr::tr("label %1 not generated") : Tr::tr("annotation %1 not generated")).arg(k);
        else if (labels)
            out << Tr::tr("label %1 is \"%2\", generated \"%3\"").arg(k, have.value(k), want.value(k));
        else
            out << Tr::tr("annotation %1 differs").arg(k);
    }
    return out;
}

void compareGroup(const SloRules &want, const alerting::ApiRuleGroup &have, SloDrift &drift)
{
    if (qint64(have.intervalSeconds) != qint64(kRuleStep.count()))
        drift.findings.push_back(
            { DriftKind::Outdated,
              {},
              Tr::tr("evaluation interval %1 s, generated %2 s").arg(have.intervalSeconds).arg(kRuleStep.count()) });
    QHash<QString, const alerting::ApiRule *> loaded;
    for (const alerting::ApiRule &rule : have.rules)
        loaded.insert(ruleKey(rule.alerting, rule.name, rule.labels), &rule);
    QSet<QString> seen;
    for (const Expected &e : expectedRules(want)) {
        const QString key = ruleKey(e.alerting, e.name, e.labels);
        seen.insert(key);
        const alerting::ApiRule *rule = loaded.value(key);
        if (!rule || rule->alerting != e.alerting) {
            drift.findings.push_back({ DriftKind::Missing, key, Tr::tr("rule not loaded") });
            continue;
        }
        QStringList differences;
        if (normalizedPromql(rule->query) != normalizedPromql(e.expr))
            differences << Tr::tr("expression differs");
        differences << mapDifferences(true, e.labels, rule->labels);
        differences << mapDifferences(false, e.annotations, rule->annotations);
        if (rule->forSeconds != 0)
            differences << Tr::tr("has a \"for\" of %1 s, generated none").arg(rule->forSeconds);
        if (!differences.isEmpty())
            drift.findings.push_back({ DriftKind::Outdated, key, differences.join(QStringLiteral("; ")) });
        if (rule->health == u"err")
            drift.findings.push_back({ DriftKind::Failing, key, rule->lastError });
    }
    for (const alerting::ApiRule &rule : have.rules) {
        const QString key = ruleKey(rule.alerting, rule.name, rule.labels);
        if (!seen.contains(key))
            drift.findings.push_back({ DriftKind::Outdated, key, Tr::tr("loaded, but no longer generated") });
    }
}

} // namespace

QString driftKindName(DriftKind kind)
{
    switch (kind) {
    case DriftKind::Missing: return QStringLiteral("missing");
    case DriftKind::Outdated: return QStringLiteral("outdated");
    case DriftKind::Failing: return QStringLiteral("failing");
    }
    return {};
}

QString driftKindText(DriftKind kind)
{
    switch (kind) {
    case DriftKind::Missing: return Tr::tr("missing");
    case DriftKind::Outdated: return Tr::tr("outdated");
    case DriftKind::Failing: return Tr::tr("failing");
    }
    return {};
}

QStringList SloDrift::kinds() const
{
    QStringList out;
    for (DriftKind k : { DriftKind::Missing, DriftKind::Outdated, DriftKind::Failing })
        if (std::any_of(findings.cbegin(), findings.cend(), [k](const DriftFinding &f) { return f.kind == k; }))
            out << driftKindName(k);
    return out;
}

QString SloDrift::summary() const
{
    QStringList lines;
    for (const DriftFinding &f : findings) {
        const QString where = f.rule.isEmpty() ? Tr::tr("group %1").arg(group) : f.rule;
        lines << Tr::tr("%1 %2: %3").arg(driftKindText(f.kind), where, f.detail);
    }
    return lines.join(u'\n');
}

bool DriftReport::drifted() const
{
    return std::any_of(slos.cbegin(), slos.cend(), [](const SloDrift &d) { return !d.ok(); });
}

QString generatedGroupPrefix()
{
    return QStringLiteral("sre-console-");
}

QString normalizedPromql(const QString &expr)
{
    return canonical(tokenize(expr)).join(u' ');
}

DriftReport compareRules(const std::vector<SloRules> &expected, const std::vector<alerting::ApiRuleGroup> &loaded)
{
    DriftReport report;
    QHash<QString, QList<const alerting::ApiRuleGroup *>> byName;
    for (const alerting::ApiRuleGroup &g : loaded) {
        byName[g.name] << &g;
        if (g.name.startsWith(generatedGroupPrefix()))
            report.anyGenerated = true;
    }
    for (const SloRules &want : expected) {
        SloDrift drift;
        drift.sloId = want.spec.id();
        drift.group = want.group;
        const QList<const alerting::ApiRuleGroup *> groups = byName.value(want.group);
        if (groups.isEmpty()) {
            drift.findings.push_back({ DriftKind::Missing, {}, Tr::tr("group %1 not loaded").arg(want.group) });
        } else {
            if (groups.size() > 1) {
                QStringList files;
                for (const alerting::ApiRuleGroup *g : groups)
                    files << g->file;
                // Both evaluate: every series is recorded twice and every alert fires twice.
                drift.findings.push_back({ DriftKind::Outdated,
                                           {},
                                           Tr::tr("group loaded %1 times, from %2")
                                               .arg(groups.size())
                                               .arg(files.join(QStringLiteral(", "))) });
            }
            compareGroup(want, *groups.front(), drift);
        }
        report.slos.push_back(std::move(drift));
    }
    return report;
}

} // namespace sre::rules
