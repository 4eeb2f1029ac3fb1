#include "incidentimpact.h"

#include "budgetreport.h"
#include "duration.h"
#include "futurechain.h"
#include "sloengine.h"

#include <QRegularExpression>

#include <algorithm>

namespace sre::reports {

namespace {

bool isJapanese(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30ff) || (u >= 0x4e00 && u <= 0x9fff))
            return true;
    }
    return false;
}

// "the 30-day error budget" / "30日間のエラーバジェット", after the window the share is of.
QString budgetName(const slo::SloSpec &spec, const IntervalImpact &impact, bool ja)
{
    if (spec.calendar) {
        switch (spec.calendar->period) {
        case slo::CalendarWindow::Period::Week:
            return ja ? QStringLiteral("週間エラーバジェット") : QStringLiteral("the weekly error budget");
        case slo::CalendarWindow::Period::Month:
            return ja ? QStringLiteral("月間エラーバジェット") : QStringLiteral("the monthly error budget");
        case slo::CalendarWindow::Period::Quarter:
            return ja ? QStringLiteral("四半期のエラーバジェット") : QStringLiteral("the quarterly error budget");
        }
    }
    const qint64 seconds = impact.budgetLength.count();
    if (seconds > 0 && seconds % 86400 == 0) {
        const qint64 days = seconds / 86400;
        return ja ? QStringLiteral("%1日間のエラーバジェット").arg(days)
                  : QStringLiteral("the %1-day error budget").arg(days);
    }
    const QString w = formatDuration(std::chrono::duration_cast<std::chrono::milliseconds>(impact.budgetLength));
    return ja ? QStringLiteral("%1 のエラーバジェット").arg(w) : QStringLiteral("the %1 error budget").arg(w);
}

QString percentText(double fraction, int decimals)
{
    return QString::number(fraction * 100.0, 'f', decimals) + QStringLiteral(" %");
}

QString impactLine(const ImpactResult &r, const QString &timezone, bool ja)
{
    const IntervalImpact &i = r.impact;
    const QString objective = formatPercent(r.spec.objective, 3)
                                  .replace(QRegularExpression(QStringLiteral("\\.?0+ %$")), QStringLiteral(" %"));
    QString line = QStringLiteral("- **%1** (").arg(r.spec.id())
        + (ja ? QStringLiteral("目標 %1、ウィンドウ %2): ") : QStringLiteral("objective %1, window %2): "))
              .arg(objective, slo::windowText(r.spec));
    if (r.error)
        return line
            + (ja ? QStringLiteral("Prometheus から取得できませんでした (%1)")
                  : QStringLiteral("Prometheus could not answer (%1)"))
                  .arg(r.error->toString());
    const QString from = formatTime(i.counted.start, timezone);
    const QString to = formatTime(i.counted.end, timezone);
    if (!i.hasData())
        return line
            + (ja ? QStringLiteral("%1〜%2 のイベントなし (データなし)")
                  : QStringLiteral("no events from %1 to %2 (no data)"))
                  .arg(from, to);
    line += (ja ? QStringLiteral("%1〜%2 の不良イベント %3 件 / 全 %4 件 (%5)。")
                : QStringLiteral("%3 bad of %4 events (%5) from %1 to %2. "))
                .arg(from, to, formatCount(i.badEvents), formatCount(i.totalEvents),
                     percentText(i.errorRatio.value_or(0), 2));
    if (!i.budgetShare)
        return line
            + (ja ? QStringLiteral("消費: ウィンドウにデータなし") : QStringLiteral("Consumed: no data in the window"));
    if (i.windowDataFrom)
        line += (ja ? QStringLiteral("(ウィンドウのデータは %1 以降のみ。許容量はその期間のトラフィックから) ")
                    : QStringLiteral("(The window has data only from %1; the allowance is from that traffic.) "))
                    .arg(formatTime(*i.windowDataFrom, timezone));
    return line
        + (ja ? QStringLiteral("消費: %1の %2 (許容不良イベント %3 件)")
              : QStringLiteral("Consumed: %2 of %1 (%3 allowed bad events)"))
              .arg(budgetName(r.spec, i, ja), percentText(*i.budgetShare, 1), formatCount(i.allowedBadEvents));
}

QStringList impactHeadings()
{
    return { QStringLiteral("Impact"), QStringLiteral("影響"), QStringLiteral("User impact"),
             QStringLiteral("ユーザー影響"), QStringLiteral("Customer impact") };
}

} // namespace

QString documentLanguage(const pm::PostmortemDocument &doc, const QString &templateLanguage)
{
    if (!templateLanguage.isEmpty())
        return templateLanguage.startsWith(QStringLiteral("ja")) ? QStringLiteral("ja") : QStringLiteral("en");
    for (const pm::OutlineEntry &e : doc.outline())
        if (isJapanese(e.heading))
            return QStringLiteral("ja");
    return QStringLiteral("en");
}

