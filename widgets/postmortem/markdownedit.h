#pragma once

#include "lint.h"

#include <QPlainTextEdit>
#include <QSyntaxHighlighter>
#include <optional>

namespace sre {

// Headings, emphasis, code, links, list markers, table rows and guidance comments.
class MarkdownHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit MarkdownHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

// One finding placed in the editor's text: block number and span in that block.
struct PlacedFinding
{
    pm::Finding finding;
    int block = -1;
    int column = 0; // 0-based
    int length = 0;
};

// A quick fix for a finding: a label and the text that replaces the flagged span, or an action
// the editor performs (sorting the timeline, jumping to a table cell).
struct QuickFix
{
    QString label;
    std::optional<QString> replacement;
    QString command; // "sort-timeline", … handled by the editor
    int offset = 0; // the part of the flagged span replaced: from offset, `length` units (-1: to the end)
    int length = -1;
};

// The Markdown text of a postmortem: highlighted, findings underlined with their suggestion as
// tooltip and quick fixes in the context menu and on Ctrl+. .
class MarkdownEdit final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit MarkdownEdit(QWidget *parent = nullptr);

    void setFindings(const QList<PlacedFinding> &findings);
    const QList<PlacedFinding> &findings() const { return m_findings; }
    // The finding under a text cursor position, or nullptr.
    const PlacedFinding *findingAt(int position) const;
    static QList<QuickFix> quickFixes(const pm::Finding &finding);
    void applyQuickFix(const PlacedFinding &placed, const QuickFix &fix);
    void goToBlock(int block, int column = 0);
    // The quick-fix menu of the finding at the cursor (Ctrl+.).
    void showQuickFixMenu();

signals:
    void commandRequested(const QString &command, const pm::Finding &finding);

protected:
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void addQuickFixActions(QMenu *menu, const PlacedFinding &placed);
    void updateSelections();

    QList<PlacedFinding> m_findings;
};

} // namespace sre
