#include "listpage.h"

#include "filtertable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace sre {

ListPage::ListPage(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_summary(new QLabel(this))
    , m_table(new FilterTable(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setTextFormat(Qt::PlainText);

    m_header = new QHBoxLayout;
    m_header->addWidget(m_title);
    m_header->addSpacing(12);
    m_header->addWidget(m_summary, 1, Qt::AlignBottom);

    m_splitter->addWidget(m_table);
    m_splitter->setChildrenCollapsible(false);

    m_layout = new QVBoxLayout(this);
    m_layout->addLayout(m_header);
    m_layout->addWidget(m_splitter, 1);
}

void ListPage::addHeaderWidget(QWidget *widget)
{
    m_header->addWidget(widget, 0, Qt::AlignVCenter);
}

void ListPage::addBanner(QWidget *banner)
{
    m_layout->insertWidget(m_layout->count() - 1, banner);
}

void ListPage::setSummary(const QString &text)
{
    m_summary->setText(text);
}

void ListPage::setDetail(QWidget *detail)
{
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({ 820, 400 });
}

} // namespace sre
