#pragma once

#include "listpage.h"

#include <memory>

class QComboBox;
class QListWidget;
class QToolButton;

namespace sre {
namespace ws {
class Workspace;
}
class MarkdownView;
class PostmortemFilter;
struct PostmortemChecker;

// Every postmortem of the workspace, filtered by status, severity, service and period and
// searched as you type, with a preview of the selected one and its blameless-language and
// completeness findings, and "New from template".
class PostmortemList final : public ListPage
{
    Q_OBJECT
public:
    explicit PostmortemList(ws::Workspace &workspace, QWidget *parent = nullptr);
    ~PostmortemList() override;

    void newPostmortem();
    QString currentId() const;
    PostmortemFilter *filter() const { return m_filter; }
    std::shared_ptr<const PostmortemChecker> checker() const { return m_checker; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *severityBox() const { return m_severity; }
    QComboBox *serviceBox() const { return m_service; }
    QComboBox *periodBox() const { return m_period; }

signals:
    // Enter or double-click on a row, or a postmortem just created from a template.
    void editRequested(const QString &file);
    // The blameless rules and templates, loaded off the GUI thread (again when they change).
    void checkerChanged(std::shared_ptr<const PostmortemChecker> checker);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Every column fits its contents; the title takes the width that is left and elides, so
    // the table never grows wider than its pane.
    void fitColumns();
    void showCurrent();
    void updateSummary();
    void updateChoices();
    void reloadChecker();
    void checkCurrent();

    ws::Workspace &m_workspace;
    PostmortemFilter *m_filter;
    QComboBox *m_status;
    QComboBox *m_severity;
    QComboBox *m_service;
    QComboBox *m_period;
    MarkdownView *m_preview;
    QListWidget *m_findings;
    QToolButton *m_new;
    std::shared_ptr<const PostmortemChecker> m_checker;
    quint64 m_generation = 0;
};

} // namespace sre
