#pragma once

#include <QObject>
#include <QPointer>
#include <optional>

class QTextDocument;

namespace sre {

class MarkdownView;

// Renders Markdown into a MarkdownView off the GUI thread: the text is parsed into a
// QTextDocument on the thread pool and handed to the view. One render is in flight at a time;
// text that arrives meanwhile replaces any text still waiting, so fast typing costs one render
// per finished one, not one per keystroke.
class PreviewRenderer final : public QObject
{
    Q_OBJECT
public:
    explicit PreviewRenderer(MarkdownView *view);
    ~PreviewRenderer() override;

    void request(const QString &markdown);
    bool isIdle() const { return !m_busy && !m_pending; }
    int renderCount() const { return m_renders; }

    // Guidance comments are for the writer; the preview shows what readers see.
    static QString withoutComments(const QString &markdown);

signals:
    void rendered();

private:
    void start(const QString &markdown);
    void finished(QTextDocument *document);

    QPointer<MarkdownView> m_view;
    QTextDocument *m_document = nullptr;
    bool m_busy = false;
    std::optional<QString> m_pending;
    int m_renders = 0;
};

} // namespace sre
