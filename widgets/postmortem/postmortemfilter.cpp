#include "postmortemfilter.h"

namespace sre {

PostmortemFilter::PostmortemFilter(StoreModel<pm::Postmortem> *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
    , m_today(QDate::currentDate())
{
    setSourceModel(source);
}

void PostmortemFilter::setStatus(const QString &status)
{
    m_status = status;
    invalidateRowsFilter();
}

void PostmortemFilter::setSeverity(const QString &severity)
{
    m_severity = severity;
    invalidateRowsFilter();
}

void PostmortemFilter::setService(const QString &service)
{
    m_service = service;
    invalidateRowsFilter();
}

void PostmortemFilter::setPeriod(Period period)
{
    m_period = period;
    invalidateRowsFilter();
}

void PostmortemFilter::setSearch(const QString &text)
{
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void PostmortemFilter::setToday(const QDate &today)
{
    m_today = today;
    invalidateRowsFilter();
}

bool PostmortemFilter::matches(const pm::Postmortem &p, const QStringList &words)
{
    for (const QString &word : words) {
        const auto has = [&word](const QString &s) { return s.contains(word, Qt::CaseInsensitive); };
        const bool found = has(p.id) || has(p.title) || has(p.severity) || has(p.status)
            || std::any_of(p.services.cbegin(), p.services.cend(), has)
            || std::any_of(p.authors.cbegin(), p.authors.cend(), has) || has(QString::fromUtf8(p.raw));
        if (!found)
            return false;
    }
    return true;
}

bool PostmortemFilter::inPeriod(const QDateTime &started) const
{
    if (m_period == Period::Any)
        return true;
    if (!started.isValid())
        return false;
    const QDate d = started.date();
    switch (m_period) {
    case Period::Any: return true;
    case Period::Last30Days: return d > m_today.addDays(-30);
    case Period::Last90Days: return d > m_today.addDays(-90);
    case Period::Last12Months: return d > m_today.addMonths(-12);
    case Period::ThisYear: return d.year() == m_today.year();
    case Period::LastYear: return d.year() == m_today.year() - 1;
    }
    return true;
}

bool PostmortemFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || sourceRow < 0 || sourceRow >= m_source->rowCount())
        return false;
    const pm::Postmortem &p = m_source->item(sourceRow);
    if (!m_status.isEmpty() && p.status != m_status)
        return false;
    if (!m_severity.isEmpty() && p.severity != m_severity)
        return false;
    if (!m_service.isEmpty() && !p.services.contains(m_service))
        return false;
    return inPeriod(p.started) && matches(p, m_words);
}

} // namespace sre
