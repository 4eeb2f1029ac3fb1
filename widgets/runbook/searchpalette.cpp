#include "searchpalette.h"

#include "searchindex.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTextOption>
#include <QVBoxLayout>
#include <cmath>
#include <optional>

namespace sre {

namespace {
enum Role {
    TitleHtmlRole = Qt::UserRole + 1,
    SnippetHtmlRole,
    HeaderRole,
    HitIndexRole,
    DetailRole,
};

// HTML-escapes first, then turns the match markers into highlight tags.
QString marked(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(rb::kMarkOpen, QStringLiteral("<b style=\"background-color:#ffe58f; color:#000\">"));
    html.replace(rb::kMarkClose, QStringLiteral("</b>"));
    return html;
}

// Two lines per hit: title (the matched name highlighted) with details in grey, then the snippet.
class HitDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const bool header = index.data(HeaderRole).toBool();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        opt.text.clear();
        if (header)
            opt.state &= ~(QStyle::State_Selected | QStyle::State_MouseOver);
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const bool selected = opt.state & QStyle::State_Selected;
        const QColor text = selected ? opt.palette.highlightedText().color() : opt.palette.text().color();
        const QColor dim = selected ? text : opt.palette.placeholderText().color();
        QString html = index.data(TitleHtmlRole).toString();
        const QString snippet = index.data(SnippetHtmlRole).toString();
        const QString detail = index.data(DetailRole).toString();
        if (header)
            html = QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>").arg(dim.name(), html);
        if (!detail.isEmpty())
            html += QStringLiteral("&nbsp;&nbsp;<small style=\"color:%1\">%2</small>").arg(dim.name(), detail);
        if (!header && !snippet.isEmpty())
            html += QStringLiteral("<br><span style=\"color:%1\">%2</span>").arg(dim.name(), snippet);
        QTextDocument doc;
        doc.setDefaultFont(opt.font);
        doc.setDocumentMargin(2);
        // One line each: a long snippet is cut at the right edge, its match near the start stays.
        QTextOption noWrap;
        noWrap.setWrapMode(QTextOption::NoWrap);
        doc.setDefaultTextOption(noWrap);
        doc.setDefaultStyleSheet(QStringLiteral("body { color: %1; }").arg(text.name()));
        doc.setHtml(QStringLiteral("<body>%1</body>").arg(html));
        doc.setTextWidth(opt.rect.width() - 12);
        painter->save();
        painter->translate(opt.rect.left() + 6, opt.rect.top() + 2);
        painter->setClipRect(QRect(0, 0, opt.rect.width() - 12, opt.rect.height() - 4));
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.palette.setColor(QPalette::Text, text);
        doc.documentLayout()->draw(painter, ctx);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // Measured, not computed from the font: Japanese text falls back to a taller font.
        QTextDocument doc;
        doc.setDefaultFont(option.font);
        doc.setDocumentMargin(2);
        QTextOption noWrap;
        noWrap.setWrapMode(QTextOption::NoWrap);
        doc.setDefaultTextOption(noWrap);
        const QString snippet = index.data(SnippetHtmlRole).toString();
        QString html = index.data(TitleHtmlRole).toString();
        if (!index.data(HeaderRole).toBool() && !snippet.isEmpty())
            html += QStringLiteral("<br>") + snippet;
        doc.setHtml(html);
        return { 200, int(std::ceil(doc.size().height())) + 6 };
    }
};
} // namespace

SearchPalette::SearchPalette(SearchService &service, QWidget *window)
    : QFrame(window)
    , m_service(service)
    , m_edit(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_status(new QLabel(this))
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("searchPalette"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral(
        "#searchPalette { background: palette(window); border: 1px solid palette(mid); border-radius: 6px; }"));
    m_edit->setPlaceholderText(tr("Search runbooks, postmortems and alerts — rb: pm: alert: narrow it"));
    m_edit->setClearButtonEnabled(true);
    QFont big = m_edit->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_edit->setFont(big);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new HitDelegate(m_list));
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setUniformItemSizes(false);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    QFont small = m_status->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_status->setFont(small);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->addWidget(m_edit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    m_edit->installEventFilter(this);
    window->installEventFilter(this);
    // Ctrl+K from anywhere in the window, even from a line edit that takes Ctrl+K for itself.
    qApp->installEventFilter(this);
    connect(m_edit, &QLineEdit::textChanged, this, &SearchPalette::onTextChanged);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_list->setCurrentIndex(index);
        activateCurrent();
    });
    connect(&service, &SearchService::resultsReady, this, &SearchPalette::showResults);
    connect(&service, &SearchService::indexProgress, this, [this](int done, int total) {
        m_progress = tr("Indexing runbooks… %1 of %2").arg(done).arg(total);
        updateStatus();
    });
    auto again = [this] {
        m_progress.clear();
        if (isVisible() && !m_edit->text().trimmed().isEmpty())
            onTextChanged(m_edit->text());
        updateStatus();
    };
    connect(&service, &SearchService::indexReady, this, again);
    connect(&service, &SearchService::indexUpdated, this, again);
    // Clicking elsewhere closes it: focus left the palette for another widget of the window.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
        if (isVisible() && old && isAncestorOf(old) && now && !isAncestorOf(now) && now != this)
            hide();
    });
    hide();
}

void SearchPalette::popup(const QString &text)
{
    place();
    show();
    raise();
    if (!text.isNull())
        m_edit->setText(text);
    m_edit->selectAll();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    updateStatus();
}

