#include "replaytable.h"

#include "duration.h"

#include <QHeaderView>

namespace sre {

namespace {
QString durationText(std::optional<qint64> seconds)
{
    if (!seconds)
        return QStringLiteral("–");
    return *seconds == 0 ? QStringLiteral("0s") : formatDuration(std::chrono::seconds(*seconds));
}

QString percentText(std::optional<double> v)
{
    return v ? QString::number(*v * 100.0, 'f', 2) + QStringLiteral(" %") : QStringLiteral("–");
}

// The cells of one tier's row from Windows on (the columns after Tier and Setting).
QStringList figures(const replay::TierReplay &t)
{
    return { formatDuration(t.tier.tier.longWindow) + QLatin1Char('/') + formatDuration(t.tier.tier.shortWindow),
             QString::number(t.tier.factor, 'g', 6),
             durationText(t.tier.forDuration.count()),
             QString::number(t.firings.size()),
             QString::number(t.pagesPerWeek, 'f', 2),
             QStringLiteral("%1/%2").arg(int(t.detections.size()) - t.missed).arg(t.detections.size()),
             QString::number(t.withoutIncident),
             durationText(t.medianReset),
             percentText(t.budgetBeforeFirstFiring) };
}

const replay::TierReplay *findTier(const replay::ReplayResult *r, const QString &name)
{
    if (!r)
        return nullptr;
    for (const replay::TierReplay &t : r->tiers)
        if (t.tier.tier.name == name)
            return &t;
    return nullptr;
}
} // namespace

ReplayTable::ReplayTable(QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("replayTable"));
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({ tr("Tier"), tr("Setting"), tr("Windows"), tr("Factor"), tr("For"), tr("Firings"),
                                tr("Pages / week"), tr("Detected"), tr("No incident"), tr("Reset (median)"),
                                tr("Budget before firing") });
    horizontalHeaderItem(SettingColumn)->setToolTip(tr("A: the result kept with \"Keep as A\"; B: the latest replay"));
    horizontalHeaderItem(NoIncidentColumn)->setToolTip(tr("Firings that overlap no incident: possible false pages"));
    horizontalHeaderItem(BudgetColumn)
        ->setToolTip(tr("Share of the window's error budget spent from an incident's start to the tier's first firing "
                        "(the largest over the incidents)"));
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    horizontalHeader()->setStretchLastSection(true);
    setColumnHidden(SettingColumn, true);
}

void ReplayTable::setResults(const replay::ReplayResult *current, const replay::ReplayResult *kept,
                             const QString &currentLabel, const QString &keptLabel)
{
    const bool comparing = kept != nullptr;
    setColumnHidden(SettingColumn, !comparing);
    // Tier names in the current result's order, then those only the kept one has.
    QStringList names;
    for (const replay::ReplayResult *r : { current, kept })
        if (r)
            for (const replay::TierReplay &t : r->tiers)
                if (!names.contains(t.tier.tier.name))
                    names << t.tier.tier.name;
    setRowCount(0);
    const QBrush keptBackground = palette().alternateBase();
    const auto addRow = [&](const QString &name, const replay::TierReplay *t, const QString &setting,
                            const QString &settingTip, const QStringList *compareWith, bool isKept) {
        const int row = rowCount();
        insertRow(row);
        QStringList cells { name, setting };
        if (t) {
            cells << figures(*t);
        } else {
            cells << tr("not in this setting");
            while (cells.size() < ColumnCount)
                cells << QString();
        }
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == SettingColumn)
                item->setToolTip(settingTip);
            if (isKept)
                item->setBackground(keptBackground);
            if (compareWith && c >= WindowsColumn && compareWith->at(c - WindowsColumn) != cells[c]) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setToolTip(tr("A: %1").arg(compareWith->at(c - WindowsColumn)));
            }
            setItem(row, c, item);
        }
    };
    for (const QString &name : names) {
        const replay::TierReplay *a = findTier(kept, name);
        const replay::TierReplay *b = findTier(current, name);
        if (comparing) {
            addRow(name, a, tr("A"), keptLabel, nullptr, true);
            const QStringList aFigures = a ? figures(*a) : QStringList(ColumnCount - WindowsColumn, QString());
            if (current)
                addRow(name, b, tr("B"), currentLabel, &aFigures, false);
        } else if (b) {
            addRow(name, b, QString(), QString(), nullptr, false);
        }
    }
    resizeColumnsToContents();
}

} // namespace sre
