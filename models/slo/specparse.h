#pragma once

// Internal to sre_slo: what the per-format readers share. Not installed, not for other libraries.

#include "slospec.h"
#include "yamlutil.h"

#include <QCoreApplication>
#include <initializer_list>

namespace sre::slo::detail {

// Where problems go and how node positions map to lines of the file the user opened. Text embedded
// in a ConfigMap is parsed on its own; `lineOffset` maps its lines back into the outer file.
class ParseContext final
{
public:
    ParseContext(QString file, Problems *problems, int lineOffset = 0)
        : m_file(std::move(file))
        , m_problems(problems)
        , m_lineOffset(lineOffset)
    { }

    const QString &file() const { return m_file; }
    int lineOffset() const { return m_lineOffset; }
    // The node's line in the outer file; for a missing node (a key that is not there) the line of
    // the object being read, set with setFallback().
    int line(const YAML::Node &node) const;
    void setFallback(const YAML::Node &node) { m_fallbackLine = line(node); }
    ParseContext shifted(int extraOffset) const { return { m_file, m_problems, m_lineOffset + extraOffset }; }

    // The line of `key` in `map` (where a user looks for a nested map, whose own position is its
    // first key's line); the map's line when the key is missing.
    int keyLine(const YAML::Node &map, const char *key) const;
    void errorAtKey(const YAML::Node &map, const char *key, const QString &message);
    void error(const YAML::Node &node, const QString &message);
    void errorAt(int line, const QString &message);
    void warning(const YAML::Node &node, const QString &message);
    void unknownKeys(const YAML::Node &map, std::initializer_list<const char *> known, const QString &where);
    void add(Problem problem);

    int errorCount() const { return m_errors; }
    Problems *problems() const { return m_problems; }

private:
    QString m_file;
    Problems *m_problems;
    int m_lineOffset = 0;
    int m_fallbackLine = 0;
    int m_errors = 0;
};

// `map[key]` without yaml-cpp's surprises: an undefined node when `map` is not a map or lacks the
// key (a const subscript on a scalar would throw, a non-const one would insert the key).
YAML::Node child(const YAML::Node &map, const char *key);
// The first of several spellings that is present (snake_case files, camelCase CRDs).
YAML::Node childAny(const YAML::Node &map, std::initializer_list<const char *> keys);

// Scalar text of a child, empty when missing or not a scalar.
QString text(const YAML::Node &map, const char *key);

// Objective as written: `percentOnly` for formats that always use percent (native, Sloth, Pyrra),
// otherwise a value below 1 is a fraction (the seed format's 0.99). Reports out-of-range values.
std::optional<double> readObjective(ParseContext &ctx, const YAML::Node &node, bool percentOnly);
// A fraction in (0, 1) (OpenSLO's target); reports out-of-range values.
std::optional<double> readFraction(ParseContext &ctx, const YAML::Node &node, const QString &what);

// A positive Prometheus duration ("30d"); reports what is wrong.
std::optional<std::chrono::seconds> readDuration(ParseContext &ctx, const YAML::Node &node, const QString &what);

// `{ period: month, timezone: Asia/Tokyo }`.
std::optional<CalendarWindow> readCalendar(ParseContext &ctx, const YAML::Node &node);
bool isValidTimeZone(const QString &ianaId);

// Native `alerting.tiers`; empty list on error (errors reported).
std::vector<BurnTier> readTiers(ParseContext &ctx, const YAML::Node &tiersNode, bool *ok);

// A label map; list values (OpenSLO allows `team: [a, b]`) are joined with commas.
QMap<QString, QString> readLabels(const YAML::Node &node);

// `group_by: [handler]` / Pyrra `grouping: [handler]`: label names (errors reported).
QStringList readGroupBy(ParseContext &ctx, const YAML::Node &node, const QString &what);
// Formats without a grouping key (Sloth, OpenSLO, native without group_by) express it in their
// queries: an event-ratio SLO whose queries all are `sum by (labels) (...)` with the same labels is
// grouped by them.
void groupByFromQueries(SloSpec &spec);

// Adds a note on how the SLO was mapped, once.
inline void addNote(SloSpec &spec, const QString &note)
{
    if (!spec.notes.contains(note))
        spec.notes << note;
}

// Format readers. Each appends the SLOs that loaded and reports the rest.
void readServiceSlos(ParseContext &ctx, const YAML::Node &root, const QString &format, std::vector<SloSpec> &out);
void readPyrra(ParseContext &ctx, const YAML::Node &root, std::vector<SloSpec> &out);

// OpenSLO needs all documents of a file at once, because an SLO may reference an SLI by name.
class OpenSloReader final
{
public:
    void addDocument(ParseContext &ctx, const YAML::Node &root);
    void finish(std::vector<SloSpec> &out);

private:
    struct Object
    {
        ParseContext ctx;
        YAML::Node root;
    };
    void readSlo(Object &object, std::vector<SloSpec> &out);

    std::vector<Object> m_slos;
    std::vector<Object> m_slis;
};

// The `sli:` of the service+slos formats: events / latency / timeslice (native, Sloth), a query
// (seed). Sloth's raw and plugin SLIs are reported as unsupported. Returns false after an error.
bool readSli(ParseContext &ctx, const YAML::Node &sloNode, const QString &format, SloSpec &spec);

// The seed format's `sli.query` (a fixed-range ratio or a comparison) as a native SLI.
bool mapSeedQuery(ParseContext &ctx, const YAML::Node &sliNode, SloSpec &spec);

// Native `latency: { histogram, threshold }` and `timeslice: { query, op, threshold, slice }`.
bool readLatency(ParseContext &ctx, const YAML::Node &node, SloSpec &spec);
bool readTimeslice(ParseContext &ctx, const YAML::Node &node, SloSpec &spec);
std::optional<TimesliceSli::Op> parseOp(const QString &text);
// A threshold that must be a positive number.
std::optional<double> readPositive(ParseContext &ctx, const YAML::Node &node, const QString &what);

} // namespace sre::slo::detail
