#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace sre::demo {

class History;

// Replaces YYYY-MM-DD dates in `text`: with `allDates`, every date moves by `shiftDays`;
// otherwise only `original` is replaced (by original + shiftDays). Returns the number replaced.
int shiftDates(std::string &text, std::string_view original, std::int64_t shiftDays, bool allDates);

// Rewrites postmortems/<ID>.md (or the postmortem whose front matter says `id: <ID>`) of every
// placed incident in the workspace copy at `dir`. Missing postmortems are reported on stderr
// and skipped. Returns false if a file could not be read or written.
bool rewriteWorkspace(const History &history, const std::filesystem::path &dir, bool allDates);

} // namespace sre::demo
