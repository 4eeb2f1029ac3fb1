#pragma once

#include "postmortem.h"
#include "storemodels.h"

#include <QDate>
#include <QSortFilterProxyModel>

namespace sre {

// Narrows the postmortem list by status, severity, service and the period the incident started
// in, and searches as you type: every word must occur in the id, title, severity, status,
// services, authors or the text of the postmortem.
class PostmortemFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Period { Any, Last30Days, Last90Days, Last12Months, ThisYear, LastYear };

    explicit PostmortemFilter(StoreModel<pm::Postmortem> *source, QObject *parent = nullptr);

    void setStatus(const QString &status); // "" = any
    void setSeverity(const QString &severity);
    void setService(const QString &service);
    void setPeriod(Period period);
    void setSearch(const QString &text);
    // "today" for the period filter; tests pin it.
    void setToday(const QDate &today);

    static bool matches(const pm::Postmortem &p, const QStringList &words);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool inPeriod(const QDateTime &started) const;

    StoreModel<pm::Postmortem> *m_source;
    QString m_status, m_severity, m_service;
    Period m_period = Period::Any;
    QStringList m_words;
    QDate m_today;
};

} // namespace sre
