#pragma once

#include "textlines.h"

#include <QDateTime>
#include <QStringList>

namespace sre::pm {

// The YAML front matter of a postmortem as lines (both "---" fences included). Values are read
// through yaml-cpp; an edit rewrites only the lines of the key it changes, keeping the key's
// trailing comment and every other line as it was.
class FrontMatterBlock final
{
public:
    FrontMatterBlock() = default;
    // `lines` from the opening to the closing fence; empty when the file has no front matter.
    FrontMatterBlock(const Lines &lines, const QByteArray &eol);

    bool isPresent() const { return !m_lines.isEmpty(); }
    const Lines &lines() const { return m_lines; }
    QByteArray yaml() const; // between the fences
    bool isModified() const { return m_modified; }

    bool contains(const QString &key) const { return findKey(key) >= 0; }
    QStringList keys() const; // top-level keys in file order
    // 1-based line of the key in the file (front matter starts the file); 0 when absent.
    int keyLine(const QString &key) const;
    QString value(const QString &key) const; // empty for a missing key, a null or a list
    QStringList listValue(const QString &key) const; // a scalar reads as a list of one

    // Sets a scalar (empty writes `key:` with no value, a YAML null). A missing key is inserted in
    // the usual order (id, title, status, severity, started, …) or before the closing fence; a file
    // without front matter gets one.
    void setValue(const QString &key, const QString &value);
    // Times are stored in UTC, RFC 3339 with "Z" (2025-01-15T14:32:00Z); invalid clears the key.
    void setTime(const QString &key, const QDateTime &time);
    QDateTime timeValue(const QString &key) const; // UTC; invalid when missing or not a time
    // Sets a list, in the style the key already uses (flow `[a, b]` or one `- a` per line).
    void setList(const QString &key, const QStringList &values);
    void remove(const QString &key);

private:
    qsizetype findKey(const QString &key) const; // index into m_lines, -1
    qsizetype extent(qsizetype index) const; // lines the key's value occupies
    qsizetype insertionIndex(const QString &key) const;
    void writeKey(const QString &key, const Lines &replacement);
    QByteArray withComment(qsizetype index, const QByteArray &newText) const;

    Lines m_lines;
    QByteArray m_eol = "\n";
    bool m_modified = false;
};

// A YAML scalar written plain when that reads back as the same string, double-quoted otherwise.
// `inFlow`: the scalar sits in a flow sequence, where , [ ] { } must be quoted too.
QString yamlScalar(const QString &value, bool inFlow = false);

} // namespace sre::pm
