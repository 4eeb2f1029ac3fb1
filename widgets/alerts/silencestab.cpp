#include "silencestab.h"

#include "alertmanagerpoller.h"
#include "futurewatch.h"
#include "settings.h"
#include "silencebuilder.h"
#include "silencedialog.h"
#include "workspace.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace sre {

using alerting::Silence;
using alerting::SilenceState;

namespace {

// "1h 20m", "2d 3h", "12m", "< 1m": precise enough for "when does this end".
QString humanDuration(qint64 seconds)
{
    seconds = std::abs(seconds);
    const qint64 days = seconds / 86400, hours = seconds % 86400 / 3600, minutes = seconds % 3600 / 60;
    if (days > 0)
        return hours > 0 ? SilencesTab::tr("%1d %2h").arg(days).arg(hours) : SilencesTab::tr("%1d").arg(days);
    if (hours > 0)
        return minutes > 0 ? SilencesTab::tr("%1h %2m").arg(hours).arg(minutes) : SilencesTab::tr("%1h").arg(hours);
    return minutes > 0 ? SilencesTab::tr("%1m").arg(minutes) : SilencesTab::tr("< 1m");
}

int stateOrder(SilenceState s)
{
    switch (s) {
    case SilenceState::Active: return 0;
    case SilenceState::Pending: return 1;
    case SilenceState::Expired: return 2;
    }
    return 3;
}

} // namespace

SilencesTab::SilencesTab(ws::Workspace &workspace, alerting::AlertmanagerPoller &poller, Settings &settings,
                         QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_poller(poller)
    , m_settings(settings)
    , m_filter(new QLineEdit(this))
    , m_myAcks(new QCheckBox(tr("My acks"), this))
    , m_view(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("silencesTab"));
    m_filter->setObjectName(QStringLiteral("silenceFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter silences by matcher, author, comment or id (Ctrl+F)"));

    m_myAcks->setObjectName(QStringLiteral("myAcks"));
    m_myAcks->setToolTip(tr("Only your acks that have not ended, with their age and the time they have left"));

    m_view->setObjectName(QStringLiteral("silencesView"));
    m_view->setColumnCount(ColumnCount);
    m_view->setHeaderLabels(
        { tr("Mark"), tr("State"), tr("Matchers"), tr("Author"), tr("Comment"), tr("Ends"), tr("Alerts"), tr("Age") });
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAllColumnsShowFocus(true);
    const int em = fontMetrics().horizontalAdvance(u'M');
    // Wide enough for the heading and the longest usual text, as translated (Japanese words are
    // wider than their English letters count suggests).
    const auto fit = [this, em](Column column, const QStringList &samples) {
        int width = m_view->header()->fontMetrics().horizontalAdvance(m_view->headerItem()->text(column));
        for (const QString &sample : samples)
            width = std::max(width, fontMetrics().horizontalAdvance(sample));
        m_view->setColumnWidth(column, width + 2 * em);
    };
    fit(Mark, { tr("⏳ ends soon") });
    fit(State, { tr("ack"), tr("active"), tr("pending"), tr("expired") });
    m_view->setColumnWidth(Author, em * 7);
    m_view->setColumnWidth(Comment, em * 18);
    fit(EndsIn, { tr("in %1 (%2)").arg(humanDuration(23 * 3600 + 59 * 60), QStringLiteral("23:59")) });
    fit(Matches, {});
    fit(Age, { humanDuration(23 * 3600 + 59 * 60) });
    // The matchers say what is silenced: they get the room that is left.
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(Matchers, QHeaderView::Stretch);

    m_empty->setObjectName(QStringLiteral("silencesEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("silencesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *create = new QPushButton(tr("New Silence…"), this);
    auto *edit = new QPushButton(tr("Edit…"), this);
    auto *extend = new QToolButton(this);
    extend->setText(tr("Extend"));
    extend->setToolTip(tr("Move the end of the selected silences later"));
    extend->setPopupMode(QToolButton::InstantPopup);
    extend->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *extendMenu = new QMenu(extend);
    for (const int minutes : { 60, 240, 1440 })
        extendMenu->addAction(tr("by %1").arg(humanDuration(qint64(minutes) * 60)), this,
                              [this, minutes] { extendSelected(std::chrono::minutes(minutes)); });
    extend->setMenu(extendMenu);
    // Click: the selected silences; the menu: every one the filter shows (a bulk expire after a
    // maintenance, say), each time after a confirmation that lists them.
    auto *expire = new QToolButton(this);
    expire->setText(tr("Expire…"));
    expire->setToolTip(tr("End the selected silences now (Delete); from the menu, all that the filter shows "
                          "(Shift+Delete)"));
    expire->setPopupMode(QToolButton::MenuButtonPopup);
    expire->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *expireMenu = new QMenu(expire);
    QAction *expireShownAction
        = expireMenu->addAction(tr("Expire All Shown…\tShift+Del"), this, [this] { expireShown(); });
    expireShownAction->setObjectName(QStringLiteral("expireShown"));
    expire->setMenu(expireMenu);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_myAcks);
    top->addWidget(create);
    top->addWidget(edit);
    top->addWidget(extend);
    top->addWidget(expire);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_message);

    connect(create, &QPushButton::clicked, this, &SilencesTab::newSilence);
    connect(edit, &QPushButton::clicked, this, &SilencesTab::editCurrent);
    connect(expire, &QToolButton::clicked, this, &SilencesTab::expireSelected);
    connect(m_view, &QTreeWidget::itemActivated, this, [this] { editCurrent(); });
    connect(m_filter, &QLineEdit::textChanged, this, &SilencesTab::rebuild);
    connect(m_myAcks, &QCheckBox::toggled, this, &SilencesTab::rebuild);
    connect(&settings, &Settings::meChanged, this, &SilencesTab::rebuild);
    connect(this, &SilencesTab::silenceReplaced, this,
            [this](const QString &oldId, const QString &newId) { m_replaced.insert(oldId, newId); });
    connect(&poller, &alerting::AlertmanagerPoller::snapshotChanged, this, &SilencesTab::rebuild);
    auto *find = new QShortcut(QKeySequence::Find, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    find->setContext(Qt::WidgetWithChildrenShortcut);
    auto *del = new QShortcut(QKeySequence::Delete, m_view, [this] { expireSelected(); });
    del->setContext(Qt::WidgetShortcut);
    auto *delShown = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete), this, [this] { expireShown(); });
    delShown->setContext(Qt::WidgetWithChildrenShortcut);
    rebuild();
}