QString impactMarkdown(const PostmortemImpact &impact, const QString &language, const QString &timezone)
{
    const bool ja = language == u"ja";
    QString md = QString::fromLatin1(kImpactBegin) + QLatin1Char('\n');
    md += ja ? QStringLiteral("**SLO データから算出** (5分バケット単位、開始〜解決):\n\n")
             : QStringLiteral("**From the SLO data** (5-minute buckets, started to resolved):\n\n");
    for (const ImpactResult &r : impact.slos)
        md += impactLine(r, timezone, ja) + QLatin1Char('\n');
    for (const QString &id : impact.unknownSlos)
        md += QStringLiteral("- **%1**: ").arg(id)
            + (ja ? QStringLiteral("ワークスペースにない SLO") : QStringLiteral("not an SLO of the workspace"))
            + QLatin1Char('\n');
    if (impact.slos.isEmpty() && impact.unknownSlos.isEmpty())
        md += ja ? QStringLiteral("- SLO が指定されていません (`slos:`)\n")
                 : QStringLiteral("- the postmortem names no SLO (`slos:`)\n");
    md += QString::fromLatin1(kImpactEnd);
    return md;
}

QByteArray withImpactSection(const QByteArray &documentBytes, const pm::TableHeadings &headings, const QString &block,
                             const QString &language)
{
    pm::PostmortemDocument doc = pm::PostmortemDocument::parse(documentBytes, headings);
    const qsizetype index = doc.findSection(impactHeadings());
    if (index < 0) {
        doc.appendSection(2, language == u"ja" ? QStringLiteral("影響") : QStringLiteral("Impact"),
                          block + QLatin1Char('\n'));
        return doc.toBytes();
    }
    QString body = doc.section(index).body();
    const QString begin = QString::fromLatin1(kImpactBegin);
    const QString end = QString::fromLatin1(kImpactEnd);
    const qsizetype b = body.indexOf(begin);
    const qsizetype e = b < 0 ? -1 : body.indexOf(end, b);
    if (b >= 0 && e >= 0) {
        body.replace(b, e + end.size() - b, block);
    } else {
        qsizetype contentEnd = body.size();
        while (contentEnd > 0 && body.at(contentEnd - 1).isSpace())
            --contentEnd;
        const QString trailing = body.mid(contentEnd);
        body = body.left(contentEnd) + (contentEnd > 0 ? QStringLiteral("\n\n") : QString()) + block
            + (trailing.contains(QLatin1Char('\n')) ? trailing : QStringLiteral("\n") + trailing);
    }
    doc.setSectionBody(index, body);
    return doc.toBytes();
}

QFuture<PostmortemImpact> computePostmortemImpact(SloEngine &engine, const pm::Postmortem &postmortem,
                                                  const std::vector<slo::SloSpec> &workspaceSlos, qint64 now)
{
    PostmortemImpact base;
    base.postmortemId = postmortem.id;
    base.incident = incidentSpan(postmortem, now);
    QList<QFuture<ImpactResult>> futures;
    if (base.incident.start > 0) {
        for (const slo::SloSpec &s : workspaceSlos)
            if (postmortemConcerns(postmortem, s))
                futures << computeImpact(engine, s, base.incident, now);
    }
    for (const QString &id : postmortem.slos) {
        const bool known = std::any_of(workspaceSlos.cbegin(), workspaceSlos.cend(),
                                       [&](const slo::SloSpec &s) { return s.id() == id; });
        if (!known)
            base.unknownSlos << id;
    }
    if (futures.isEmpty())
        return QtFuture::makeReadyFuture(base);
    const QStringList order = postmortem.slos;
    return fut::then(fut::whenAll(futures), [base, order](const QList<QFuture<ImpactResult>> &done) {
        PostmortemImpact out = base;
        for (const QFuture<ImpactResult> &f : done)
            out.slos << f.result();
        std::stable_sort(out.slos.begin(), out.slos.end(), [&](const ImpactResult &a, const ImpactResult &b) {
            return order.indexOf(a.spec.id()) < order.indexOf(b.spec.id());
        });
        return out;
    });
}

QFuture<ImpactUpdate> impactFromSlos(SloEngine &engine, const QByteArray &documentBytes,
                                     const pm::TableHeadings &headings, const QString &templateLanguage,
                                     const QString &timezone, const std::vector<slo::SloSpec> &workspaceSlos,
                                     qint64 now)
{
    const pm::PostmortemDocument doc = pm::PostmortemDocument::parse(documentBytes, headings);
    const pm::Postmortem postmortem = doc.metadata().postmortem;
    const QString language = documentLanguage(doc, templateLanguage);
    return fut::then(computePostmortemImpact(engine, postmortem, workspaceSlos, now),
                     [documentBytes, headings, language, timezone](const PostmortemImpact &impact) {
                         ImpactUpdate out;
                         out.impact = impact;
                         out.block = impactMarkdown(impact, language, timezone);
                         out.documentBytes = withImpactSection(documentBytes, headings, out.block, language);
                         for (const ImpactResult &r : impact.slos)
                             if (r.error)
                                 out.errors << r.spec.id() + QStringLiteral(": ") + r.error->toString();
                         return out;
                     });
}

} // namespace sre::reports
