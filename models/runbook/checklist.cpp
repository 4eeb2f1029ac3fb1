#include "checklist.h"

#include "frontmatter.h"
#include "markdown.h"
#include "markdown_p.h"

#include <QHash>
#include <QRegularExpression>
#include <optional>

namespace sre::rb {

QString ChecklistStep::plainText() const
{
    QString t = md::headingPlainText(text);
    t.remove(QStringLiteral("**"));
    return t;
}

std::vector<ChecklistStep> checklistSteps(const QByteArray &fileText)
{
    static const QRegularExpression task(QStringLiteral("^\\s{0,12}[-*+]\\s+\\[([ xX])\\]\\s+(.+?)\\s*$"));
    static const QRegularExpression numbered(QStringLiteral("^\\s{0,12}\\d{1,3}[.)]\\s+(.+?)\\s*$"));
    static const QRegularExpression heading(QStringLiteral("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$"));
    std::vector<ChecklistStep> steps;
    const FrontMatter fm = splitFrontMatter(fileText);
    std::optional<md::Fence> fence;
    bool inComment = false;
    QString section;
    QHash<QString, int> seen;
    int lineNo = fm.bodyFirstLine - 1;
    const QList<QByteArray> lines = fm.body.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &bytes = lines[i];
        ++lineNo;
        if (fence) {
            if (md::closes(*fence, bytes))
                fence.reset();
            continue;
        }
        if (const auto f = md::fenceOf(bytes)) {
            fence = f;
            continue;
        }
        QString line = QString::fromUtf8(bytes);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (inComment) {
            if (line.contains(QStringLiteral("-->")))
                inComment = false;
            continue;
        }
        if (line.trimmed().startsWith(QStringLiteral("<!--")) && !line.contains(QStringLiteral("-->"))) {
            inComment = true;
            continue;
        }
        if (const auto m = heading.match(line); m.hasMatch()) {
            section = md::headingPlainText(m.captured(1));
            continue;
        }
        ChecklistStep step;
        if (const auto m = task.match(line); m.hasMatch()) {
            step.task = true;
            step.checkedInFile = m.captured(1) != u" ";
            step.text = m.captured(2);
        } else if (const auto n = numbered.match(line); n.hasMatch()) {
            step.text = n.captured(1);
        } else {
            continue;
        }
        step.line = lineNo;
        // Continuation lines of the item (indented, up to a blank line or the next item).
        while (i + 1 < lines.size()) {
            const QString next = QString::fromUtf8(lines[i + 1]).trimmed();
            const bool indented = lines[i + 1].startsWith(' ') || lines[i + 1].startsWith('\t');
            if (next.isEmpty() || !indented || md::fenceOf(lines[i + 1]) || task.match(next).hasMatch()
                || numbered.match(next).hasMatch() || next.startsWith(u'-') || next.startsWith(u'*'))
                break;
            step.text += u' ' + next;
            ++i;
            ++lineNo;
        }
        step.section = section;
        step.number = int(steps.size()) + 1;
        const QString base = md::githubSlug(section) + u'/' + step.text.simplified();
        const int repeat = seen[base]++;
        step.key = repeat == 0 ? base : base + u'#' + QString::number(repeat + 1);
        steps.push_back(std::move(step));
    }
    return steps;
}

} // namespace sre::rb
