#pragma once

// The filter language of the Firing now view: Prometheus label matchers (`severity="critical"`,
// `!=`, `=~`, `!~`; regexes fully anchored, a missing label reads as "") plus karma-style words:
// `@state=active|suppressed|unprocessed|silenced|inhibited`, `@age>10m` / `@age<1h`,
// `@silenced_by=me`, `@receiver=NAME` (`=~`/`!=`/`!~` work there too). Terms are separated by
// spaces or commas and all must hold; `{…}` around the whole text is accepted as in PromQL.
// A filter is compiled once and then applied to every alert without further allocation.

#include "alert.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <chrono>
#include <vector>

namespace sre::alerting {

// What a filter needs besides the alert itself.
struct FilterContext
{
    QDateTime now; // UTC; for @age
    QString me; // the user's handle, what "me" in @silenced_by=me stands for
    QHash<QString, QString> silenceAuthors; // silence id -> createdBy, for @silenced_by

    static QHash<QString, QString> authorsOf(const std::vector<Silence> &silences);
};

struct FilterError
{
    int position = 0; // 0-based offset into the filter text
    QString message;
};

class AlertFilter final
{
    Q_DECLARE_TR_FUNCTIONS(sre::alerting::AlertFilter)
public:
    AlertFilter() = default; // matches everything

    // Compiles `text`; on error returns false and fills `error` (the filter is left empty).
    static bool compile(const QString &text, AlertFilter *filter, FilterError *error);

    bool isEmpty() const { return m_terms.empty(); }
    bool matches(const Alert &alert, const FilterContext &context) const;

private:
    enum class Field { Label, State, Age, SilencedBy, Receiver };
    enum class Op { Eq, Ne, Re, NotRe, Greater, Less };
    struct Term
    {
        Field field = Field::Label;
        Op op = Op::Eq;
        QString name; // label name
        QString value;
        QRegularExpression regex; // anchored, for Re / NotRe
        unsigned stateMask = 0; // for @state
        std::chrono::milliseconds age { 0 }; // for @age
    };
    bool matchesValue(const Term &term, const QString &value) const;
    bool matchesTerm(const Term &term, const Alert &alert, const FilterContext &context) const;

    std::vector<Term> m_terms;
};

} // namespace sre::alerting
