#include "headerform.h"

#include "frontmatterblock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

namespace sre {

namespace {
// The edits show wall-clock time of the workspace zone; a UTC spec keeps them free of the
// machine's own zone and of DST gaps.
QDateTime wallClock(const QDateTime &utc, const QTimeZone &zone)
{
    const QDateTime local = utc.toTimeZone(zone);
    return QDateTime(local.date(), local.time(), Qt::UTC);
}
} // namespace

QStringList HeaderForm::timeKeys()
{
    return { QStringLiteral("started"), QStringLiteral("detected"), QStringLiteral("mitigated"),
             QStringLiteral("resolved") };
}

HeaderForm::HeaderForm(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_authors(new QLineEdit(this))
{
    m_title->setPlaceholderText(tr("What happened, in a few words"));
    m_severity->setEditable(true);
    m_severity->addItems({ QStringLiteral("P0"), QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"),
                           QStringLiteral("P4") });
    m_severity->setToolTip(tr("Severity: pick one or type your own scale (SEV1, …)"));
    m_status->addItem(tr("Draft"), QStringLiteral("draft"));
    m_status->addItem(tr("In review"), QStringLiteral("in-review"));
    m_status->addItem(tr("Published"), QStringLiteral("published"));
    m_authors->setPlaceholderText(tr("Comma-separated names"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    const auto label = [this](const QString &text) {
        auto *l = new QLabel(text, this);
        l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return l;
    };
    grid->addWidget(label(tr("Title:")), 0, 0);
    grid->addWidget(m_title, 0, 1, 1, 3);
    auto *sevStatus = new QHBoxLayout;
    sevStatus->addWidget(m_severity);
    sevStatus->addWidget(label(tr("Status:")));
    sevStatus->addWidget(m_status);
    sevStatus->addStretch(1);
    grid->addWidget(label(tr("Severity:")), 0, 4);
    grid->addLayout(sevStatus, 0, 5);

    const QStringList labels = { tr("Started:"), tr("Detected:"), tr("Mitigated:"), tr("Resolved:") };
    for (int i = 0; i < 4; ++i) {
        grid->addWidget(label(labels[i]), 1 + i / 2, (i % 2) * 2);
        grid->addWidget(timeRow(timeKeys()[i]), 1 + i / 2, (i % 2) * 2 + 1);
    }
    grid->addWidget(label(tr("Services:")), 1, 4);
    grid->addWidget(listButton(QStringLiteral("services")), 1, 5);
    grid->addWidget(label(tr("SLOs:")), 2, 4);
    grid->addWidget(listButton(QStringLiteral("slos")), 2, 5);
    grid->addWidget(label(tr("Authors:")), 3, 0);
    grid->addWidget(m_authors, 3, 1, 1, 5);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 2);

    connect(m_title, &QLineEdit::textEdited, this,
            [this](const QString &text) { emit valueEdited(QStringLiteral("title"), text); });
    connect(m_severity, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (!m_loading)
            emit valueEdited(QStringLiteral("severity"), text.trimmed());
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            emit valueEdited(QStringLiteral("status"), m_status->currentData().toString());
    });
    connect(m_authors, &QLineEdit::textEdited, this, [this](const QString &text) {
        QStringList names;
        for (const QString &n : text.split(QLatin1Char(',')))
            if (!n.trimmed().isEmpty())
                names << n.trimmed();
        emit listEdited(QStringLiteral("authors"), names);
    });
}

QWidget *HeaderForm::timeRow(const QString &key)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *set = new QCheckBox(row);
    set->setToolTip(tr("Set this time"));
    auto *edit = new QDateTimeEdit(row);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    edit->setTimeSpec(Qt::UTC);
    edit->setEnabled(false);
    layout->addWidget(set);
    layout->addWidget(edit, 1);
    m_times.append({ key, set, edit });
    const TimeField field = m_times.back();
    connect(set, &QCheckBox::toggled, this, [this, field](bool on) {
        field.edit->setEnabled(on);
        if (m_loading)
            return;
        if (on) {
            // Start from the time before it (detected after started, …), or now.
            QDateTime base = wallClock(QDateTime::currentDateTimeUtc(), m_zone);
            for (const TimeField &t : m_times) {
                if (t.key == field.key)
                    break;
                if (t.set->isChecked())
                    base = t.edit->dateTime();
            }
            const QSignalBlocker block(field.edit);
            field.edit->setDateTime(base);
        }
        emitTime(field);
    });
    connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this, field] {
        if (!m_loading)
            emitTime(field);
    });
    return row;
}

