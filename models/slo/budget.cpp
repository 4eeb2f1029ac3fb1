#include "budget.h"

namespace sre::slo {

double budgetConsumed(double sli, double objective)
{
    return (1 - sli) / (1 - objective);
}

std::optional<ErrorBudget> errorBudget(const EventCounts &counts, double objective, std::chrono::seconds windowLength)
{
    const auto sli = counts.sli();
    if (!sli)
        return std::nullopt;
    ErrorBudget b;
    // bad / ((1 - objective) * total) is the same number as (1 - SLI) / (1 - objective) without the
    // cancellation of 1 - SLI when the SLI is close to 1.
    b.consumed = counts.bad / ((1 - objective) * counts.total);
    b.remaining = 1 - b.consumed;
    b.allowedBadEvents = (1 - objective) * counts.total;
    b.usedBadEvents = counts.bad;
    b.allowedDowntimeMinutes = double(windowLength.count()) / 60.0 * (1 - objective);
    b.usedDowntimeMinutes = b.consumed * b.allowedDowntimeMinutes;
    return b;
}

} // namespace sre::slo
