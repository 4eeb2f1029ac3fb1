#include "alerthistory.h"

#include "futurechain.h"
#include "prometheusclient.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>
#include <map>

namespace sre::alerting {

namespace {

constexpr qint64 kWeek = 7 * 24 * 3600;

int localHour(qint64 t, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(t, zone).time().hour();
}

bool isNight(int hour)
{
    return hour >= kNightStartHour || hour < kNightEndHour;
}

qint64 median(std::vector<qint64> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    if (values.size() % 2)
        return values[mid];
    return (values[mid - 1] + values[mid]) / 2;
}

void summarize(AlertHistoryRow &row, const std::vector<qint64> &points, qint64 step, qint64 from, qint64 to,
               const QTimeZone &zone)
{
    std::vector<qint64> durations;
    const Firing *previous = nullptr;
    for (const Firing &f : row.firings) {
        durations.push_back(f.duration());
        row.totalSeconds += f.duration();
        // A firing cut by the period's edges may be longer than it looks: not counted as short.
        if (f.duration() < kShortFiring && !f.clippedStart && !f.ongoing)
            ++row.shortFirings;
        if (previous && f.start - previous->end <= kRefireWindow)
            ++row.refires;
        const int hour = localHour(f.start, zone);
        ++row.startsByHour[size_t(hour)];
        if (isNight(hour))
            ++row.nightPages;
        previous = &f;
    }
    for (const qint64 t : points) {
        const qint64 begin = std::max(t, from);
        const qint64 seconds = std::min(t + step, to) - begin;
        if (seconds > 0)
            row.secondsByHour[size_t(localHour(begin, zone))] += seconds;
    }
    row.medianSeconds = median(std::move(durations));
    const qint64 length = to - from;
    row.pagesPerWeek = length > 0 ? double(row.firings.size()) * double(kWeek) / double(length) : 0.0;
}

} // namespace

QString AlertHistoryRow::seriesText() const
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        QString value = it.value();
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        parts << it.key() + QStringLiteral("=\"") + value + QLatin1Char('"');
    }
    return parts.isEmpty() ? alertname
                           : alertname + QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

std::vector<const AlertHistoryRow *> AlertHistory::rowsFor(const QString &alertname) const
{
    std::vector<const AlertHistoryRow *> out;
    for (const AlertHistoryRow &row : rows)
        if (row.alertname == alertname)
            out.push_back(&row);
    return out;
}

std::vector<Firing> firingsFromPoints(const std::vector<double> &times, qint64 step, qint64 from, qint64 to)
{
    std::vector<Firing> out;
    step = std::max<qint64>(step, 1);
    qint64 last = 0;
    for (const double time : times) {
        const qint64 t = std::llround(time);
        if (!out.empty() && t - last <= 2 * step) {
            out.back().end = t + step;
        } else {
            out.push_back(Firing { t, t + step, false, false });
        }
        last = t;
    }
    for (Firing &f : out) {
        // A point at the first evaluation time may continue a firing that began earlier.
        if (f.start <= from) {
            f.start = from;
            f.clippedStart = true;
        }
        if (f.end > to) {
            f.end = to;
            f.ongoing = true;
        }
    }
    std::erase_if(out, [](const Firing &f) { return f.end <= f.start; });
    return out;
}

AlertHistory computeAlertHistory(const std::vector<prom::Series> &series, qint64 from, qint64 to, qint64 step,
                                 const QTimeZone &zone)
{
    AlertHistory history;
    history.from = from;
    history.to = to;
    history.step = step;
    history.timezone = QString::fromUtf8(zone.id());
    // Several series may map to one row (the same alert seen by two Prometheus replicas with an
    // external label dropped by the query, say): their points are merged first.
    struct Entry
    {
        QString name;
        QMap<QString, QString> labels;
        std::vector<qint64> times;
    };
    std::map<QString, Entry> entries; // by seriesText(): ordered, so the result does not depend on the answer's order
    for (const prom::Series &s : series) {
        AlertHistoryRow key;
        key.labels = s.labels;
        key.alertname = key.labels.take(QStringLiteral("alertname"));
        key.labels.remove(QStringLiteral("__name__"));
        key.labels.remove(QStringLiteral("alertstate"));
        Entry &entry = entries[key.seriesText()];
        entry.name = key.alertname;
        entry.labels = key.labels;
        for (size_t i = 0; i < s.timestamps.size() && i < s.values.size(); ++i)
            if (s.values[i] > 0 && std::isfinite(s.values[i]))
                entry.times.push_back(std::llround(s.timestamps[i]));
    }
    for (auto &[text, entry] : entries) {
        std::vector<qint64> &times = entry.times;
        std::sort(times.begin(), times.end());
        times.erase(std::unique(times.begin(), times.end()), times.end());
        AlertHistoryRow row;
        row.alertname = entry.name;
        row.labels = entry.labels;
        const std::vector<double> asDouble(times.begin(), times.end());
        row.firings = firingsFromPoints(asDouble, step, from, to);
        if (row.firings.empty())
            continue;
        summarize(row, times, step, from, to, zone);
        history.rows.push_back(std::move(row));
    }
    std::stable_sort(history.rows.begin(), history.rows.end(), [](const AlertHistoryRow &a, const AlertHistoryRow &b) {
        if (a.pagesPerWeek != b.pagesPerWeek)
            return a.pagesPerWeek > b.pagesPerWeek;
        if (a.alertname != b.alertname)
            return a.alertname < b.alertname;
        return a.seriesText() < b.seriesText();
    });
    return history;
}

