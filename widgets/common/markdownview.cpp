#include "markdownview.h"

#include "display.h"
#include "markdown.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

namespace sre {

namespace {
// Hugo and GitHub Pages sites link to pages, not files: "../kubepodnotready/", "x.html", "X"
// for x.md. The Markdown file such a link stands for, or `path` itself when none is found.
QString markdownFileFor(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return path;
    QStringList candidates;
    QString base = QDir::cleanPath(path);
    if (base.endsWith(QStringLiteral(".html")))
        base.chop(5);
    candidates << base + QStringLiteral(".md");
    for (const char *index : { "_index.md", "index.md", "README.md" })
        candidates << base + u'/' + QLatin1String(index);
    for (const QString &c : std::as_const(candidates))
        if (QFileInfo(c).isFile())
            return c;
    // Lower-cased names (prometheus-operator's runbook URLs): match the file name ignoring case.
    const QFileInfo baseInfo(base);
    const QString wanted = baseInfo.fileName().endsWith(QStringLiteral(".md"), Qt::CaseInsensitive)
        ? baseInfo.fileName()
        : baseInfo.fileName() + QStringLiteral(".md");
    const QDir dir = baseInfo.dir();
    for (const QString &entry : dir.entryList({ QStringLiteral("*.md") }, QDir::Files))
        if (entry.compare(wanted, Qt::CaseInsensitive) == 0)
            return dir.filePath(entry);
    return path;
}

bool isCode(const QTextBlock &block)
{
    return block.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage)
        || block.blockFormat().hasProperty(QTextFormat::BlockCodeFence);
}
} // namespace

MarkdownView::MarkdownView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setDocumentMargin(12);
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
    const rb::md::DisplayDocument doc = rb::md::displayDocument(markdown);
    // MarkdownNoHTML: raw HTML in a runbook is shown as text, never interpreted.
    constexpr auto features = static_cast<QTextDocument::MarkdownFeature>(QTextDocument::MarkdownDialectGitHub
                                                                          | QTextDocument::MarkdownNoHTML);
    document()->setMarkdown(doc.markdown, features);
    decorate(doc.meta);
    verticalScrollBar()->setValue(0);
}

void MarkdownView::decorate(const QList<std::pair<QString, QString>> &meta)
{
    m_headings.clear();
    m_codeBlocks.clear();
    QTextDocument *doc = document();

    // Headings get the anchors GitHub gives them, so "#diagnosis" links and the outline work.
    QHash<QString, int> slugCount;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        const int level = b.blockFormat().headingLevel();
        if (level <= 0 || isCode(b))
            continue;
        const QString text = b.text().trimmed();
        const QString base = rb::md::githubSlug(text);
        QString slug = base;
        while (slugCount.contains(slug))
            slug = base + u'-' + QString::number(++slugCount[base]);
        slugCount.insert(slug, 0);
        QTextCursor c(b);
        c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat f;
        f.setAnchor(true);
        f.setAnchorNames({ slug });
        c.mergeCharFormat(f);
        m_headings.append({ level, text, slug });
    }

    // Code blocks: a tinted background and a Copy link above each.
    struct CodeRun
    {
        int firstPosition;
        QString text;
    };
    QList<CodeRun> runs;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (!isCode(b))
            continue;
        const bool continues = b.previous().isValid() && isCode(b.previous()) && !runs.isEmpty();
        QString text = b.text();
        text.replace(QChar::LineSeparator, u'\n');
        if (continues)
            runs.last().text += u'\n' + text;
        else
            runs.append({ b.position(), text });
        QTextCursor c(b);
        QTextBlockFormat bf = b.blockFormat();
        bf.setBackground(palette().alternateBase());
        bf.setLeftMargin(std::max(bf.leftMargin(), 8.0));
        c.setBlockFormat(bf);
    }
    for (const CodeRun &r : std::as_const(runs)) {
        QString text = r.text;
        while (text.endsWith(u'\n'))
            text.chop(1);
        m_codeBlocks << text;
    }
    QTextCursor edit(doc);
    edit.beginEditBlock();
    for (qsizetype i = runs.size() - 1; i >= 0; --i) {
        QTextCursor c(doc);
        c.setPosition(runs[i].firstPosition);
        c.insertBlock(); // the code moves down into the new block; this one becomes the Copy line
        c.movePosition(QTextCursor::PreviousBlock);
        QTextBlockFormat plain;
        plain.setAlignment(Qt::AlignRight);
        plain.setTopMargin(6);
        c.setBlockFormat(plain);
        QTextCharFormat link;
        link.setAnchor(true);
        link.setAnchorHref(copyScheme() + u':' + QString::number(i));
        link.setForeground(palette().link());
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        link.setFont(small);
        c.insertText(tr("Copy"), link);
    }

    // Front matter: one compact, tinted block of "key value" pairs above the text.
    if (!meta.isEmpty()) {
        QTextCursor c(doc);
        c.movePosition(QTextCursor::Start);
        c.insertBlock();
        c.movePosition(QTextCursor::PreviousBlock);
        QTextBlockFormat bf;
        bf.setBackground(palette().alternateBase());
        bf.setBottomMargin(8);
        bf.setLeftMargin(0);
        c.setBlockFormat(bf);
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        QTextCharFormat key;
        key.setFont(small);
        key.setForeground(palette().placeholderText());
        QTextCharFormat value;
        value.setFont(small);
        value.setForeground(palette().text());
        for (qsizetype i = 0; i < meta.size(); ++i) {
            if (i > 0)
                c.insertText(QStringLiteral("   "), value);
            c.insertText(meta[i].first + QStringLiteral(": "), key);
            c.insertText(meta[i].second, value);
        }
    }
    edit.endEditBlock();
}

