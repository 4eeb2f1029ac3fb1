#include "yamlutil.h"

#include <QCoreApplication>
#include <QFile>

namespace sre::yaml {

namespace {
// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::yaml)
};
} // namespace

LoadResult loadString(const QByteArray &text, const QString &pathForMessages)
{
    LoadResult result;
    try {
        result.documents = YAML::LoadAll(text.toStdString());
    } catch (const YAML::Exception &e) {
        result.problem = Problem::error(pathForMessages, e.mark.is_null() ? 0 : e.mark.line + 1,
                                        Tr::tr("invalid YAML: %1").arg(QString::fromStdString(e.msg)));
    }
    return result;
}

std::optional<QByteArray> readFile(const QString &path, Problems &problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems << Problem::error(path, 0, Tr::tr("cannot read file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

LoadResult loadFile(const QString &path)
{
    Problems problems;
    const std::optional<QByteArray> bytes = readFile(path, problems);
    if (!bytes) {
        LoadResult result;
        result.problem = problems.front();
        return result;
    }
    return loadString(*bytes, path);
}

int lineOf(const YAML::Node &node)
{
    if (!node.IsDefined())
        return 0;
    const YAML::Mark mark = node.Mark();
    return mark.is_null() ? 0 : mark.line + 1;
}

QString str(const YAML::Node &node, const QString &fallback)
{
    if (!node || !isScalar(node))
        return fallback;
    return QString::fromStdString(node.Scalar());
}

QStringList strList(const YAML::Node &node)
{
    QStringList out;
    if (!node)
        return out;
    if (isScalar(node)) {
        out << str(node);
    } else if (isSeq(node)) {
        for (const auto &item : node)
            if (isScalar(item))
                out << str(item);
    }
    return out;
}

std::optional<double> number(const YAML::Node &node)
{
    if (!node || !isScalar(node))
        return std::nullopt;
    bool ok = false;
    const double value = QString::fromStdString(node.Scalar()).trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

void warnUnknownKeys(const YAML::Node &map, std::initializer_list<const char *> known, const QString &file,
                     const QString &context, Problems &out)
{
    if (!isMap(map))
        return;
    for (const auto &entry : map) {
        const std::string key = entry.first.as<std::string>("");
        const bool isKnown = std::any_of(known.begin(), known.end(), [&](const char *k) { return key == k; });
        if (!isKnown)
            out << Problem::warning(file, lineOf(entry.first),
                                    Tr::tr("unknown key \"%1\" in %2").arg(QString::fromStdString(key), context));
    }
}

} // namespace sre::yaml