void applyActiveSince(AlertHistory &history, const std::vector<prom::Series> &forState)
{
    std::map<QString, qint64> activeAt; // by seriesText()
    for (const prom::Series &s : forState) {
        if (s.values.empty() || !std::isfinite(s.values.back()))
            continue;
        AlertHistoryRow key;
        key.labels = s.labels;
        key.alertname = key.labels.take(QStringLiteral("alertname"));
        key.labels.remove(QStringLiteral("__name__"));
        key.labels.remove(QStringLiteral("alertstate"));
        const qint64 t = std::llround(s.values.back());
        if (t <= 0 || t > history.from)
            continue;
        // Two series for one row (replicas): the earlier activeAt, whatever the answer's order.
        const auto [it, inserted] = activeAt.emplace(key.seriesText(), t);
        if (!inserted)
            it->second = std::min(it->second, t);
    }
    for (AlertHistoryRow &row : history.rows) {
        if (row.firings.empty() || !row.firings.front().clippedStart)
            continue;
        if (const auto it = activeAt.find(row.seriesText()); it != activeAt.end())
            row.firings.front().activeSince = it->second;
    }
}

AlertHistoryRequest lastPeriod(qint64 to, qint64 length, const QString &timezone, qint64 step)
{
    AlertHistoryRequest request;
    request.step = std::max<qint64>(step, 1);
    request.to = to / request.step * request.step;
    request.from = (request.to - length) / request.step * request.step;
    request.timezone = timezone;
    return request;
}

QString alertHistoryQuery(const AlertHistoryRequest &request)
{
    QString selector = QStringLiteral("alertstate=\"firing\"");
    if (!request.matchers.trimmed().isEmpty())
        selector += QStringLiteral(", ") + request.matchers.trimmed();
    // One millisecond short of the step: each sample falls in exactly one step's window, whether
    // the range's left end is closed (Prometheus 2) or open (Prometheus 3).
    const qint64 windowMs = std::max<qint64>(request.step, 1) * 1000 - 1;
    return QStringLiteral("count_over_time(ALERTS{%1}[%2ms])").arg(selector).arg(windowMs);
}

QString alertsForStateQuery(const AlertHistoryRequest &request)
{
    return QStringLiteral("ALERTS_FOR_STATE{%1}").arg(request.matchers.trimmed());
}

QFuture<AlertHistory> fetchAlertHistory(prom::PrometheusClient &client, const AlertHistoryRequest &request)
{
    const QDateTime from = QDateTime::fromSecsSinceEpoch(request.from, Qt::UTC);
    const QDateTime to = QDateTime::fromSecsSinceEpoch(request.to, Qt::UTC);
    const qint64 step = std::max<qint64>(request.step, 1);
    // Both queries are sent now, from the caller's thread: a continuation must not use the client,
    // which its owner may replace while an answer is on its way. The instant query has no view key
    // (it would make the range query's answer stale); its answer is only used for clipped firings.
    QList<QFuture<prom::QueryResult>> both { client.queryRange(alertHistoryQuery(request), from, to,
                                                               std::chrono::seconds(step), request.viewKey),
                                             client.query(alertsForStateQuery(request), from) };
    return fut::then(fut::whenAll(both), [request, step](const QList<QFuture<prom::QueryResult>> &answers) {
        // The client answers every request; a future without a result was cancelled by Qt itself.
        const auto answer = [](const QFuture<prom::QueryResult> &f) {
            if (f.resultCount() > 0)
                return f.result();
            prom::QueryResult cancelled;
            cancelled.error = prom::Error { prom::Error::Kind::Cancelled };
            return cancelled;
        };
        const prom::QueryResult result = answer(answers.at(0));
        const QTimeZone zone(request.timezone.toUtf8());
        AlertHistory history;
        if (result.ok()) {
            history = computeAlertHistory(result.series, request.from, request.to, step,
                                          zone.isValid() ? zone : QTimeZone::utc());
            if (const prom::QueryResult forState = answer(answers.at(1)); forState.ok())
                applyActiveSince(history, forState.series);
        } else {
            history.from = request.from;
            history.to = request.to;
            history.step = step;
            history.timezone = request.timezone;
            history.error = result.error;
        }
        history.warnings = result.warnings;
        return history;
    });
}

} // namespace sre::alerting
