#pragma once

#include "runbook.h"

#include <QHash>
#include <QMap>
#include <QMutex>

namespace sre::rb {

// What resolution needs to know about an alert. Built from a rule file's alerting rule or from
// Prometheus' /api/v1/rules, so this library does not depend on where alerts come from.
struct AlertRef
{
    QString name;
    QMap<QString, QString> annotations; // runbook_url, runbook, ...
    QString file; // where the alert is defined, for messages; may be empty
    int line = 0;
};

// workspace.yaml's runbook_url_map, one entry.
struct UrlMapping
{
    QString prefix; // e.g. https://runbooks.prometheus-operator.dev/runbooks/
    QString path; // absolute local folder
};

// How an alert found its runbook, in the order DESIGN.md ("Runbooks") tries them.
enum class Method {
    None,
    RunbookUrl, // runbook_url annotation through runbook_url_map
    RunbookAnnotation, // relative `runbook` annotation, against each runbook root
    FrontMatter, // a runbook's front matter `alerts` lists it
    FileName, // <AlertName>.md
    Heading, // "# AlertName"
};
QString methodId(Method method); // stable, for JSON: none, runbook_url, runbook, front_matter, file_name, heading
QString methodText(Method method); // for people (translated)

struct Resolution
{
    Method method = Method::None;
    QString file; // absolute, canonical
    QString anchor; // without '#', empty when none
    QString refused; // why a path the alert named was refused (leaves the roots, symlink out)
    QString externalUrl; // a runbook_url that no runbook_url_map prefix covers
    QStringList notes; // what was tried and led nowhere, in order

    bool found() const { return method != Method::None; }
    QString location() const { return anchor.isEmpty() ? file : file + u'#' + anchor; }
};

// Finds the runbook of an alert. Holds its own copy of the runbook list, so it can be built on
// the GUI thread and used on a worker. Thread-safe.
class Resolver final
{
public:
    Resolver(const QStringList &roots, const std::vector<UrlMapping> &urlMap, std::vector<Runbook> runbooks);

    Resolution resolve(const AlertRef &alert) const;

    // Empty when `absolutePath` stays inside the runbook roots (or the runbook_url_map folders),
    // both as written and once symlinks are followed; otherwise why it is refused.
    QString refusal(const QString &absolutePath) const;

    const QStringList &roots() const { return m_roots; }
    const std::vector<Runbook> &runbooks() const { return m_runbooks; }

private:
    struct Lookup
    {
        QString file;
        QString refused;
    };
    bool tryTarget(const QString &value, Method method, Resolution &r) const;
    Lookup lookup(const QString &base, const QString &relative) const;
    QString findCaseInsensitive(const QString &base, const QStringList &components) const;
    QStringList entries(const QString &dir) const;
    bool tryRunbooks(const QList<int> &candidates, const QString &name, Method method, Resolution &r) const;

    QStringList m_roots; // runbook roots, cleaned
    QStringList m_allowed; // roots + url map folders, cleaned
    QStringList m_allowedCanonical;
    std::vector<UrlMapping> m_urlMap; // longest prefix first
    std::vector<Runbook> m_runbooks;
    QHash<QString, QList<int>> m_byAlert; // lower-cased alert name -> runbooks listing it
    QHash<QString, QList<int>> m_byFileName; // lower-cased base name
    QHash<QString, QList<int>> m_byHeading; // lower-cased H1 text
    mutable QMutex m_cacheMutex;
    mutable QHash<QString, QStringList> m_dirCache;
};

} // namespace sre::rb
