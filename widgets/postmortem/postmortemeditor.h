#pragma once

#include "document.h"
#include "editbuffer.h"
#include "lint.h"

#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace sre {
namespace ws {
class Workspace;
}
class HeaderForm;
class MarkdownEdit;
class MarkdownView;
class PreviewRenderer;
class TableEditor;
class RecoveryStore;
struct PostmortemChecker;

// Edits one postmortem file: the front matter as a form, the timeline and action items as
// tables, the rest as Markdown with a live preview, an outline and the blameless checker's
// findings. Never loses a word: typing is copied to a recovery file a few seconds after it
// stops, saves are atomic, and a change on disk by someone else is noticed.
class PostmortemEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit PostmortemEditor(ws::Workspace &workspace, QWidget *parent = nullptr);
    ~PostmortemEditor() override;

    // Opens `file`; when a recovery file holds unsaved text for it, offers to restore it.
    bool open(const QString &file, QString *error = nullptr);
    QString file() const { return m_file; }
    bool isModified() const;
    bool save(QString *error = nullptr);
    // Asks to save unsaved changes; false when the user cancels.
    bool maybeClose();
    void setChecker(std::shared_ptr<const PostmortemChecker> checker);
    void setRecoveryStore(std::shared_ptr<RecoveryStore> store);

    QByteArray currentBytes() const { return m_buffer.toBytes(); }
    MarkdownEdit *textEdit() const { return m_text; }
    HeaderForm *form() const { return m_form; }
    TableEditor *timelineEditor() const { return m_timeline; }
    TableEditor *actionItemsEditor() const { return m_actions; }
    QTreeWidget *findingsView() const { return m_findingsView; }
    PreviewRenderer *preview() const { return m_renderer; }
    QWidget *banner() const { return m_banner; }
    // The file or its folder cannot be written (a read-only workspace): shown, not editable.
    bool isReadOnly() const { return m_readOnly; }
    QLabel *readOnlyBanner() const { return m_readOnlyBanner; }
    pm::Findings findings() const { return m_findings; }
    // Preview rendered and findings checked for the current text (screenshots wait for it).
    bool isSettled() const;
    // Restores the recovered text the banner offers (the "Restore" button).
    void restoreRecovery();
    void autosaveNow();
    void writeFigures();

    // For the integrator: the actions beside Save. "Impact from SLOs" and "Export…" stay disabled
    // until something is connected to their signals and enableExtraActions() is called.
    QPushButton *impactButton() const { return m_impact; }
    QPushButton *exportButton() const { return m_export; }
    void enableExtraActions(bool impact, bool exportFile);
    pm::TableHeadings tableHeadings() const { return headings(); }
    // The `language:` of the postmortem's template ("" when unknown).
    QString templateLanguage() const;
    // Replaces the document with `bytes` as one undoable edit (only the span that differs).
    void applyDocument(const QByteArray &bytes);

signals:
    void closeRequested();
    void saved(const QString &file);
    void settled();
    void impactRequested(const QString &file);
    void exportRequested(const QString &file);

private:
    void load(const QByteArray &bytes);
    void onTextChanged();
    void changed();
    void reparse();
    void runCheck();
    void showFindings(const pm::Findings &findings);
    void updateState();
    void editDocument(const std::function<bool(pm::PostmortemDocument &)> &edit);
    void patchBody(const QString &text);
    void checkDisk();
    void updateChoices();
    void showBanner(const QString &text, const QList<std::pair<QString, std::function<void()>>> &buttons);
    void hideBanner();
    void setReadOnly(const QString &why);
    void compare(const QByteArray &disk);
    // To the text, or for an action item's owner/due finding (`rule`) to the table cell.
    void jumpToLine(int line, int column, const QString &rule = {});
    QString bodyText() const;
    pm::TableHeadings headings() const;

    ws::Workspace &m_workspace;
    QString m_file;
    pm::EditBuffer m_buffer;
    QByteArray m_diskBytes; // the file's bytes as last loaded or saved
    QByteArray m_ignoredDisk; // a version on disk the user chose to keep theirs over
    QByteArray m_recovered;
    std::shared_ptr<const PostmortemChecker> m_checker;
    std::shared_ptr<RecoveryStore> m_recovery;
    pm::Findings m_findings;
    quint64 m_checkGeneration = 0;
    bool m_checked = false;
    bool m_loading = false;
    bool m_readOnly = false;

    QLabel *m_heading;
    QLabel *m_state;
    QPushButton *m_save;
    QPushButton *m_impact;
    QPushButton *m_export;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QList<QPushButton *> m_bannerButtons;
    QLabel *m_readOnlyBanner;
    HeaderForm *m_form;
    QLabel *m_figures;
    QTreeWidget *m_outline;
    QTabWidget *m_tabs;
    MarkdownEdit *m_text;
    TableEditor *m_timeline;
    TableEditor *m_actions;
    MarkdownView *m_preview;
    PreviewRenderer *m_renderer;
    QTreeWidget *m_findingsView;
    QTimer m_autosave;
    QTimer m_reparse;
    QTimer m_check;
};

} // namespace sre
