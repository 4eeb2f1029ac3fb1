#pragma once

#include "replay.h"

#include <QTableWidget>

namespace sre {

// The per-tier table of the Replay tab (the figures of `srectl slo replay`). Given a kept result
// ("A") as well as the current one ("B"), each tier has a row for A and one for B beneath it, so
// two settings of the tiers read side by side: a B figure that differs from A's is bold, with A's
// figure in its tooltip. The Setting column shows only while comparing.
class ReplayTable final : public QTableWidget
{
    Q_OBJECT
public:
    enum Column {
        TierColumn,
        SettingColumn,
        WindowsColumn,
        FactorColumn,
        ForColumn,
        FiringsColumn,
        PagesColumn,
        DetectedColumn,
        NoIncidentColumn,
        ResetColumn,
        BudgetColumn,
        ColumnCount
    };

    explicit ReplayTable(QWidget *parent = nullptr);

    // `current` or `kept` may be null; `keptLabel` and `currentLabel` describe each setting (the
    // tooltip of its Setting cell).
    void setResults(const replay::ReplayResult *current, const replay::ReplayResult *kept,
                    const QString &currentLabel = {}, const QString &keptLabel = {});
};

} // namespace sre