void SearchPalette::dismiss()
{
    hide();
    if (parentWidget())
        parentWidget()->setFocus();
}

bool SearchPalette::isSettled() const
{
    return m_service.isIndexReady() && (m_edit->text().trimmed().isEmpty() || m_waitingFor == 0);
}

void SearchPalette::place()
{
    QWidget *window = parentWidget();
    if (!window)
        return;
    const int width = std::min(760, window->width() - 40);
    const int height = std::min(520, window->height() - 80);
    setGeometry((window->width() - width) / 2, 48, width, height);
}

bool SearchPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        if (key->key() == Qt::Key_K && key->modifiers() == Qt::ControlModifier && widget && parentWidget()
            && widget->window() == parentWidget()->window()) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept(); // deliver it as a key press, to us
                return true;
            }
            popup();
            return true;
        }
    }
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int page = std::max(1, m_list->viewport()->height() / 48);
        switch (key->key()) {
        case Qt::Key_Down: moveSelection(1); return true;
        case Qt::Key_Up: moveSelection(-1); return true;
        case Qt::Key_PageDown: moveSelection(page); return true;
        case Qt::Key_PageUp: moveSelection(-page); return true;
        case Qt::Key_Return:
        case Qt::Key_Enter: activateCurrent(); return true;
        case Qt::Key_Escape: dismiss(); return true;
        default: break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void SearchPalette::moveSelection(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    const int step = delta > 0 ? 1 : -1;
    int remaining = std::abs(delta);
    int candidate = row;
    while (remaining > 0) {
        int next = candidate + step;
        while (next >= 0 && next < rows && m_model->item(next)->data(HeaderRole).toBool())
            next += step;
        if (next < 0 || next >= rows)
            break;
        candidate = next;
        --remaining;
    }
    if (candidate >= 0 && candidate != row) {
        m_list->setCurrentIndex(m_model->index(candidate, 0));
        m_list->scrollTo(m_model->index(candidate, 0));
    }
}

void SearchPalette::activateCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid() || index.data(HeaderRole).toBool())
        return;
    const int hit = index.data(HitIndexRole).toInt();
    if (hit < 0 || std::size_t(hit) >= m_hits.size())
        return;
    const SearchService::Hit chosen = m_hits[std::size_t(hit)];
    dismiss();
    emit activated(chosen);
}

void SearchPalette::onTextChanged(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_waitingFor = 0;
        m_model->clear();
        m_hits.clear();
        updateStatus();
        emit settled();
        return;
    }
    m_waitingFor = m_service.search(text);
}

void SearchPalette::showResults(const SearchService::Results &results)
{
    if (results.id != m_waitingFor)
        return; // an older query
    m_waitingFor = 0;
    m_model->clear();
    m_hits = results.hits;
    std::optional<SearchService::Kind> section;
    int firstHit = -1;
    for (std::size_t i = 0; i < m_hits.size(); ++i) {
        const SearchService::Hit &h = m_hits[i];
        if (section != h.kind) {
            section = h.kind;
            auto *header = new QStandardItem;
            header->setData(h.kind == SearchService::Kind::Alert         ? tr("Alerts")
                                : h.kind == SearchService::Kind::Runbook ? tr("Runbooks")
                                                                         : tr("Postmortems"),
                            TitleHtmlRole);
            header->setData(true, HeaderRole);
            header->setFlags(Qt::ItemIsEnabled);
            m_model->appendRow(header);
        }
        auto *item = new QStandardItem;
        // The title, with the name the fuzzy match hit marked in it when that name is the title.
        const QString plainName = QString(h.matchedName).remove(rb::kMarkOpen).remove(rb::kMarkClose);
        QString title = h.matchedName.isEmpty() ? h.title.toHtmlEscaped()
            : plainName == h.title || h.kind == SearchService::Kind::Alert
            ? marked(h.matchedName)
            : h.title.toHtmlEscaped() + QStringLiteral(" — ") + marked(h.matchedName);
        QString detail = h.detail.toHtmlEscaped();
        if (h.kind == SearchService::Kind::Postmortem) { // the id first: titles are long
            title = QStringLiteral("<b>%1</b>&nbsp;&nbsp;%2").arg(detail, title);
            detail.clear();
        }
        item->setData(title, TitleHtmlRole);
        item->setData(detail, DetailRole);
        item->setData(marked(h.snippet), SnippetHtmlRole);
        item->setData(int(i), HitIndexRole);
        item->setData(h.path, Qt::ToolTipRole);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_model->appendRow(item);
        if (firstHit < 0)
            firstHit = m_model->rowCount() - 1;
    }
    if (firstHit >= 0)
        m_list->setCurrentIndex(m_model->index(firstHit, 0));
    if (!results.error.isEmpty())
        m_progress = results.error;
    updateStatus();
    emit settled();
}

void SearchPalette::updateStatus()
{
    QString text;
    if (!m_service.isIndexReady())
        text = m_progress.isEmpty() ? tr("Indexing runbooks…") : m_progress;
    else if (!m_edit->text().trimmed().isEmpty() && m_hits.empty() && m_waitingFor == 0)
        text = tr("Nothing found. rb: searches runbooks only, pm: postmortems, alert: alert names.");
    else if (!m_hits.empty())
        text = tr("%n result(s) · ↑↓ move · Enter opens · Esc closes", nullptr, int(m_hits.size()));
    else
        text = tr("Type to search. rb: runbooks · pm: postmortems · alert: alert names");
    m_status->setText(text);
}

} // namespace sre
