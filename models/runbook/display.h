#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

// Turns a runbook file into Markdown that Qt's renderer shows well and safely: Hugo shortcodes and
// <details> blocks become plain headings-in-bold (never a wall of markup), the small HTML people
// write inline (<br>, <kbd>, <b>, <a name>) is reduced to its text, comments are dropped, and the
// front matter becomes a list of key/value pairs for a compact header. Everything else, and
// everything inside code, is left exactly as written.
namespace sre::rb::md {

struct DisplayDocument
{
    QString markdown; // the body to render (front matter removed)
    QList<std::pair<QString, QString>> meta; // front matter scalars and lists, in file order
    int bodyFirstLine = 1;
};

DisplayDocument displayDocument(const QByteArray &fileText);

// One Hugo shortcode ("{{< hint warning >}}", "{{% notice info %}}", "{{< /hint >}}") as Markdown
// to show instead, or an empty string to drop it. `inner` is what is between the delimiters.
QString shortcodeReplacement(const QString &inner);

} // namespace sre::rb::md
