#pragma once

#include "document.h"
#include "intervalimpact.h"

#include <QFuture>
#include <QList>

namespace sre {
class SloEngine;
}

// "Impact from SLOs" for a postmortem: for each linked SLO, the bad events between started and
// resolved and the share of the window's error budget they consumed, as Markdown for the Impact
// section (replacing the block a previous run wrote), computed through intervalImpact().
namespace sre::reports {

struct PostmortemImpact
{
    QString postmortemId;
    slo::TimeRange incident; // started → resolved (mitigated, or now)
    QList<ImpactResult> slos; // in the order of the postmortem's `slos:`
    QStringList unknownSlos; // named by the postmortem but not in the workspace
};

// The markers around the generated block; everything between them is replaced on the next run.
inline constexpr char kImpactBegin[] = "<!-- sre-console:impact-from-slos -->";
inline constexpr char kImpactEnd[] = "<!-- /sre-console:impact-from-slos -->";

// "ja" when the document is written in Japanese (its template says so, or its headings are in
// Japanese), "en" otherwise. The generated text follows the document, not the UI language.
QString documentLanguage(const pm::PostmortemDocument &doc, const QString &templateLanguage = {});

// The block (markers included) in `language` ("en" or "ja"), times in `timezone`.
QString impactMarkdown(const PostmortemImpact &impact, const QString &language, const QString &timezone);

// The document's bytes with the block written into its Impact section (影響 in Japanese): the
// previous block replaced, or appended to the section, or a new section at the end when there is
// none. Other text of the section is kept as it is.
QByteArray withImpactSection(const QByteArray &documentBytes, const pm::TableHeadings &headings, const QString &block,
                             const QString &language);

// The SLOs a postmortem names, evaluated through the engine over [started, resolved).
QFuture<PostmortemImpact> computePostmortemImpact(SloEngine &engine, const pm::Postmortem &postmortem,
                                                  const std::vector<slo::SloSpec> &workspaceSlos, qint64 now);

// For the postmortem editor's "Impact from SLOs": the document (its current, possibly unsaved
// bytes) with the Impact section updated. Runs on the engine's threads; the engine must outlive
// the future. `templateLanguage` is the template's `language:` (empty: guessed from headings).
struct ImpactUpdate
{
    QByteArray documentBytes; // the whole document, Impact section rewritten
    PostmortemImpact impact;
    QString block; // the Markdown written
    QStringList errors; // one line per SLO Prometheus could not answer for (the block says so too)
};
QFuture<ImpactUpdate> impactFromSlos(SloEngine &engine, const QByteArray &documentBytes,
                                     const pm::TableHeadings &headings, const QString &templateLanguage,
                                     const QString &timezone, const std::vector<slo::SloSpec> &workspaceSlos,
                                     qint64 now);

} // namespace sre::reports
