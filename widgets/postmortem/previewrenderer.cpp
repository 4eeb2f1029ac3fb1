#include "previewrenderer.h"

#include "futurechain.h"
#include "markdownview.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextDocument>
#include <QThread>
#include <memory>

namespace sre {

PreviewRenderer::PreviewRenderer(MarkdownView *view)
    : QObject(view)
    , m_view(view)
{ }

PreviewRenderer::~PreviewRenderer() = default;

QString PreviewRenderer::withoutComments(const QString &markdown)
{
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->\\n?"),
                                            QRegularExpression::DotMatchesEverythingOption);
    QString out = markdown;
    return out.remove(comment);
}

void PreviewRenderer::request(const QString &markdown)
{
    if (m_busy) {
        m_pending = markdown; // coalesced: only the latest text waits
        return;
    }
    start(markdown);
}

void PreviewRenderer::start(const QString &markdown)
{
    m_busy = true;
    QThread *gui = QCoreApplication::instance()->thread();
    QPointer<PreviewRenderer> self(this);
    fut::then(fut::run([markdown, gui] {
                  auto *doc = new QTextDocument;
                  constexpr auto features = static_cast<QTextDocument::MarkdownFeature>(
                      QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML);
                  doc->setMarkdown(withoutComments(markdown), features);
                  doc->moveToThread(gui);
                  return doc;
              }),
              [self](QTextDocument *rendered) {
                  // Owned by the queued call until finished() takes it: a render that is never delivered
                  // (the renderer is gone, or the application quits with the call still queued or after
                  // QCoreApplication::instance() became null) is deleted with the call, not leaked.
                  auto doc = std::make_shared<std::unique_ptr<QTextDocument>>(rendered);
                  // Always queued, also when the render finished before this continuation was attached
                  // (then() would run it right away, inside request()).
                  QMetaObject::invokeMethod(
                      QCoreApplication::instance(),
                      [self, doc] {
                          if (self)
                              self->finished(doc->release());
                      },
                      Qt::QueuedConnection);
              });
}

void PreviewRenderer::finished(QTextDocument *document)
{
    ++m_renders;
    if (m_view) {
        // Keep the reader's place across renders.
        QScrollBar *bar = m_view->verticalScrollBar();
        const double ratio = bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0;
        document->setParent(m_view); // images resolve through MarkdownView::loadResource
        document->setDefaultFont(m_view->font());
        m_view->setDocument(document);
        delete std::exchange(m_document, document);
        bar->setValue(int(ratio * bar->maximum()));
    } else {
        delete document;
    }
    m_busy = false;
    if (m_pending) {
        const QString next = *std::exchange(m_pending, std::nullopt);
        start(next);
    } else {
        emit rendered();
    }
}

} // namespace sre