void HeaderForm::emitTime(const TimeField &field)
{
    if (!field.set->isChecked()) {
        emit timeEdited(field.key, {});
        return;
    }
    const QDateTime wall = field.edit->dateTime();
    emit timeEdited(field.key, QDateTime(wall.date(), wall.time(), m_zone).toUTC());
}

QDateTimeEdit *HeaderForm::timeEdit(const QString &key) const
{
    for (const TimeField &t : m_times)
        if (t.key == key)
            return t.edit;
    return nullptr;
}

HeaderForm::ListField *HeaderForm::listField(const QString &key)
{
    for (ListField &f : m_lists)
        if (f.key == key)
            return &f;
    return nullptr;
}

QToolButton *HeaderForm::listButton(const QString &key)
{
    auto *button = new QToolButton(this);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setMenu(new QMenu(button));
    m_lists.append({ key, button, {}, {} });
    connect(button->menu(), &QMenu::aboutToShow, this, [this, key] {
        ListField *f = listField(key);
        QMenu *menu = f->button->menu();
        menu->clear();
        QStringList all = f->choices;
        for (const QString &v : f->values)
            if (!all.contains(v))
                all << v; // a value the workspace does not know stays visible and removable
        for (const QString &choice : all) {
            QAction *a = menu->addAction(choice);
            a->setCheckable(true);
            a->setChecked(f->values.contains(choice));
            connect(a, &QAction::toggled, this, [this, key, choice](bool on) {
                ListField *field = listField(key);
                if (on && !field->values.contains(choice))
                    field->values << choice;
                if (!on)
                    field->values.removeAll(choice);
                showList(*field);
                emit listEdited(key, field->values);
            });
        }
        if (all.isEmpty())
            menu->addAction(tr("The workspace defines none"))->setEnabled(false);
    });
    return button;
}

void HeaderForm::showList(ListField &field)
{
    field.button->setText(field.values.isEmpty() ? tr("(none) ▾")
                                                 : field.values.join(QStringLiteral(", ")) + QStringLiteral(" ▾"));
    field.button->setToolTip(field.values.join(QLatin1Char('\n')));
}

void HeaderForm::setChoices(const QStringList &services, const QStringList &slos, const QStringList &people)
{
    listField(QStringLiteral("services"))->choices = services;
    listField(QStringLiteral("slos"))->choices = slos;
    auto *completer = new QCompleter(people, m_authors);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_authors->setCompleter(completer);
}

void HeaderForm::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    const QString abbreviation = m_zone.abbreviation(QDateTime::currentDateTimeUtc());
    // The zone is part of what the field shows, so nobody reads JST as UTC.
    QString quoted = abbreviation;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    for (const TimeField &t : m_times)
        t.edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm '%1'").arg(quoted));
    for (const TimeField &t : m_times)
        t.edit->setToolTip(
            tr("In the workspace time zone %1 (%2); stored in UTC").arg(QString::fromUtf8(m_zone.id()), abbreviation));
}

void HeaderForm::load(const pm::FrontMatterBlock &fm)
{
    m_loading = true;
    if (m_title->text() != fm.value(QStringLiteral("title")))
        m_title->setText(fm.value(QStringLiteral("title")));
    m_severity->setCurrentText(fm.value(QStringLiteral("severity")));
    const QString status = fm.value(QStringLiteral("status"));
    if (m_status->findData(status) < 0 && !status.isEmpty())
        m_status->addItem(status, status);
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    for (const TimeField &t : m_times) {
        const QDateTime utc = fm.timeValue(t.key);
        t.set->setChecked(utc.isValid());
        t.edit->setEnabled(utc.isValid());
        if (utc.isValid())
            t.edit->setDateTime(wallClock(utc, m_zone));
    }
    for (ListField &f : m_lists) {
        f.values = fm.listValue(f.key);
        showList(f);
    }
    const QString authors = fm.listValue(QStringLiteral("authors")).join(QStringLiteral(", "));
    if (!m_authors->hasFocus() || m_authors->text().isEmpty())
        m_authors->setText(authors);
    m_loading = false;
}

} // namespace sre
