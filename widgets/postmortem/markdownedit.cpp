#include "markdownedit.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QRegularExpression>
#include <QTextBlock>
#include <QToolTip>

namespace sre {

namespace {
QTextCharFormat charFormat(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

enum BlockState { Normal = 0, InComment = 1, InFence = 2 };
} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    static const QTextCharFormat heading = charFormat(QColor(0x1a, 0x56, 0xa8), true);
    static const QTextCharFormat comment = charFormat(QColor(0x6a, 0x73, 0x7d), false, true);
    static const QTextCharFormat code = charFormat(QColor(0x8e, 0x24, 0xaa));
    static const QTextCharFormat marker = charFormat(QColor(0xb2, 0x54, 0x00), true);
    static const QTextCharFormat link = charFormat(QColor(0x0b, 0x6e, 0x4f));
    static const QTextCharFormat table = charFormat(QColor(0x45, 0x5a, 0x64));
    static const QRegularExpression emphasis(QStringLiteral(R"((\*\*|__)(?=\S)(.+?)(?<=\S)\1)"));
    static const QRegularExpression inlineCode(QStringLiteral("`[^`]+`"));
    static const QRegularExpression links(QStringLiteral(R"(\[[^\]]*\]\([^)]*\)|https?://\S+)"));
    static const QRegularExpression listMarker(QStringLiteral(R"(^\s*([-*+]|\d+[.)])\s)"));

    const int previous = std::max(previousBlockState(), 0);
    const QString trimmed = text.trimmed();
    if (previous == InFence) {
        setFormat(0, int(text.size()), code);
        setCurrentBlockState(
            trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~")) ? Normal : InFence);
        return;
    }
    if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"))) {
        setFormat(0, int(text.size()), code);
        setCurrentBlockState(InFence);
        return;
    }
    setCurrentBlockState(Normal);
    if (trimmed.startsWith(QLatin1Char('#'))) {
        setFormat(0, int(text.size()), heading);
    } else if (trimmed.startsWith(QLatin1Char('|'))) {
        setFormat(0, int(text.size()), table);
    } else {
        if (const auto m = listMarker.match(text); m.hasMatch())
            setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), marker);
        for (auto it = emphasis.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            QTextCharFormat bold = charFormat(QColor(0x24, 0x29, 0x2e), true);
            setFormat(int(m.capturedStart()), int(m.capturedLength()), bold);
        }
        for (auto it = links.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), link);
        }
        for (auto it = inlineCode.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), code);
        }
    }
    // Guidance comments, possibly over several lines.
    int from = previous == InComment ? 0 : int(text.indexOf(QLatin1String("<!--")));
    while (from >= 0) {
        const int end = int(text.indexOf(QLatin1String("-->"), previous == InComment && from == 0 ? 0 : from + 4));
        if (end < 0) {
            setFormat(from, int(text.size()) - from, comment);
            setCurrentBlockState(InComment);
            return;
        }
        setFormat(from, end + 3 - from, comment);
        from = int(text.indexOf(QLatin1String("<!--"), end + 3));
    }
}

MarkdownEdit::MarkdownEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    new MarkdownHighlighter(document());
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    auto *fix = new QAction(tr("Quick Fix"), this);
    fix->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    fix->setShortcutContext(Qt::WidgetShortcut);
    connect(fix, &QAction::triggered, this, &MarkdownEdit::showQuickFixMenu);
    addAction(fix);
}

void MarkdownEdit::setFindings(const QList<PlacedFinding> &findings)
{
    m_findings = findings;
    updateSelections();
}

void MarkdownEdit::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const PlacedFinding &f : m_findings) {
        const QTextBlock block = document()->findBlockByNumber(f.block);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(block);
        if (f.length > 0) {
            s.cursor.setPosition(block.position() + f.column);
            s.cursor.setPosition(block.position() + std::min(f.column + f.length, int(block.length()) - 1),
                                 QTextCursor::KeepAnchor);
        } else {
            s.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        }
        const bool language = f.finding.kind == pm::Finding::Kind::Language;
        if (f.finding.isHint()) { // a style hint: a quiet dotted line, not the red wave of a finding
            s.format.setUnderlineStyle(QTextCharFormat::DotLine);
            s.format.setUnderlineColor(QColor(0x54, 0x6e, 0x7a));
        } else {
            s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            s.format.setUnderlineColor(language ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xef, 0x8f, 0x00));
        }
        s.format.setToolTip(f.finding.suggestion());
        selections << s;
    }
    setExtraSelections(selections);
}

const PlacedFinding *MarkdownEdit::findingAt(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    const int column = position - block.position();
    for (const PlacedFinding &f : m_findings)
        if (f.block == block.blockNumber() && (f.length == 0 || (column >= f.column && column <= f.column + f.length)))
            return &f;
    return nullptr;
}

