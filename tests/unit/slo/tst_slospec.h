#pragma once

#include "slospec.h"

#include <QObject>
#include <QString>
#include <QStringList>

// Loading SLO specs in every supported format, the problems malformed specs give, and the PromQL
// built from a spec.
class TestSloSpec final : public QObject
{
    Q_OBJECT

private slots:
    // tst_slospec_formats.cpp
    void seedFile();
    void seedFileLines();
    void formats_data();
    void formats();
    void fields_data();
    void fields();
    void demoWorkspace();

    // tst_slospec_problems.cpp
    void malformed_data();
    void malformed();
    void duplicatesAcrossFiles();
    void latencyThreshold_data();
    void latencyThreshold();
    void unreadableFile();

    // tst_slospec_queries.cpp
    void bucketQueries_data();
    void bucketQueries();
    void sliQuery_data();
    void sliQuery();
    void promqlText_data();
    void promqlText();
};

namespace sloTest {

inline QString dataFile(const QString &name)
{
    return QStringLiteral(SRE_SOURCE_DIR "/tests/unit/slo/data/") + name;
}

inline QString seedFile()
{
    return QStringLiteral(SRE_SOURCE_DIR "/tests/data/seed/slo-definition.yaml");
}

inline QStringList ids(const sre::slo::SpecFileResult &result)
{
    QStringList out;
    for (const auto &spec : result.slos)
        out << spec.id();
    return out;
}

inline QString problemsText(const sre::Problems &problems)
{
    QStringList out;
    for (const auto &p : problems)
        out << p.toString();
    return out.join(QLatin1Char('\n'));
}

inline const sre::slo::SloSpec *find(const sre::slo::SpecFileResult &result, const QString &id)
{
    for (const auto &spec : result.slos) {
        if (spec.id() == id)
            return &spec;
    }
    return nullptr;
}

} // namespace sloTest
