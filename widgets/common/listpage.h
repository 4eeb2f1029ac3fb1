#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QVBoxLayout;
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
    // Widgets at the right end of the title line (refresh buttons, time pickers).
    void addHeaderWidget(QWidget *widget);
    // A full-width widget between the title line and the table (banners).
    void addBanner(QWidget *banner);

private:
    QLabel *m_title;
    QLabel *m_summary;
    FilterTable *m_table;
    QSplitter *m_splitter;
    QHBoxLayout *m_header;
    QVBoxLayout *m_layout;
};

} // namespace sre