QList<QuickFix> MarkdownEdit::quickFixes(const pm::Finding &f)
{
    QList<QuickFix> fixes;
    const QString rule = f.rule;
    if (rule.startsWith(QLatin1String("simplifying")))
        fixes.append({ tr("Remove \"%1\"").arg(f.text), QString(), {} });
    if (rule == u"person-blame") {
        // The name is the subject ("Alice broke", "Aliceが…") or the agent ("caused by Bob").
        static const QRegularExpression subject(QStringLiteral(R"(^([\p{L}][\p{L}'’.-]*?)(?:'s|’s|が|は|の|\s|$))"));
        static const QRegularExpression agent(QStringLiteral(R"(\s([\p{L}][\p{L}.-]*)$)"));
        const bool byAgent = f.text.startsWith(QLatin1String("caused by"), Qt::CaseInsensitive)
            || f.text.startsWith(QLatin1String("due to"), Qt::CaseInsensitive);
        const QRegularExpressionMatch m = (byAgent ? agent : subject).match(f.text);
        const bool japanese = std::any_of(f.text.cbegin(), f.text.cend(), [](QChar c) { return c.unicode() > 0x2e80; });
        const QString role = japanese ? QStringLiteral("オンコール担当者") : QStringLiteral("the on-call engineer");
        if (m.hasMatch() && !m.captured(1).isEmpty())
            fixes.append({ tr("Name the role, not the person: \"%1\" → \"%2\"").arg(m.captured(1), role),
                           role,
                           {},
                           int(m.capturedStart(1)),
                           int(m.capturedLength(1)) });
    }
    static const QList<std::pair<QString, QString>> failed
        = { { QStringLiteral("failed to"), QStringLiteral("did not") },
            { QStringLiteral("fails to"), QStringLiteral("does not") },
            { QStringLiteral("fail to"), QStringLiteral("do not") } };
    for (const auto &[phrase, plain] : failed)
        if (rule == u"failed-to" && f.text.compare(phrase, Qt::CaseInsensitive) == 0)
            fixes.append({ tr("Say what happened: \"%1\"").arg(plain), plain, {} });
    if (rule.startsWith(QLatin1String("timeline-order")))
        fixes.append({ tr("Sort the timeline by time"), std::nullopt, QStringLiteral("sort-timeline") });
    if (rule == u"action-item-owner")
        fixes.append(
            { tr("Name an owner in the action items table"), std::nullopt, QStringLiteral("edit-action-item") });
    if (rule == u"action-item-due")
        fixes.append(
            { tr("Set a due date in the action items table"), std::nullopt, QStringLiteral("edit-action-item") });
    return fixes;
}

void MarkdownEdit::applyQuickFix(const PlacedFinding &placed, const QuickFix &fix)
{
    if (!fix.replacement) {
        emit commandRequested(fix.command, placed.finding);
        return;
    }
    const QTextBlock block = document()->findBlockByNumber(placed.block);
    if (!block.isValid() || placed.length == 0)
        return;
    QTextCursor c(document());
    int from = block.position() + placed.column + fix.offset;
    int to = fix.length < 0 ? block.position() + placed.column + placed.length : from + fix.length;
    // Removing a word takes one of the spaces around it too.
    if (fix.replacement->isEmpty() && block.text().mid(placed.column + placed.length, 1) == u" ")
        ++to;
    c.setPosition(from);
    c.setPosition(to, QTextCursor::KeepAnchor);
    c.insertText(*fix.replacement); // one undo step
    setTextCursor(c);
}

void MarkdownEdit::addQuickFixActions(QMenu *menu, const PlacedFinding &placed)
{
    const pm::Finding &f = placed.finding;
    QAction *title = menu->addAction(QStringLiteral("%1: %2").arg(f.rule, f.suggestion()));
    title->setEnabled(false);
    for (const QuickFix &fix : quickFixes(f))
        menu->addAction(fix.label, this, [this, placed, fix] { applyQuickFix(placed, fix); });
    if (!f.note.isEmpty())
        menu->addAction(tr("Why?"), this, [this, f] { QToolTip::showText(QCursor::pos(), f.note, this); });
}

void MarkdownEdit::showQuickFixMenu()
{
    const PlacedFinding *placed = findingAt(textCursor().position());
    if (!placed)
        return;
    QMenu menu(this);
    addQuickFixActions(&menu, *placed);
    menu.exec(viewport()->mapToGlobal(cursorRect().bottomLeft()));
}

void MarkdownEdit::goToBlock(int block, int column)
{
    const QTextBlock b = document()->findBlockByNumber(block);
    if (!b.isValid())
        return;
    QTextCursor c(b);
    c.setPosition(b.position() + std::min(column, int(b.length()) - 1));
    setTextCursor(c);
    centerCursor();
    setFocus();
}

bool MarkdownEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint pos = viewport()->mapFromGlobal(help->globalPos());
        if (const PlacedFinding *f = findingAt(cursorForPosition(pos).position())) {
            QString tip = QStringLiteral("<b>%1</b> — %2")
                              .arg(f->finding.text.toHtmlEscaped(),
                                   f->finding.suggestions.join(QStringLiteral("; ")).toHtmlEscaped());
            if (!f->finding.note.isEmpty())
                tip += QStringLiteral("<p>%1</p>").arg(f->finding.note.toHtmlEscaped());
            tip += QStringLiteral("<p><i>%1</i></p>").arg(tr("Ctrl+. for a quick fix").toHtmlEscaped());
            QToolTip::showText(help->globalPos(), tip, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QPlainTextEdit::event(event);
}

void MarkdownEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    if (const PlacedFinding *f = findingAt(cursorForPosition(event->pos()).position())) {
        QAction *first = menu->actions().value(0);
        QMenu fixes;
        addQuickFixActions(&fixes, *f);
        for (QAction *a : fixes.actions())
            menu->insertAction(first, a);
        menu->insertSeparator(first);
        menu->exec(event->globalPos());
        delete menu;
        return;
    }
    menu->exec(event->globalPos());
    delete menu;
}

} // namespace sre
