#pragma once

#include "events.h"

#include <chrono>
#include <optional>

namespace sre::slo {

// The error budget of a window (Google SRE Workbook): budget = 1 - objective of the events.
struct ErrorBudget
{
    double consumed = 0; // (1 - SLI) / (1 - objective); above 1 when overspent
    double remaining = 1; // 1 - consumed; below 0 when overspent
    double allowedBadEvents = 0; // (1 - objective) * total events so far
    double usedBadEvents = 0; // bad events so far
    // The same budget as time: the window's length * (1 - objective) of full downtime is allowed;
    // used = consumed * allowed.
    double allowedDowntimeMinutes = 0;
    double usedDowntimeMinutes = 0;
};

// (1 - sli) / (1 - objective).
double budgetConsumed(double sli, double objective);

// std::nullopt without traffic: no events, no SLI, no statement about the budget.
std::optional<ErrorBudget> errorBudget(const EventCounts &counts, double objective, std::chrono::seconds windowLength);

} // namespace sre::slo