bool MarkdownView::goToAnchor(const QString &anchor)
{
    if (anchor.isEmpty())
        return false;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isAnchor() && f.anchorNames().contains(anchor)) {
                const QRectF r = document()->documentLayout()->blockBoundingRect(b);
                verticalScrollBar()->setValue(int(r.top()));
                return true;
            }
        }
    }
    return false;
}

void MarkdownView::showMessage(const QString &text)
{
    m_file.clear();
    m_headings.clear();
    m_codeBlocks.clear();
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
    if (url.scheme() == copyScheme()) {
        bool ok = false;
        const int index = url.path().toInt(&ok);
        if (ok && index >= 0 && index < m_codeBlocks.size()) {
            QApplication::clipboard()->setText(m_codeBlocks[index]);
            emit codeCopied(index);
        }
        return;
    }
    if (url.scheme() == u"http" || url.scheme() == u"https") {
        QDesktopServices::openUrl(url);
        return;
    }
    if (!url.scheme().isEmpty() && !url.isLocalFile()) {
        emit linkRefused(url.toString(), tr("links of type \"%1\" are not opened").arg(url.scheme()));
        return;
    }
    if (url.path().isEmpty()) { // same-document anchor
        if (!goToAnchor(url.fragment()))
            emit linkRefused(url.toString(), tr("there is no heading \"#%1\" in this runbook").arg(url.fragment()));
        return;
    }
    const QString written
        = url.isLocalFile() ? url.toLocalFile() : QDir::cleanPath(QFileInfo(m_file).absoluteDir().filePath(url.path()));
    // Refuse what leaves the roots as written, before looking for files there.
    if (QFileInfo::exists(written) && !isAllowed(written)) {
        emit linkRefused(url.toString(),
                         tr("%1 is outside the runbook folders").arg(QDir::toNativeSeparators(written)));
        return;
    }
    const QString path = markdownFileFor(written);
    if (!QFileInfo::exists(path)) {
        emit linkRefused(url.toString(), tr("%1 does not exist").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!isAllowed(path)) {
        emit linkRefused(url.toString(), tr("%1 is outside the runbook folders").arg(QDir::toNativeSeparators(path)));
        return;
    }
    emit localLinkActivated(path, url.fragment());
}

} // namespace sre
