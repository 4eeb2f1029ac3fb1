#include "figures.h"

#include "document.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sre::pm {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::pm)
};

std::optional<qint64> span(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return std::nullopt;
    return from.secsTo(to);
}
} // namespace

DerivedFigures derivedFigures(const Postmortem &p)
{
    DerivedFigures f;
    f.timeToDetect = span(p.started, p.detected);
    f.timeToMitigate = span(p.started, p.mitigated);
    f.timeToResolve = span(p.started, p.resolved);
    f.impactDuration = span(p.started, p.resolved.isValid() ? p.resolved : p.mitigated);
    return f;
}

QString formatDuration(qint64 seconds)
{
    const qint64 days = seconds / 86400, hours = seconds % 86400 / 3600, minutes = seconds % 3600 / 60;
    if (days > 0)
        return hours > 0 ? Tr::tr("%1d %2h").arg(days).arg(hours) : Tr::tr("%1d").arg(days);
    if (hours > 0)
        return minutes > 0 ? Tr::tr("%1h %2m").arg(hours).arg(minutes) : Tr::tr("%1h").arg(hours);
    if (minutes > 0)
        return Tr::tr("%1m").arg(minutes);
    return Tr::tr("%1s").arg(seconds);
}

QString formatDuration(const std::optional<qint64> &seconds)
{
    return seconds ? formatDuration(*seconds) : QStringLiteral("–");
}

bool writeDerivedFigures(PostmortemDocument &doc, const DerivedFigures &f, bool japanese)
{
    struct Figure
    {
        QString en, ja;
        std::optional<qint64> value;
    };
    const QList<Figure> figures = {
        { QStringLiteral("Time to detect"), QStringLiteral("検知までの時間"), f.timeToDetect },
        { QStringLiteral("Time to mitigate"), QStringLiteral("緩和までの時間"), f.timeToMitigate },
        { QStringLiteral("Time to resolve"), QStringLiteral("解決までの時間"), f.timeToResolve },
        { QStringLiteral("Impact duration"), QStringLiteral("影響時間"), f.impactDuration },
    };
    bool changed = false;
    QList<bool> written(figures.size(), false);
    for (qsizetype s = 0; s < doc.sectionCount(); ++s) {
        const QString body = doc.section(s).body();
        QStringList lines = body.split(QLatin1Char('\n'));
        bool sectionChanged = false;
        for (QString &line : lines) {
            for (qsizetype i = 0; i < figures.size(); ++i) {
                if (!figures[i].value)
                    continue;
                const QRegularExpression re(
                    QStringLiteral(R"(^(\s*[-*]\s+\*\*(?:%1|%2)\*\*\s*[:：]\s*)(.*)$)")
                        .arg(QRegularExpression::escape(figures[i].en), QRegularExpression::escape(figures[i].ja)),
                    QRegularExpression::CaseInsensitiveOption);
                const QRegularExpressionMatch m = re.match(line);
                if (!m.hasMatch())
                    continue;
                written[i] = true;
                const QString value = formatDuration(*figures[i].value);
                if (m.captured(2).trimmed() != value) {
                    line = m.captured(1) + value;
                    sectionChanged = true;
                }
            }
        }
        if (sectionChanged) {
            doc.setSectionBody(s, lines.join(QLatin1Char('\n')));
            changed = true;
        }
    }
    QStringList missing;
    for (qsizetype i = 0; i < figures.size(); ++i)
        if (figures[i].value && !written[i])
            missing << QStringLiteral("- **%1**: %2")
                           .arg(japanese ? figures[i].ja : figures[i].en, formatDuration(*figures[i].value));
    if (missing.isEmpty())
        return changed;
    qsizetype impact = doc.findSection(QStringList { QStringLiteral("Impact"), QStringLiteral("影響") });
    if (impact < 0)
        impact = doc.appendSection(2, japanese ? QStringLiteral("影響") : QStringLiteral("Impact"));
    QString body = doc.section(impact).body();
    // After the guidance comment that opens the section, if there is one.
    qsizetype at = 0;
    QString block = missing.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (body.trimmed().startsWith(QLatin1String("<!--"))) {
        const qsizetype end = body.indexOf(QLatin1String("-->"));
        const qsizetype eol = end < 0 ? -1 : body.indexOf(QLatin1Char('\n'), end);
        at = eol < 0 ? body.size() : eol + 1;
        block.prepend(QLatin1Char('\n'));
    } else if (body.startsWith(QLatin1Char('\n'))) {
        at = 1; // keep the blank line under the heading
    }
    if (at == body.size())
        block += QLatin1Char('\n'); // a blank line before the next heading
    body.insert(at, block);
    doc.setSectionBody(impact, body);
    return true;
}

} // namespace sre::pm
