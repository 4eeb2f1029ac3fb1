#include "window.h"

#include "duration.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>

namespace sre::slo {

namespace {

QTimeZone zone(const QString &timezone)
{
    QTimeZone tz(timezone.toUtf8());
    return tz.isValid() ? tz : QTimeZone::utc();
}

QDate periodStart(CalendarWindow::Period period, QDate date)
{
    switch (period) {
    case CalendarWindow::Period::Week: return date.addDays(1 - date.dayOfWeek());
    case CalendarWindow::Period::Month: return QDate(date.year(), date.month(), 1);
    case CalendarWindow::Period::Quarter: return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    }
    return date;
}

QDate periodEnd(CalendarWindow::Period period, QDate start)
{
    switch (period) {
    case CalendarWindow::Period::Week: return start.addDays(7);
    case CalendarWindow::Period::Month: return start.addMonths(1);
    case CalendarWindow::Period::Quarter: return start.addMonths(3);
    }
    return start;
}

// Local midnight of `date`; where a DST jump skips midnight, Qt moves to the first valid instant.
qint64 midnight(QDate date, const QTimeZone &tz)
{
    return QDateTime(date, QTime(0, 0), tz).toSecsSinceEpoch();
}

TimeRange rangeOf(CalendarWindow::Period period, QDate start, const QTimeZone &tz)
{
    return { midnight(start, tz), midnight(periodEnd(period, start), tz) };
}

QDate isoWeekMonday(int year, int week)
{
    const QDate jan4(year, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1));
}

} // namespace

TimeRange calendarPeriod(const CalendarWindow &window, qint64 instant)
{
    const QTimeZone tz = zone(window.timezone);
    const QDate local = QDateTime::fromSecsSinceEpoch(instant, tz).date();
    return rangeOf(window.period, periodStart(window.period, local), tz);
}

std::optional<NamedPeriod> namedPeriod(const QString &name, const QString &timezone)
{
    const QTimeZone tz(timezone.toUtf8());
    if (!tz.isValid())
        return std::nullopt;
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4})-(?:(\d{2})|Q([1-4])|W(\d{2}))$)"));
    const auto m = re.match(name.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    NamedPeriod out;
    QDate start;
    if (m.capturedLength(2) > 0) {
        const int month = m.captured(2).toInt();
        if (month < 1 || month > 12)
            return std::nullopt;
        out.period = CalendarWindow::Period::Month;
        start = QDate(year, month, 1);
    } else if (m.capturedLength(3) > 0) {
        out.period = CalendarWindow::Period::Quarter;
        start = QDate(year, (m.captured(3).toInt() - 1) * 3 + 1, 1);
    } else {
        const int week = m.captured(4).toInt();
        const int weeksInYear = QDate(year, 12, 28).weekNumber();
        if (week < 1 || week > weeksInYear)
            return std::nullopt;
        out.period = CalendarWindow::Period::Week;
        start = isoWeekMonday(year, week);
    }
    out.range = rangeOf(out.period, start, tz);
    return out;
}

QString periodName(const CalendarWindow &window, qint64 instant)
{
    const QDate date = QDateTime::fromSecsSinceEpoch(instant, zone(window.timezone)).date();
    switch (window.period) {
    case CalendarWindow::Period::Week: {
        int year = 0;
        const int week = date.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case CalendarWindow::Period::Month:
        return QStringLiteral("%1-%2").arg(date.year()).arg(date.month(), 2, 10, QLatin1Char('0'));
    case CalendarWindow::Period::Quarter:
        return QStringLiteral("%1-Q%2").arg(date.year()).arg((date.month() - 1) / 3 + 1);
    }
    return {};
}

EvaluationWindow evaluationWindow(const SloSpec &spec, qint64 at)
{
    if (!spec.calendar)
        return { { at - spec.window.count(), at }, spec.window };
    const TimeRange period = calendarPeriod(*spec.calendar, at);
    return { { period.start, at }, std::chrono::seconds(period.seconds()) };
}

PeriodEvaluation evaluateOverPeriod(const SloSpec &spec, const NamedPeriod &period, const QString &timezone, qint64 at)
{
    PeriodEvaluation out { spec, std::clamp(at, period.range.start, period.range.end), false };
    out.complete = out.at >= period.range.end;
    out.spec.window = std::chrono::seconds(period.range.seconds());
    if (out.complete)
        out.spec.calendar.reset();
    else
        out.spec.calendar = CalendarWindow { period.period, timezone };
    return out;
}

QString windowText(const SloSpec &spec)
{
    if (!spec.calendar)
        return formatDuration(spec.window);
    QString period;
    switch (spec.calendar->period) {
    case CalendarWindow::Period::Week: period = QStringLiteral("week"); break;
    case CalendarWindow::Period::Month: period = QStringLiteral("month"); break;
    case CalendarWindow::Period::Quarter: period = QStringLiteral("quarter"); break;
    }
    return QStringLiteral("calendar %1 (%2)").arg(period, spec.calendar->timezone);
}

} // namespace sre::slo
