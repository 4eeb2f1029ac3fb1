#include "markdownview.h"

#include "frontmatter.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>

namespace sre {

MarkdownView::MarkdownView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &MarkdownView::onAnchorClicked);
}

void MarkdownView::setAllowedRoots(const QStringList &roots)
{
    m_roots.clear();
    for (const QString &root : roots)
        m_roots << QDir::cleanPath(QFileInfo(root).absoluteFilePath());
}

bool MarkdownView::isAllowed(const QString &path) const
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return false;
    return std::any_of(m_roots.cbegin(), m_roots.cend(), [&](const QString &root) {
        const QString r = QFileInfo(root).canonicalFilePath();
        return !r.isEmpty() && (canonical == r || canonical.startsWith(r + QLatin1Char('/')));
    });
}

void MarkdownView::showMarkdown(const QByteArray &markdown, const QString &filePath)
{
    m_file = filePath;
    setSearchPaths({ QFileInfo(filePath).absolutePath() });
    const FrontMatter fm = splitFrontMatter(markdown);
    // MarkdownNoHTML: raw HTML in a runbook is shown as text, never interpreted.
    constexpr auto features = static_cast<QTextDocument::MarkdownFeature>(QTextDocument::MarkdownDialectGitHub
                                                                          | QTextDocument::MarkdownNoHTML);
    document()->setMarkdown(QString::fromUtf8(fm.body), features);
}

void MarkdownView::showMessage(const QString &text)
{
    m_file.clear();
    setPlainText(text);
}

QVariant MarkdownView::loadResource(int type, const QUrl &name)
{
    // Only local images under the roots; never the network, never anything else.
    if (type != QTextDocument::ImageResource || (!name.isLocalFile() && !name.isRelative()))
        return {};
    const QString path
        = name.isLocalFile() ? name.toLocalFile() : QFileInfo(m_file).absoluteDir().filePath(name.path());
    if (!isAllowed(path))
        return {};
    return QImage(path);
}

void MarkdownView::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() == u"http" || url.scheme() == u"https") {
        QDesktopServices::openUrl(url);
        return;
    }
    if (!url.scheme().isEmpty() && !url.isLocalFile()) {
        emit linkRefused(url.toString(), tr("links of type \"%1\" are not opened").arg(url.scheme()));
        return;
    }
    if (url.path().isEmpty()) { // same-document anchor
        scrollToAnchor(url.fragment());
        return;
    }
    const QString path
        = url.isLocalFile() ? url.toLocalFile() : QDir::cleanPath(QFileInfo(m_file).absoluteDir().filePath(url.path()));
    if (!isAllowed(path)) {
        emit linkRefused(url.toString(), tr("%1 is outside the runbook folders").arg(path));
        return;
    }
    emit localLinkActivated(path, url.fragment());
}

} // namespace sre
