#include "lint.h"
#include "tablerows.h"

#include <QCoreApplication>

namespace sre::pm {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::pm)
};

Finding finding(const QString &rule, int line, const QString &text, const QString &suggestion)
{
    Finding f;
    f.kind = Finding::Kind::Completeness;
    f.rule = rule;
    f.line = line;
    f.text = text;
    f.suggestions = { suggestion };
    return f;
}

// A section counts as filled in when it or one of its subsections has content.
bool isFilledIn(const PostmortemDocument &doc, qsizetype index)
{
    const int level = doc.section(index).level();
    for (qsizetype i = index; i < doc.sectionCount(); ++i) {
        if (i > index && doc.section(i).level() <= level)
            break;
        if (doc.section(i).hasContent())
            return true;
    }
    return false;
}

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}
} // namespace

Findings checkCompleteness(const PostmortemDocument &doc, const QStringList &requiredSections, const QDate &today)
{
    Findings out;
    const FrontMatterBlock &fm = doc.frontMatter();
    const Postmortem p = doc.metadata().postmortem;

    const int templateLine = std::max(1, fm.keyLine(QStringLiteral("template")));
    for (const QString &heading : requiredSections) {
        const qsizetype i = doc.findSection(heading);
        if (i < 0)
            out << finding(QStringLiteral("missing-section"), templateLine, heading,
                           Tr::tr("add a \"## %1\" section (the template requires it)").arg(heading));
        else if (!isFilledIn(doc, i))
            out << finding(QStringLiteral("empty-section"), doc.sectionLine(i), doc.section(i).heading(),
                           Tr::tr("fill in this section; guidance comments and empty labels do not count"));
    }

    for (const ActionItem &item : actionItemsOf(doc)) {
        const QString what = item.action.trimmed().isEmpty() ? Tr::tr("(action item without text)") : item.action;
        if (!item.hasOwner())
            out << finding(QStringLiteral("action-item-owner"), item.line, what,
                           Tr::tr("name one owner, a person who will drive it"));
        if (!item.hasDue())
            out << finding(QStringLiteral("action-item-due"), item.line, what, Tr::tr("set a due date (YYYY-MM-DD)"));
        else if (item.isOverdue(today))
            out << finding(QStringLiteral("action-item-overdue"), item.line,
                           Tr::tr("%1 (due %2)").arg(what, item.dueDate()->toString(Qt::ISODate)),
                           Tr::tr("finish it and mark it done, or set a new due date"));
    }

    const QList<TimelineEntry> entries = timelineOf(doc, p.started);
    const TimelineEntry *previous = nullptr;
    for (const TimelineEntry &e : entries) {
        if (!e.at)
            continue;
        if (previous && *e.at < *previous->at)
            out << finding(QStringLiteral("timeline-order"), e.line, (e.time + QLatin1Char(' ') + e.event).simplified(),
                           Tr::tr("move the row before %1, or correct its time").arg(previous->time));
        else
            previous = &e;
    }

    const auto order = [&](const QString &rule, const QString &laterKey, const QDateTime &later,
                           const QString &earlierKey, const QDateTime &earlier) {
        if (later.isValid() && earlier.isValid() && later < earlier)
            out << finding(
                rule, std::max(1, fm.keyLine(laterKey)),
                QStringLiteral("%1: %2 < %3: %4").arg(laterKey, timeText(later), earlierKey, timeText(earlier)),
                Tr::tr("check both times; they are in UTC"));
    };
    order(QStringLiteral("detected-before-started"), QStringLiteral("detected"), p.detected, QStringLiteral("started"),
          p.started);
    order(QStringLiteral("mitigated-before-started"), QStringLiteral("mitigated"), p.mitigated,
          QStringLiteral("started"), p.started);
    order(QStringLiteral("resolved-before-started"), QStringLiteral("resolved"), p.resolved, QStringLiteral("started"),
          p.started);
    order(QStringLiteral("resolved-before-mitigated"), QStringLiteral("resolved"), p.resolved,
          QStringLiteral("mitigated"), p.mitigated);
    return out;
}

} // namespace sre::pm
