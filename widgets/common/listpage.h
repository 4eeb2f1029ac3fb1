#pragma once

#include <QWidget>

class QLabel;
class QSplitter;

namespace sre {

class FilterTable;

// A page of the sidebar: a title line with a summary, a filterable table, and an optional
// detail pane beside it.
class ListPage : public QWidget
{
    Q_OBJECT
public:
    explicit ListPage(const QString &title, QWidget *parent = nullptr);

    FilterTable *table() const { return m_table; }
    void setSummary(const QString &text);
    void setDetail(QWidget *detail);
    QSplitter *splitter() const { return m_splitter; }

private:
    QLabel *m_title;
    QLabel *m_summary;
    FilterTable *m_table;
    QSplitter *m_splitter;
};

} // namespace sre
