#pragma once

#include <QStringList>
#include <QTextBrowser>

namespace sre {

// Shows a Markdown document safely: nothing remote is ever fetched, images load only from local
// files under the allowed roots, raw HTML is shown as text and never run, and http(s) links open
// in the system browser only when clicked.
class MarkdownView final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit MarkdownView(QWidget *parent = nullptr);

    void setAllowedRoots(const QStringList &roots);
    void showMarkdown(const QByteArray &markdown, const QString &filePath);
    void showMessage(const QString &text);

    QVariant loadResource(int type, const QUrl &name) override;

signals:
    void localLinkActivated(const QString &path, const QString &fragment);
    void linkRefused(const QString &link, const QString &reason);

private:
    void onAnchorClicked(const QUrl &url);
    bool isAllowed(const QString &path) const;

    QStringList m_roots;
    QString m_file;
};

} // namespace sre
