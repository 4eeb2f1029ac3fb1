#include "workspace.h"

#include "model.h"
#include "timeutil.h"

#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>
#include <system_error>

namespace sre::demo {

namespace fs = std::filesystem;

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::optional<std::string> readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream content;
    content << in.rdbuf();
    return in.bad() ? std::nullopt : std::optional(content.str());
}

bool writeFile(const fs::path &path, const std::string &content)
{
    const fs::path temporary = path.string() + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!(out << content) || !out.flush())
            return false;
    }
    std::error_code error;
    fs::rename(temporary, path, error);
    return !error;
}

// The `id:` of a Markdown file's YAML front matter, if any.
std::string frontMatterId(const std::string &text)
{
    std::istringstream in(text);
    std::string line;
    if (!std::getline(in, line) || line.rfind("---", 0) != 0)
        return {};
    while (std::getline(in, line) && line.rfind("---", 0) != 0) {
        if (line.rfind("id:", 0) != 0)
            continue;
        std::string value = line.substr(3);
        const auto notSpace = [](char c) { return c != ' ' && c != '\t' && c != '"' && c != '\'' && c != '\r'; };
        while (!value.empty() && !notSpace(value.back()))
            value.pop_back();
        std::size_t start = 0;
        while (start < value.size() && !notSpace(value[start]))
            ++start;
        return value.substr(start);
    }
    return {};
}

std::optional<fs::path> findPostmortem(const fs::path &folder, std::string_view id)
{
    const fs::path direct = folder / (std::string(id) + ".md");
    if (fs::is_regular_file(direct))
        return direct;
    std::error_code error;
    for (const fs::directory_entry &entry : fs::directory_iterator(folder, error)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".md")
            continue;
        const auto text = readFile(entry.path());
        if (text && frontMatterId(*text) == id)
            return entry.path();
    }
    return std::nullopt;
}

} // namespace

int shiftDates(std::string &text, std::string_view original, std::int64_t shiftDays, bool allDates)
{
    int replaced = 0;
    for (std::size_t i = 0; i + 10 <= text.size(); ++i) {
        if ((i > 0 && isDigit(text[i - 1])) || (i + 10 < text.size() && isDigit(text[i + 10])))
            continue;
        const std::string_view candidate(text.data() + i, 10);
        if (!allDates && candidate != original)
            continue;
        const auto date = parseDate(candidate);
        if (!date)
            continue;
        const std::string shifted
            = formatDate(civilFromDays(daysFromCivil(date->year, date->month, date->day) + shiftDays));
        text.replace(i, 10, shifted);
        i += 9;
        ++replaced;
    }
    return replaced;
}

bool rewriteWorkspace(const History &history, const fs::path &dir, bool allDates)
{
    const fs::path folder = dir / "postmortems";
    if (!fs::is_directory(folder)) {
        std::fprintf(stderr, "sre-demo-history: %s: no postmortems folder, nothing rewritten\n",
                     folder.string().c_str());
        return true;
    }
    bool ok = true;
    for (const PlacedIncident &incident : history.incidents()) {
        const std::string_view id = incident.spec->id;
        const auto path = findPostmortem(folder, id);
        if (!path) {
            std::fprintf(stderr, "sre-demo-history: %s/%.*s.md: no such postmortem, skipped\n", folder.string().c_str(),
                         static_cast<int>(id.size()), id.data());
            continue;
        }
        auto text = readFile(*path);
        if (!text) {
            std::fprintf(stderr, "sre-demo-history: %s: cannot read\n", path->string().c_str());
            ok = false;
            continue;
        }
        const std::string original = formatDate(civilFromDays(floorDiv(incident.spec->originalStart, kSecondsPerDay)));
        const std::string placed = formatDate(civilFromDays(floorDiv(incident.start, kSecondsPerDay)));
        // Without the original date the file was already moved (or is about something else):
        // shifting all its dates again would move them twice.
        if (text->find(original) == std::string::npos) {
            std::printf("%s: does not mention %s, left as it is\n", path->string().c_str(), original.c_str());
            continue;
        }
        const int replaced = shiftDates(*text, original, incident.shiftDays, allDates);
        if (replaced > 0 && !writeFile(*path, *text)) {
            std::fprintf(stderr, "sre-demo-history: %s: cannot write\n", path->string().c_str());
            ok = false;
            continue;
        }
        std::printf("%s: %s -> %s (%+lld days), %d date(s) replaced\n", path->string().c_str(), original.c_str(),
                    placed.c_str(), static_cast<long long>(incident.shiftDays), replaced);
    }
    return ok;
}

} // namespace sre::demo