QTimeZone SilencesTab::zone() const
{
    const QTimeZone z(m_workspace.config().timezone.toUtf8());
    return z.isValid() ? z : QTimeZone::utc();
}

void SilencesTab::rebuild()
{
    const alerting::AlertSnapshot snapshot = m_poller.snapshot();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList selected;
    for (const Silence &s : selectedSilences())
        selected << s.id;
    QString current = m_view->currentItem() ? m_view->currentItem()->data(0, Qt::UserRole).toString() : QString();

    std::vector<Silence> shown;
    const QString needle = m_filter->text().trimmed();
    const bool myAcks = m_myAcks->isChecked();
    const QString me = m_settings.me();
    m_active = 0;
    for (const Silence &s : snapshot.silences) {
        if (s.state == SilenceState::Active)
            ++m_active;
        if (myAcks
            && (!s.isAck() || s.state == SilenceState::Expired || s.createdBy.compare(me, Qt::CaseInsensitive) != 0))
            continue;
        if (s.state == SilenceState::Expired && s.endsAt.secsTo(now) > kRecentlyExpired.count() * 3600)
            continue;
        if (!needle.isEmpty()) {
            const QString hay
                = alerting::formatMatchers(s.matchers) + u' ' + s.createdBy + u' ' + s.comment + u' ' + s.id;
            if (!hay.contains(needle, Qt::CaseInsensitive))
                continue;
        }
        shown.push_back(s);
    }
    std::stable_sort(shown.begin(), shown.end(), [](const Silence &l, const Silence &r) {
        if (stateOrder(l.state) != stateOrder(r.state))
            return stateOrder(l.state) < stateOrder(r.state);
        if (l.state == SilenceState::Expired)
            return l.endsAt > r.endsAt; // the most recently ended first
        if (l.state == SilenceState::Pending)
            return l.startsAt < r.startsAt;
        return l.endsAt < r.endsAt; // the next to end first
    });

    const QTimeZone tz = zone();
    m_view->clear();
    QList<QTreeWidgetItem *> items;
    for (const Silence &s : shown) {
        int matches = 0;
        if (s.state != SilenceState::Expired)
            for (const alerting::Alert &a : snapshot.alerts)
                if (alerting::covers(s, a.labels))
                    ++matches;
        QStringList marks;
        const qint64 toEnd = now.secsTo(s.endsAt);
        const qint64 soon = std::chrono::duration_cast<std::chrono::seconds>(kSoon).count();
        if (s.state == SilenceState::Active && toEnd <= soon)
            marks << tr("⏳ ends soon");
        if (s.state == SilenceState::Expired && -toEnd <= soon)
            marks << tr("✓ just expired");
        if (s.state != SilenceState::Expired && matches == 0)
            marks << tr("∅ no alert");
        QString state;
        switch (s.state) {
        case SilenceState::Active: state = s.isAck() ? tr("ack") : tr("active"); break;
        case SilenceState::Pending: state = tr("pending"); break;
        case SilenceState::Expired: state = tr("expired"); break;
        }
        QString ends;
        if (s.state == SilenceState::Pending)
            ends = tr("starts in %1").arg(humanDuration(now.secsTo(s.startsAt)));
        else if (s.state == SilenceState::Active)
            ends
                = tr("in %1 (%2)").arg(humanDuration(toEnd), s.endsAt.toTimeZone(tz).toString(QStringLiteral("HH:mm")));
        else
            ends = tr("%1 ago").arg(humanDuration(toEnd));
        auto *item = new QTreeWidgetItem;
        item->setText(Mark, marks.join(QLatin1Char(' ')));
        item->setText(State, state);
        item->setText(Matchers, alerting::formatMatchers(s.matchers));
        item->setText(Author, s.createdBy);
        item->setText(Comment, QString(s.comment).replace(u'\n', u' '));
        item->setText(EndsIn, ends);
        item->setText(Matches, s.state == SilenceState::Expired ? QString() : QString::number(matches));
        item->setTextAlignment(Matches, Qt::AlignRight | Qt::AlignVCenter);
        // How long it has been in force (an extension that Alertmanager made a new silence starts
        // the count again at that silence's start).
        item->setText(Age, s.state == SilenceState::Pending ? QString() : humanDuration(s.startsAt.secsTo(now)));
        item->setTextAlignment(Age, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(
            Age, tr("in force since %1").arg(s.startsAt.toTimeZone(tz).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        item->setData(0, Qt::UserRole, s.id);
        item->setToolTip(Matchers, alerting::formatMatchers(s.matchers));
        item->setToolTip(Comment, s.comment);
        item->setToolTip(EndsIn,
                         tr("%1 → %2 (%3)\n%4 → %5 UTC")
                             .arg(s.startsAt.toTimeZone(tz).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                  s.endsAt.toTimeZone(tz).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                  QString::fromUtf8(tz.id()), s.startsAt.toUTC().toString(Qt::ISODate),
                                  s.endsAt.toUTC().toString(Qt::ISODate)));
        item->setToolTip(State, tr("id %1 on %2").arg(s.id, s.source));
        if (s.state == SilenceState::Expired)
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
        else if (!marks.isEmpty())
            item->setForeground(Mark, QColor(0xb2, 0x6a, 0x00));
        items << item;
    }
    m_view->addTopLevelItems(items);
    m_silences = std::move(shown);
    for (QTreeWidgetItem *item : std::as_const(items)) {
        QString id = item->data(0, Qt::UserRole).toString();
        // A silence Alertmanager replaced keeps its place in the selection under its new id.
        for (auto it = m_replaced.cbegin(); it != m_replaced.cend(); ++it)
            if (it.value() == id) {
                if (selected.contains(it.key()))
                    selected << id;
                if (current == it.key())
                    current = id;
            }
        item->setSelected(selected.contains(id));
        if (id == current)
            m_view->setCurrentItem(item, 0, QItemSelectionModel::NoUpdate);
    }

    QString empty;
    if (!m_poller.hasDatasources())
        empty = tr("No Alertmanager in this workspace.");
    else if (snapshot.silences.empty())
        empty = snapshot.fetchedAt.isValid() ? tr("No silences.") : tr("Asking Alertmanager…");
    else if (items.isEmpty() && myAcks)
        empty = needle.isEmpty() ? tr("You have no acks in force (as %1). Ack an alert in Firing now with A.").arg(me)
                                 : tr("None of your acks matches the filter.");
    else if (items.isEmpty())
        empty = needle.isEmpty() ? tr("No active, pending or recently expired silences.")
                                 : tr("No silence matches the filter.");
    m_empty->setText(empty);
    m_empty->setVisible(!empty.isEmpty());
    m_view->setVisible(empty.isEmpty());
}

void SilencesTab::setMyAcksOnly(bool on)
{
    m_myAcks->setChecked(on);
}

bool SilencesTab::myAcksOnly() const
{
    return m_myAcks->isChecked();
}

QTreeWidgetItem *SilencesTab::itemOf(const QString &id) const
{
    for (int i = 0; i < m_view->topLevelItemCount(); ++i)
        if (m_view->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
            return m_view->topLevelItem(i);
    return nullptr;
}

std::vector<Silence> SilencesTab::selectedSilences() const
{
    std::vector<Silence> out;
    for (int i = 0; i < m_view->topLevelItemCount() && std::size_t(i) < m_silences.size(); ++i)
        if (m_view->topLevelItem(i)->isSelected())
            out.push_back(m_silences[std::size_t(i)]);
    if (out.empty() && m_view->currentItem()) {
        const int row = m_view->indexOfTopLevelItem(m_view->currentItem());
        if (row >= 0 && std::size_t(row) < m_silences.size())
            out.push_back(m_silences[std::size_t(row)]);
    }
    return out;
}

QMessageBox *SilencesTab::expireSelected()
{
    return confirmExpire(selectedSilences(), tr("Select the silences to expire first."));
}

QMessageBox *SilencesTab::expireShown()
{
    return confirmExpire(m_silences, tr("The filter shows no silence that has not ended."));
}

QMessageBox *SilencesTab::confirmExpire(std::vector<Silence> silences, const QString &noneMessage)
{
    std::erase_if(silences, [](const Silence &s) { return s.state == SilenceState::Expired; });
    if (silences.empty()) {
        showMessage(noneMessage);
        return nullptr;
    }
    QStringList lines;
    for (const Silence &s : silences)
        lines << QStringLiteral("• %1 — %2: %3").arg(alerting::formatMatchers(s.matchers), s.createdBy, s.comment);
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Expire Silences"),
        tr("Expire %n silence(s) now? The alerts they silence notify again.", nullptr, int(silences.size())),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("expireConfirmation"));
    box->setInformativeText(lines.join(QLatin1Char('\n')));
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Expire"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, silences](int result) {
        if (result != QMessageBox::Yes)
            return;
        auto pending = std::make_shared<int>(int(silences.size()));
        auto errors = std::make_shared<QStringList>();
        QPointer<SilencesTab> self(this);
        for (const Silence &s : silences)
            onFinished(this, m_poller.expireSilence(s.id, s.source),
                       [self, pending, errors, count = int(silences.size())](const alerting::AmReply &r) {
                           if (!r.ok())
                               *errors << r.error;
                           if (--*pending > 0 || !self)
                               return;
                           self->showMessage(errors->isEmpty()
                                                 ? tr("Expired %n silence(s).", nullptr, count)
                                                 : tr("Could not expire: %1").arg(errors->join(QLatin1Char('\n'))));
                           self->m_poller.refreshNow();
                       });
    });
    box->open();
    return box;
}

void SilencesTab::extendSelected(std::chrono::minutes by)
{
    std::vector<Silence> silences = selectedSilences();
    std::erase_if(silences, [](const Silence &s) { return s.state == SilenceState::Expired; });
    if (silences.empty()) {
        showMessage(tr("Select active or pending silences to extend."));
        return;
    }
    QPointer<SilencesTab> self(this);
    for (Silence s : silences) {
        const QString oldId = s.id;
        s.endsAt = s.endsAt.addSecs(std::chrono::duration_cast<std::chrono::seconds>(by).count());
        // The start stays as it was: Alertmanager then updates a running silence in place rather
        // than replacing it (it may still answer with a new id; that one is kept).
        onFinished(this, m_poller.createSilence(s), [self, oldId](const alerting::SilenceWriteResult &r) {
            if (!self)
                return;
            if (!r.ok()) {
                self->showMessage(tr("Could not extend %1: %2").arg(oldId, r.error));
                return;
            }
            if (r.id != oldId) {
                emit self->silenceReplaced(oldId, r.id);
                self->showMessage(tr("Extended; Alertmanager replaced silence %1 with %2.").arg(oldId, r.id));
            } else {
                self->showMessage(tr("Extended silence %1.").arg(r.id));
            }
            self->m_poller.refreshNow();
        });
    }
}

SilenceDialog *SilencesTab::editCurrent()
{
    const std::vector<Silence> silences = selectedSilences();
    if (silences.empty() || silences.front().state == SilenceState::Expired)
        return nullptr;
    auto *dialog = new SilenceDialog(m_poller, m_settings, zone(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSilence(silences.front());
    connect(dialog, &SilenceDialog::silenceWritten, this, [this](const QString &id, const QString &previous) {
        if (id != previous)
            emit silenceReplaced(previous, id);
        showMessage(id != previous ? tr("Saved; Alertmanager replaced silence %1 with %2.").arg(previous, id)
                                   : tr("Saved silence %1.").arg(id));
        m_poller.refreshNow();
    });
    dialog->open();
    return dialog;
}

SilenceDialog *SilencesTab::newSilence()
{
    auto *dialog = new SilenceDialog(m_poller, m_settings, zone(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SilenceDialog::silenceWritten, this, [this](const QString &id) {
        showMessage(tr("Silence %1 created.").arg(id));
        m_poller.refreshNow();
    });
    dialog->open();
    return dialog;
}

void SilencesTab::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace sre
