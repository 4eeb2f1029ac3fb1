// The Firing now tab's detail: the list of alerts above the selected alert's "seen before" panel
// (issue 14), and keeping the user's selection across polls (every poll resets the model).
#include "firingtab.h"
#include "seenbeforepanel.h"

#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace sre {

using alerting::Alert;

QWidget *FiringTab::makeDetail()
{
    // Below the list rather than beside it: the alerts' name and summary column needs the width.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("firingSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_seen = new SeenBeforePanel(m_workspace, this);
    m_seenHint = new QLabel(tr("Select an alert to see when it fired before and the postmortems about it."), this);
    m_seenHint->setObjectName(QStringLiteral("seenBeforeHint"));
    m_seenHint->setWordWrap(true);
    m_seenHint->setMargin(8);
    m_seenHint->setTextFormat(Qt::PlainText);
    m_seenHint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_seenHint->setForegroundRole(QPalette::PlaceholderText);

    auto *side = new QWidget;
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_seenHint);
    layout->addWidget(m_seen);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(m_splitter);
    scroll->setObjectName(QStringLiteral("seenBeforeArea"));
    scroll->setWidget(side);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Room for the figures and a postmortem or two with their action items; it scrolls for more.
    const int lines = fontMetrics().height();
    scroll->setMinimumHeight(lines * 4);

    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({ lines * 24, lines * 12 });

    connect(m_seen, &SeenBeforePanel::postmortemRequested, this, &FiringTab::postmortemRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (!m_restoring)
            updateSeenBefore();
    });
    return m_splitter;
}

void FiringTab::updateSeenBefore()
{
    // The current row: one alert, or a group whose alerts all have one name (grouped by alertname).
    QString name;
    alerting::LabelSet labels;
    QString hint = tr("Select an alert to see when it fired before and the postmortems about it.");
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid()) {
        const std::vector<Alert> alerts = m_model->alertsAt(current.siblingAtColumn(0));
        if (!alerts.empty()) {
            name = alerts.front().name();
            labels = alerts.front().labels;
            for (const Alert &a : alerts) {
                if (a.name() != name) {
                    name.clear();
                    hint = tr("This group holds different alerts: select one of them to see when it fired before.");
                    break;
                }
                // A group stands for the labels its alerts share.
                for (auto it = labels.begin(); it != labels.end();)
                    it = a.labels.value(it.key()) == it.value() ? std::next(it) : labels.erase(it);
            }
        }
    }
    m_seenHint->setText(hint);
    m_seenHint->setVisible(name.isEmpty());
    // A poll that keeps the same selection must not ask Prometheus for 30 days again.
    if (name == m_seenName && labels == m_seenLabels)
        return;
    m_seenName = name;
    m_seenLabels = labels;
    m_seen->setAlert(name, labels);
}

void FiringTab::rememberView()
{
    m_restoring = true;
    m_selectedFingerprints.clear();
    m_selectedGroups.clear();
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (index.data(FiringAlertsModel::IsGroupRole).toBool())
            m_selectedGroups.insert(index.data(FiringAlertsModel::GroupKeyRole).toString());
        else
            m_selectedFingerprints << index.data(IdRole).toString();
    }
    const QModelIndex current = m_view->currentIndex();
    m_currentFingerprint
        = current.data(FiringAlertsModel::IsGroupRole).toBool() ? QString() : current.data(IdRole).toString();
    m_currentGroup = current.data(FiringAlertsModel::GroupKeyRole).toString();
}

void FiringTab::restoreView()
{
    // Every poll resets the model: keep what the user folded and selected. One expandAll() rather
    // than an expand per group, which would lay the tree out again each time.
    m_view->expandAll();
    QItemSelection selection;
    const auto wholeRow = [&](const QModelIndex &index) {
        selection.select(index, index.siblingAtColumn(FiringAlertsModel::ColumnCount - 1));
    };
    QModelIndex current;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        const QString key = group.data(FiringAlertsModel::GroupKeyRole).toString();
        if (m_collapsed.contains(key))
            m_view->collapse(group);
        if (m_selectedGroups.contains(key))
            wholeRow(group);
        if (m_currentFingerprint.isEmpty() && !m_currentGroup.isEmpty() && key == m_currentGroup)
            current = group;
    }
    for (const QString &fp : std::as_const(m_selectedFingerprints))
        if (const QModelIndex index = m_model->indexOfFingerprint(fp); index.isValid())
            wholeRow(index);
    if (!m_currentFingerprint.isEmpty())
        current = m_model->indexOfFingerprint(m_currentFingerprint);
    // Through the selection model: the view's setCurrentIndex() would read held modifier keys.
    if (current.isValid())
        m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    if (!selection.isEmpty())
        m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_restoring = false;
    selectPendingAlert();
    updateSeenBefore();
}

} // namespace sre
