#pragma once

#include <QLabel>

namespace sre {

// The rule audit's mark in the SLO detail (issue 15 part 3): the SLO recording rules deployed in
// Prometheus record other values than the exact events give. One line per finding, the rule and
// its causes; the evidence in the tooltip. Hidden while there is nothing to say.
class RulesAuditMark final : public QLabel
{
    Q_OBJECT
public:
    explicit RulesAuditMark(QWidget *parent = nullptr);

    // `brief`: rules::SloAudit::brief(); `detail`: summary(). An empty brief hides the mark.
    void setFindings(const QString &brief, const QString &detail);
    QString shownText() const; // empty when hidden
};

} // namespace sre
