#pragma once

#include "searchservice.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QListView;
class QStandardItemModel;

namespace sre {

// The search box (Ctrl+K): one line across runbooks, postmortems and alerts ("rb:", "pm:",
// "alert:" narrow it), results as you type with the matches highlighted, driven by the keyboard
// alone (Up/Down/Page Up/Page Down, Enter opens, Escape closes). Sits over the top of the window.
class SearchPalette final : public QFrame
{
    Q_OBJECT
public:
    SearchPalette(SearchService &service, QWidget *window);

    // Shows the palette with `text` in the box (selected, so typing replaces it).
    void popup(const QString &text = {});
    void dismiss();
    QLineEdit *edit() const { return m_edit; }
    QListView *list() const { return m_list; }
    // Hits shown now, in order (section headers not counted).
    const std::vector<SearchService::Hit> &hits() const { return m_hits; }
    // True once the results of what is typed are shown and the index is built.
    bool isSettled() const;
    // Activates the hit in the selected row.
    void activateCurrent();

signals:
    void activated(const sre::SearchService::Hit &hit);
    void settled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextChanged(const QString &text);
    void showResults(const SearchService::Results &results);
    void moveSelection(int delta);
    void place();
    void updateStatus();

    SearchService &m_service;
    QLineEdit *m_edit;
    QListView *m_list;
    QLabel *m_status;
    QStandardItemModel *m_model;
    std::vector<SearchService::Hit> m_hits;
    quint64 m_waitingFor = 0;
    QString m_progress;
};

} // namespace sre
