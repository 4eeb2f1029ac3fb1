#include "storemodels.h"

#include "duration.h"

#include <QCoreApplication>
#include <QDir>

namespace sre {

namespace {
// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::StoreModel)
};

template<typename T, typename F> typename StoreModel<T>::Cell display(F f)
{
    return [f](const T &item, int role) -> QVariant {
        if (role == Qt::DisplayRole || role == SortRole)
            return f(item);
        return {};
    };
}

QString localTime(const QDateTime &utc, const ws::Workspace &workspace)
{
    if (!utc.isValid())
        return {};
    const QTimeZone zone(workspace.config().timezone.toUtf8());
    return utc.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

QVariant StoreTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return {};
}

QString formatObjective(double fraction)
{
    // 0.999 → "99.9 %", 0.99999 → "99.999 %": as many digits as the objective has.
    return QString::number(fraction * 100.0, 'g', 8) + QStringLiteral(" %");
}

QString formatDurationShort(qint64 seconds)
{
    if (seconds <= 0)
        return {};
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    return h > 0 ? Tr::tr("%1 h %2 min").arg(h).arg(m) : Tr::tr("%1 min").arg(m);
}

StoreModel<slo::SloSpec> *createSloListModel(ws::Workspace &workspace, QObject *parent)
{
    using M = StoreModel<slo::SloSpec>;
    using S = slo::SloSpec;
    auto idCell = [](const S &s, int role) -> QVariant {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole: return s.name;
        case Qt::ToolTipRole: return s.description;
        case IdRole: return s.id();
        case FilePathRole: return s.file;
        case LineRole: return s.line;
        case ServiceRole: return s.service;
        default: return {};
        }
    };
    auto windowText = [](const S &s) -> QVariant {
        if (s.calendar) {
            static const char *names[] = { QT_TRANSLATE_NOOP("sre::StoreModel", "calendar week"),
                                           QT_TRANSLATE_NOOP("sre::StoreModel", "calendar month"),
                                           QT_TRANSLATE_NOOP("sre::StoreModel", "calendar quarter") };
            return Tr::tr(names[static_cast<int>(s.calendar->period)]);
        }
        return formatDuration(std::chrono::duration_cast<std::chrono::milliseconds>(s.window));
    };
    auto kindText = [](const S &s) -> QVariant {
        switch (s.kind) {
        case S::Kind::EventRatio: return Tr::tr("ratio");
        case S::Kind::Latency: return Tr::tr("latency");
        case S::Kind::Timeslice: return Tr::tr("timeslice");
        }
        return {};
    };
    return new M(workspace.slos(),
                 { { Tr::tr("Service"), display<S>([](const S &s) { return s.service; }) },
                   { Tr::tr("SLO"), idCell },
                   { Tr::tr("Objective"),
                     [](const S &s, int role) -> QVariant {
                         if (role == Qt::DisplayRole)
                             return formatObjective(s.objective);
                         if (role == SortRole)
                             return s.objective;
                         if (role == Qt::TextAlignmentRole)
                             return int(Qt::AlignRight | Qt::AlignVCenter);
                         return {};
                     } },
                   { Tr::tr("Window"), display<S>(windowText) },
                   { Tr::tr("SLI"), display<S>(kindText) },
                   { Tr::tr("Description"), display<S>([](const S &s) { return s.description; }) },
                   { Tr::tr("File"), display<S>([&workspace](const S &s) {
                         return QDir(workspace.dir()).relativeFilePath(s.file) + QLatin1Char(':')
                             + QString::number(s.line);
                     }) } },
                 parent);
}

