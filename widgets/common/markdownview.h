#pragma once

#include <QStringList>
#include <QTextBrowser>

namespace sre {

// Shows a Markdown document safely: nothing remote is ever fetched, images load only from local
// files under the allowed roots, raw HTML is shown as text and never run, and http(s) links open
// in the system browser only when clicked. Runbook extras: front matter as a compact header, Hugo
// shortcodes and <details> shown as labels, headings with GitHub anchors, and a Copy link above
// every code block.
class MarkdownView final : public QTextBrowser
{
    Q_OBJECT
public:
    struct Heading
    {
        int level = 0;
        QString text;
        QString anchor;
    };

    explicit MarkdownView(QWidget *parent = nullptr);

    void setAllowedRoots(const QStringList &roots);
    // Whether `path` lies under the allowed roots, symlinks followed.
    bool isAllowed(const QString &path) const;
    void showMarkdown(const QByteArray &markdown, const QString &filePath);
    void showMessage(const QString &text);
    QString file() const { return m_file; }

    const QList<Heading> &headings() const { return m_headings; }
    // The text of each code block, in order (what its Copy link copies).
    const QStringList &codeBlocks() const { return m_codeBlocks; }
    // Scrolls so the heading (or explicit anchor) named `anchor` is at the top; false if none.
    bool goToAnchor(const QString &anchor);

    QVariant loadResource(int type, const QUrl &name) override;

    static QString copyScheme() { return QStringLiteral("sre-copy"); }

signals:
    void localLinkActivated(const QString &path, const QString &fragment);
    void linkRefused(const QString &link, const QString &reason);
    void codeCopied(int index);

private:
    void onAnchorClicked(const QUrl &url);
    void decorate(const QList<std::pair<QString, QString>> &meta);

    QStringList m_roots;
    QString m_file;
    QList<Heading> m_headings;
    QStringList m_codeBlocks;
};

} // namespace sre
