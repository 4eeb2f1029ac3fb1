#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QToolButton;

namespace sre {
namespace pm {
class FrontMatterBlock;
}

// The front matter of a postmortem as a form: title, severity, status, the four times (shown
// and edited in the workspace time zone, stored in UTC), services and SLOs picked from the
// workspace, authors.
class HeaderForm final : public QWidget
{
    Q_OBJECT
public:
    explicit HeaderForm(QWidget *parent = nullptr);

    // What the pickers offer.
    void setChoices(const QStringList &services, const QStringList &slos, const QStringList &people);
    void setTimeZone(const QTimeZone &zone);
    // Shows the values of `fm` without emitting edits.
    void load(const pm::FrontMatterBlock &fm);
    QLineEdit *titleEdit() const { return m_title; }
    QDateTimeEdit *timeEdit(const QString &key) const;
    static QStringList timeKeys(); // started, detected, mitigated, resolved

signals:
    void valueEdited(const QString &key, const QString &value);
    void timeEdited(const QString &key, const QDateTime &utc); // invalid: cleared
    void listEdited(const QString &key, const QStringList &values);

private:
    struct TimeField
    {
        QString key;
        QCheckBox *set;
        QDateTimeEdit *edit;
    };
    struct ListField
    {
        QString key;
        QToolButton *button;
        QStringList values;
        QStringList choices;
    };
    QWidget *timeRow(const QString &key);
    QToolButton *listButton(const QString &key);
    void showList(ListField &field);
    void emitTime(const TimeField &field);
    ListField *listField(const QString &key);

    QLineEdit *m_title;
    QComboBox *m_severity;
    QComboBox *m_status;
    QLineEdit *m_authors;
    QList<TimeField> m_times;
    QList<ListField> m_lists;
    QTimeZone m_zone = QTimeZone::utc();
    bool m_loading = false;
};

} // namespace sre
