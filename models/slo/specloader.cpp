// loadSpecFile(): detects the format of each YAML document and hands it to its reader.
#include "slospec.h"
#include "specparse.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace sre::slo {

namespace {

using detail::child;
using detail::ParseContext;
using detail::text;

enum class Format { Native, Sloth, SlothCrd, OpenSlo, Pyrra, ConfigMap, KubernetesList, Seed, Unknown };

Format detect(const YAML::Node &doc)
{
    if (!doc.IsMap())
        return Format::Unknown;
    const QString apiVersion = text(doc, "apiVersion");
    const QString kind = text(doc, "kind");
    if (apiVersion == u"sre-console/v1")
        return Format::Native;
    if (text(doc, "version") == u"prometheus/v1")
        return Format::Sloth;
    if (apiVersion.startsWith(u"sloth.slok.dev/") && kind == u"PrometheusServiceLevel")
        return Format::SlothCrd;
    if (apiVersion.startsWith(u"openslo/"))
        return Format::OpenSlo;
    if (apiVersion.startsWith(u"pyrra.dev/") && kind == u"ServiceLevelObjective")
        return Format::Pyrra;
    if (kind == u"ConfigMap")
        return Format::ConfigMap;
    if (kind == u"List" && child(doc, "items").IsSequence())
        return Format::KubernetesList;
    if (apiVersion.isEmpty() && child(doc, "service").IsDefined() && child(doc, "slos").IsDefined())
        return Format::Seed;
    return Format::Unknown;
}

class Loader final
{
public:
    Loader(QString file, const QByteArray &text)
        : m_file(std::move(file))
        , m_text(text)
        , m_lines(text.split('\n'))
    { }

    void load()
    {
        ParseContext ctx(m_file, &m_result.problems);
        readAll(ctx, m_text, true);
        for (SloSpec &spec : m_result.slos)
            detail::groupByFromQueries(spec);
        std::stable_sort(m_result.slos.begin(), m_result.slos.end(),
                         [](const SloSpec &a, const SloSpec &b) { return a.line < b.line; });
        dropDuplicates();
        if (m_result.slos.empty() && m_result.problems.isEmpty())
            m_result.problems << Problem::warning(m_file, 0,
                                                  QCoreApplication::translate("sre::slo", "the file contains no SLO"));
    }

    SpecFileResult take() { return std::move(m_result); }

private:
    void readAll(ParseContext &ctx, const QByteArray &text, bool outer)
    {
        Problems local;
        // Lines of text embedded in a ConfigMap are counted from where it starts in the file.
        yaml::interpret(
            text, m_file, local,
            [&](const yaml::Documents &documents) {
                for (const YAML::Node &doc : documents)
                    readDocument(ctx, doc, outer);
                // OpenSLO objects refer to each other across documents: resolved once all are read.
                if (outer)
                    m_openSlo.finish(m_result.slos);
            },
            ctx.lineOffset() + 1);
        for (Problem &p : local) {
            // The classic mistake: `latency: { histogram: h{job="x"}, ... }` (a selector's braces
            // inside a flow map) needs quotes.
            if (p.message.contains(QStringLiteral("flow")))
                p.message += QCoreApplication::translate("sre::slo",
                                                         " (a selector with { } inside a { ... } map "
                                                         "must be quoted)");
            ctx.add(p);
        }
    }

    void readDocument(ParseContext &ctx, const YAML::Node &doc, bool outer)
    {
        if (!doc.IsDefined() || doc.IsNull())
            return;
        try {
            if (doc.IsSequence()) {
                for (const YAML::Node &item : doc)
                    readDocument(ctx, item, outer);
                return;
            }
            dispatch(ctx, doc, outer);
        } catch (const std::exception &e) {
            // yaml-cpp throws on shapes the readers did not foresee; report, never propagate.
            ctx.error(doc,
                      QCoreApplication::translate("sre::slo", "cannot read this document: %1")
                          .arg(QString::fromStdString(e.what())));
        }
    }

    void dispatch(ParseContext &ctx, const YAML::Node &doc, bool outer)
    {
        switch (detect(doc)) {
        case Format::Native: return detail::readServiceSlos(ctx, doc, QStringLiteral("native"), m_result.slos);
        case Format::Sloth: return detail::readServiceSlos(ctx, doc, QStringLiteral("sloth"), m_result.slos);
        case Format::SlothCrd:
            return detail::readServiceSlos(ctx, child(doc, "spec"), QStringLiteral("sloth"), m_result.slos);
        case Format::Seed: return detail::readServiceSlos(ctx, doc, QStringLiteral("seed"), m_result.slos);
        case Format::OpenSlo: return m_openSlo.addDocument(ctx, doc);
        case Format::Pyrra: return detail::readPyrra(ctx, doc, m_result.slos);
        case Format::KubernetesList:
            for (const YAML::Node &item : child(doc, "items"))
                readDocument(ctx, item, outer);
            return;
        case Format::ConfigMap:
            if (outer)
                return readConfigMap(ctx, doc);
            break;
        case Format::Unknown: break;
        }
        const QString apiVersion = text(doc, "apiVersion");
        if (apiVersion.startsWith(u"sre-console/"))
            ctx.error(child(doc, "apiVersion"),
                      QCoreApplication::translate("sre::slo", "unsupported apiVersion %1: expected sre-console/v1")
                          .arg(apiVersion));
        else
            ctx.error(doc,
                      QCoreApplication::translate("sre::slo",
                                                  "not an SLO spec: expected apiVersion "
                                                  "sre-console/v1, Sloth, OpenSLO, Pyrra, or "
                                                  "service:+slos:"));
    }

