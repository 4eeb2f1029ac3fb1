#include "tablerows.h"

#include <QRegularExpression>

namespace sre::pm {

namespace {
QString plain(const QString &cell)
{
    QString s = cell.trimmed();
    static const QRegularExpression markup(QStringLiteral(R"(^[*_`~]+|[*_`~]+$)"));
    return s.remove(markup).trimmed();
}
} // namespace

bool isPlaceholder(const QString &cell)
{
    static const QStringList placeholders
        = { QStringLiteral("-"),    QStringLiteral("–"),    QStringLiteral("—"),    QStringLiteral("?"),
            QStringLiteral("tbd"),  QStringLiteral("tba"),  QStringLiteral("n/a"),  QStringLiteral("todo"),
            QStringLiteral("none"), QStringLiteral("未定"), QStringLiteral("なし"), QStringLiteral("未割当"),
            QStringLiteral("ー") };
    const QString s = plain(cell).toLower();
    return s.isEmpty() || placeholders.contains(s);
}

bool isDoneStatus(const QString &status)
{
    static const QStringList done
        = { QStringLiteral("done"),      QStringLiteral("closed"),   QStringLiteral("complete"),
            QStringLiteral("completed"), QStringLiteral("fixed"),    QStringLiteral("resolved"),
            QStringLiteral("won't fix"), QStringLiteral("wontfix"),  QStringLiteral("won’t fix"),
            QStringLiteral("cancelled"), QStringLiteral("canceled"), QStringLiteral("obsolete"),
            QStringLiteral("dropped"),   QStringLiteral("完了"),     QStringLiteral("済"),
            QStringLiteral("済み"),      QStringLiteral("対応済み"), QStringLiteral("対応済"),
            QStringLiteral("クローズ"),  QStringLiteral("中止"),     QStringLiteral("取り下げ") };
    // "✅ Done", "Done (2026-03-20)": the first word decides.
    QString s = plain(status).toLower();
    while (!s.isEmpty() && !s.front().isLetterOrNumber())
        s.remove(0, 1);
    for (const QString &d : done)
        if (s == d || s.startsWith(d + QLatin1Char(' ')) || s.startsWith(d + QLatin1Char('(')))
            return true;
    return false;
}

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"((\d{4})[-/.](\d{1,2})[-/.](\d{1,2}))"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

std::optional<std::pair<std::optional<QDate>, QTime>> parseTimelineTime(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T]+)?(\d{1,2}):(\d{2})(?::(\d{2}))?)"));
    const auto m = re.match(plain(text));
    if (!m.hasMatch())
        return std::nullopt;
    const QTime t(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!t.isValid())
        return std::nullopt;
    std::optional<QDate> date;
    if (m.capturedLength(1) > 0) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!d.isValid())
            return std::nullopt;
        date = d;
    }
    return std::make_pair(date, t);
}

bool ActionItem::hasOwner() const
{
    return !isPlaceholder(owner);
}

bool ActionItem::hasDue() const
{
    return !isPlaceholder(due);
}

std::optional<QDate> ActionItem::dueDate() const
{
    return parseDate(due);
}

bool ActionItem::isOpen() const
{
    return !isDoneStatus(status);
}

bool ActionItem::isOverdue(const QDate &today) const
{
    const std::optional<QDate> d = dueDate();
    return isOpen() && d && today.isValid() && *d < today;
}

