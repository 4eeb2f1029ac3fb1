#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QTimer;
class QToolButton;
class QTreeWidget;
class QSplitter;
class QTabWidget;

namespace sre {

class MarkdownView;

// Reads runbooks: the rendered file, an outline of its headings, back and forward through what
// was read (Alt+Left / Alt+Right), links between runbooks followed in place, and a message bar
// that says why a link was not followed.
class RunbookBrowser final : public QWidget
{
    Q_OBJECT
public:
    explicit RunbookBrowser(QWidget *parent = nullptr);

    void setAllowedRoots(const QStringList &roots);
    // Shows `path`, scrolled to `anchor` when there is one; a new step in the history.
    void open(const QString &path, const QString &anchor = {});
    void back();
    void forward();
    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_history.size(); }
    QString currentFile() const;
    MarkdownView *view() const { return m_view; }
    QTreeWidget *outline() const { return m_outline; }
    QString message() const;
    // Widgets at the right end of the toolbar (the page adds "Start checklist").
    void addToolWidget(QWidget *widget);
    // Re-reads the current file (it changed on disk), keeping the scroll position.
    void reload();
    // The tabs beside the text: the outline, and what the page adds (the checklist).
    QTabWidget *sideTabs() const { return m_side; }
    // Gives the side tabs at least `width` pixels, taken from the text.
    void widenSide(int width);
    // A line above the text for a while: why a link was not followed, what a click did.
    void showMessage(const QString &text);

signals:
    void currentFileChanged(const QString &path);

private:
    struct Entry
    {
        QString path;
        QString anchor;
        int scroll = 0;
    };
    void display(const Entry &entry);
    void rememberScroll();
    void updateButtons();

    MarkdownView *m_view;
    QTreeWidget *m_outline;
    QTabWidget *m_side;
    QSplitter *m_splitter;
    QToolButton *m_back;
    QToolButton *m_forward;
    QLabel *m_title;
    QLabel *m_message;
    QTimer *m_messageTimer;
    QHBoxLayout *m_tools;
    QList<Entry> m_history;
    qsizetype m_index = -1;
};

} // namespace sre