    // `data: { slo.yaml: | ... }`: the embedded text is read as its own file, with its lines mapped
    // back into this one so that problems point where the user can find them.
    void readConfigMap(ParseContext &ctx, const YAML::Node &doc)
    {
        const YAML::Node data = child(doc, "data");
        bool found = false;
        if (data.IsMap()) {
            for (const auto &entry : data) {
                const QString key = QString::fromStdString(entry.first.as<std::string>(""));
                if (!key.endsWith(u".yaml") && !key.endsWith(u".yml"))
                    continue;
                found = true;
                ParseContext inner = ctx.shifted(embeddedOffset(ctx.line(entry.second)));
                readAll(inner, QByteArray::fromStdString(entry.second.as<std::string>("")), false);
            }
        }
        if (!found)
            ctx.error(doc,
                      QCoreApplication::translate("sre::slo",
                                                  "not an SLO spec: a ConfigMap without a "
                                                  "data entry named *.yaml"));
    }

    // A block scalar (`slo.yaml: |`) starts on the line after its indicator; a quoted or plain
    // scalar on the line of the key.
    int embeddedOffset(int valueLine) const
    {
        static const QRegularExpression blockIndicator(QStringLiteral(R"([|>][-+0-9]*\s*(#.*)?$)"));
        if (valueLine <= 0 || valueLine > m_lines.size())
            return 0;
        const QString line = QString::fromUtf8(m_lines.at(valueLine - 1)).trimmed();
        return blockIndicator.match(line).hasMatch() ? valueLine : valueLine - 1;
    }

    void dropDuplicates()
    {
        const Problems duplicates = findDuplicateIds(m_result.slos);
        if (duplicates.isEmpty())
            return;
        m_result.problems << duplicates;
        QSet<QString> seen;
        std::erase_if(m_result.slos, [&](const SloSpec &s) {
            const bool dup = seen.contains(s.id());
            seen.insert(s.id());
            return dup;
        });
    }

    QString m_file;
    QByteArray m_text;
    QList<QByteArray> m_lines;
    SpecFileResult m_result;
    detail::OpenSloReader m_openSlo;
};

} // namespace

SpecFileResult loadSpecText(const QByteArray &text, const QString &pathForMessages)
{
    Loader loader(pathForMessages, text);
    loader.load();
    return loader.take();
}

SpecFileResult loadSpecFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        SpecFileResult result;
        result.problems << Problem::error(
            path, 0, QCoreApplication::translate("sre::slo", "cannot read file: %1").arg(file.errorString()));
        return result;
    }
    return loadSpecText(file.readAll(), path);
}

Problems findDuplicateIds(const std::vector<SloSpec> &specs)
{
    Problems problems;
    QHash<QString, const SloSpec *> first;
    for (const SloSpec &spec : specs) {
        const auto it = first.constFind(spec.id());
        if (it == first.constEnd()) {
            first.insert(spec.id(), &spec);
            continue;
        }
        const SloSpec &earlier = **it;
        const QString where = earlier.file == spec.file
            ? QCoreApplication::translate("sre::slo", "line %1").arg(earlier.line)
            : QStringLiteral("%1:%2").arg(earlier.file).arg(earlier.line);
        problems << Problem::error(spec.file, spec.line,
                                   QCoreApplication::translate("sre::slo",
                                                               "duplicate SLO id \"%1\": already "
                                                               "defined at %2")
                                       .arg(spec.id(), where));
    }
    return problems;
}

std::optional<QString> validateLatencyThreshold(double threshold, const std::vector<double> &bucketBounds)
{
    std::vector<double> bounds;
    std::copy_if(bucketBounds.cbegin(), bucketBounds.cend(), std::back_inserter(bounds),
                 [](double b) { return std::isfinite(b); });
    std::sort(bounds.begin(), bounds.end());
    for (double b : bounds) {
        if (std::abs(b - threshold) <= 1e-9 * std::max(1.0, std::abs(b)))
            return std::nullopt;
    }
    QStringList written;
    for (double b : bounds)
        written << QString::number(b);
    if (bounds.empty())
        return QCoreApplication::translate("sre::slo",
                                           "latency threshold %1 cannot be checked: the histogram has "
                                           "no finite buckets")
            .arg(threshold);
    const auto upper = std::upper_bound(bounds.cbegin(), bounds.cend(), threshold);
    QString nearest;
    if (upper == bounds.cbegin())
        nearest = QString::number(*upper);
    else if (upper == bounds.cend())
        nearest = QString::number(bounds.back());
    else
        nearest = QStringLiteral("%1, %2").arg(*(upper - 1)).arg(*upper);
    return QCoreApplication::translate("sre::slo",
                                       "latency threshold %1 is not a bucket boundary of the "
                                       "histogram (le = %2); the SLI can only be computed at a "
                                       "boundary: use %3")
        .arg(QString::number(threshold), written.join(QStringLiteral(", ")), nearest);
}

} // namespace sre::slo
