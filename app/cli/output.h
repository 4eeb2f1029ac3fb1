#pragma once

#include <QJsonArray>
#include <QStringList>

namespace sre::cli {

enum class Format { Table, Json, Markdown };

// Rows of text for table and Markdown output; JSON output is built by each command from the
// same data so numbers stay numbers.
struct Table
{
    QStringList headers;
    QList<QStringList> rows;
};

QString renderTable(const Table &table); // aligned columns for a terminal
QString renderMarkdown(const Table &table); // GitHub table
QString renderJson(const QJsonArray &array);

void out(const QString &text);
void err(const QString &text);

} // namespace sre::cli
