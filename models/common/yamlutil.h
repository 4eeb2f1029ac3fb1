#pragma once

#include "problem.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <yaml-cpp/yaml.h>

namespace sre::yaml {

// The result of reading a YAML file: the documents, or a problem naming file and line.
struct LoadResult
{
    std::vector<YAML::Node> documents;
    std::optional<Problem> problem;
};

// Reads a whole (small) file; on failure appends "file: cannot read file: reason" and returns nullopt.
std::optional<QByteArray> readFile(const QString &path, Problems &problems);

// Reads every document of a YAML file. Never throws.
LoadResult loadFile(const QString &path);
LoadResult loadString(const QByteArray &text, const QString &pathForMessages);

// Type tests that are safe on a missing key: yaml-cpp throws from IsMap() on a node that
// operator[] returned for a key that does not exist.
inline bool isMap(const YAML::Node &node)
{
    return node.IsDefined() && node.IsMap();
}
inline bool isSeq(const YAML::Node &node)
{
    return node.IsDefined() && node.IsSequence();
}
inline bool isScalar(const YAML::Node &node)
{
    return node.IsDefined() && node.IsScalar();
}

// 1-based line of a node, 0 when yaml-cpp does not know it.
int lineOf(const YAML::Node &node);

QString str(const YAML::Node &node, const QString &fallback = {});
QStringList strList(const YAML::Node &node);
std::optional<double> number(const YAML::Node &node);

// Warns about map keys not in `known`, naming file and line of each.
void warnUnknownKeys(const YAML::Node &map, std::initializer_list<const char *> known, const QString &file,
                     const QString &context, Problems &out);

} // namespace sre::yaml