StoreModel<pm::Postmortem> *createPostmortemListModel(ws::Workspace &workspace, QObject *parent)
{
    using P = pm::Postmortem;
    auto idCell = [](const P &p, int role) -> QVariant {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
        case IdRole: return p.id;
        case FilePathRole: return p.file;
        default: return {};
        }
    };
    return new StoreModel<P>(
        workspace.postmortems(),
        { { Tr::tr("ID"), idCell },
          { Tr::tr("Title"), display<P>([](const P &p) { return p.title; }) },
          { Tr::tr("Severity"), display<P>([](const P &p) { return p.severity; }) },
          { Tr::tr("Status"),
            [](const P &p, int role) -> QVariant {
                if (role == Qt::DisplayRole || role == SortRole || role == StatusRole)
                    return p.status;
                return {};
            } },
          { Tr::tr("Started"),
            [&workspace](const P &p, int role) -> QVariant {
                if (role == Qt::DisplayRole)
                    return localTime(p.started, workspace);
                if (role == SortRole)
                    return p.started.toSecsSinceEpoch();
                return {};
            } },
          { Tr::tr("Duration"),
            [](const P &p, int role) -> QVariant {
                if (role == Qt::DisplayRole)
                    return formatDurationShort(p.durationSeconds());
                if (role == SortRole)
                    return p.durationSeconds();
                return {};
            } },
          { Tr::tr("Services"), display<P>([](const P &p) { return p.services.join(QStringLiteral(", ")); }) },
          { Tr::tr("Open actions"),
            [](const P &p, int role) -> QVariant {
                if (role == Qt::DisplayRole)
                    return QStringLiteral("%1 / %2").arg(p.openActionItemCount).arg(p.actionItemCount);
                if (role == SortRole)
                    return p.openActionItemCount;
                if (role == Qt::TextAlignmentRole)
                    return int(Qt::AlignRight | Qt::AlignVCenter);
                return {};
            } } },
        parent);
}

StoreModel<rb::Runbook> *createRunbookListModel(ws::Workspace &workspace, QObject *parent)
{
    using R = rb::Runbook;
    auto titleCell = [](const R &r, int role) -> QVariant {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole: return r.title;
        case IdRole:
        case FilePathRole: return r.file;
        case Qt::ToolTipRole: return r.file;
        default: return {};
        }
    };
    return new StoreModel<R>(
        workspace.runbooks(),
        { { Tr::tr("Title"), titleCell },
          { Tr::tr("Path"), display<R>([](const R &r) { return r.relativePath; }) },
          { Tr::tr("Alerts"), display<R>([](const R &r) { return r.alerts.join(QStringLiteral(", ")); }) },
          { Tr::tr("Services"), display<R>([](const R &r) { return r.services.join(QStringLiteral(", ")); }) } },
        parent);
}

StoreModel<alerting::AlertRule> *createAlertRuleListModel(ws::Workspace &workspace, QObject *parent)
{
    using A = alerting::AlertRule;
    auto nameCell = [](const A &a, int role) -> QVariant {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
        case IdRole: return a.name;
        case Qt::ToolTipRole: return a.expr;
        case FilePathRole: return a.file;
        case LineRole: return a.line;
        default: return {};
        }
    };
    return new StoreModel<A>(workspace.rules(),
                             { { Tr::tr("Alert"), nameCell },
                               { Tr::tr("Severity"), display<A>([](const A &a) { return a.severity(); }) },
                               { Tr::tr("Group"), display<A>([](const A &a) { return a.group; }) },
                               { Tr::tr("For"), display<A>([](const A &a) { return a.forDuration; }) },
                               { Tr::tr("Runbook"), display<A>([](const A &a) {
                                     const QString url = a.runbookUrl();
                                     return url.isEmpty() ? a.annotations.value(QStringLiteral("runbook")) : url;
                                 }) } },
                             parent);
}

ProblemsModel::ProblemsModel(ws::Workspace &workspace, QObject *parent)
    : StoreTableModel(parent)
    , m_workspace(workspace)
{
    m_headers = { Tr::tr("Severity"), Tr::tr("Location"), Tr::tr("Problem") };
    auto refresh = [this] {
        beginResetModel();
        m_problems = m_workspace.problems();
        endResetModel();
    };
    connect(&workspace, &ws::Workspace::problemsChanged, this, refresh);
    refresh();
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 3;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Problem &p = m_problems.at(index.row());
    if (role == FilePathRole)
        return p.file;
    if (role == LineRole)
        return p.line;
    if (role == StatusRole)
        return p.isError() ? QStringLiteral("error") : QStringLiteral("warning");
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case 0: return p.isError() ? Tr::tr("error") : Tr::tr("warning");
    case 1: {
        const QString rel = m_workspace.dir().isEmpty() ? p.file : QDir(m_workspace.dir()).relativeFilePath(p.file);
        return p.line > 0 ? rel + QLatin1Char(':') + QString::number(p.line) : rel;
    }
    case 2: return p.message;
    }
    return {};
}

} // namespace sre