QList<ActionItem> actionItemsOf(const PostmortemDocument &doc)
{
    QList<ActionItem> out;
    const MarkdownTable *t = doc.actionItems();
    if (!t)
        return out;
    const int first = doc.actionItemsLine() + 2;
    const qsizetype actionColumn = t->columnIndex(Column::Action) >= 0 ? t->columnIndex(Column::Action) : 0;
    for (qsizetype r = 0; r < t->rowCount(); ++r) {
        ActionItem item;
        item.row = r;
        item.line = first + int(r);
        item.action = t->cell(r, actionColumn);
        item.owner = t->cell(r, Column::Owner);
        item.due = t->cell(r, Column::Due);
        item.priority = t->cell(r, Column::Priority);
        item.status = t->cell(r, Column::Status);
        item.link = t->cell(r, Column::Link);
        item.hasStatusColumn = t->columnIndex(Column::Status) >= 0;
        const QStringList cells = t->row(r);
        if (std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue; // an empty row waiting to be filled is not an action item
        out << item;
    }
    return out;
}

QList<TimelineEntry> timelineOf(const PostmortemDocument &doc, const QDateTime &started)
{
    QList<TimelineEntry> out;
    const MarkdownTable *t = doc.timeline();
    if (!t)
        return out;
    const int first = doc.timelineLine() + 2;
    const qsizetype timeColumn = t->columnIndex(Column::Time) >= 0 ? t->columnIndex(Column::Time) : 0;
    QDate day = started.isValid() ? started.toUTC().date() : QDate(1970, 1, 1);
    std::optional<QDateTime> previous;
    for (qsizetype r = 0; r < t->rowCount(); ++r) {
        TimelineEntry e;
        e.row = r;
        e.line = first + int(r);
        e.time = t->cell(r, timeColumn);
        e.event = t->cell(r, Column::Event);
        e.action = t->cell(r, Column::Action);
        if (const auto parsed = parseTimelineTime(e.time)) {
            if (parsed->first)
                day = *parsed->first;
            QDateTime at(day, parsed->second, Qt::UTC);
            if (!parsed->first && previous && at < *previous && at.secsTo(*previous) > 12 * 3600) {
                day = day.addDays(1);
                at = QDateTime(day, parsed->second, Qt::UTC);
            }
            e.at = at;
            previous = at;
        }
        out << e;
    }
    return out;
}

bool sortTimelineByTime(PostmortemDocument &doc, const QDateTime &started)
{
    MarkdownTable *table = doc.timeline();
    if (!table)
        return false;
    // Groups of rows: a timed row and the untimed rows under it (leading untimed rows stay first).
    struct Group
    {
        std::optional<QDateTime> at;
        QList<qsizetype> rows;
    };
    QList<Group> groups;
    for (const TimelineEntry &e : timelineOf(doc, started)) {
        if (e.at || groups.isEmpty())
            groups.append({ e.at, {} });
        groups.last().rows << e.row;
    }
    std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        return a.at.has_value() && b.at.has_value() ? *a.at < *b.at : !a.at.has_value() && b.at.has_value();
    });
    QList<qsizetype> order, current;
    for (const Group &g : groups)
        order << g.rows;
    for (qsizetype r = 0; r < table->rowCount(); ++r)
        current << r;
    if (order == current)
        return false;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const qsizetype from = current.indexOf(order[i]);
        if (from != i) {
            table->moveRow(from, i);
            current.move(from, i);
        }
    }
    return true;
}

QList<QStringList> timelineRowsFromText(const QString &text)
{
    // [2025-01-15 14:32] name: text | 14:32 text | 14:32 - text | 2025-01-15T14:32:00Z text
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*[\[(]?\s*((?:\d{4}[-/]\d{1,2}[-/]\d{1,2}[ T]+)?\d{1,2}:\d{2}(?::\d{2})?)(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?\s*(?:UTC|JST)?\s*[\])]?\s*[-–—:|]?\s*(.*)$)"));
    QList<QStringList> rows;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const auto m = re.match(trimmed);
        if (m.hasMatch() && parseTimelineTime(m.captured(1))) {
            rows << QStringList { m.captured(1), m.captured(2).trimmed() };
        } else if (!rows.isEmpty()) {
            rows.last()[1] += (rows.last()[1].isEmpty() ? QString() : QStringLiteral(" ")) + trimmed;
        }
    }
    return rows;
}

} // namespace sre::pm
