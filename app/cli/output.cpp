#include "output.h"

#include <QJsonDocument>
#include <cstdio>

namespace sre::cli {

namespace {
// Terminal width of a string: CJK characters take two cells.
int cells(const QString &s)
{
    int width = 0;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6);
        width += c.isLowSurrogate() ? 0 : (wide ? 2 : 1);
    }
    return width;
}
} // namespace

QString renderTable(const Table &table)
{
    QList<int> widths;
    for (const QString &h : table.headers)
        widths << cells(h);
    for (const QStringList &row : table.rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], cells(row[i]));
    auto line = [&](const QStringList &cellsOfRow) {
        QString s;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = cellsOfRow.value(i);
            s += cell;
            if (i + 1 < widths.size())
                s += QString(widths[i] - cells(cell) + 2, QLatin1Char(' '));
        }
        return s.trimmed() + QLatin1Char('\n');
    };
    QString outText = line(table.headers);
    for (const QStringList &row : table.rows)
        outText += line(row);
    return outText;
}

QString renderMarkdown(const Table &table)
{
    auto esc = [](QString s) { return s.replace(QLatin1Char('|'), QStringLiteral("\\|")); };
    QString s = QStringLiteral("| ");
    QStringList headers;
    for (const QString &h : table.headers)
        headers << esc(h);
    s += headers.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
    for (qsizetype i = 0; i < table.headers.size(); ++i)
        s += QStringLiteral("---|");
    s += QLatin1Char('\n');
    for (const QStringList &row : table.rows) {
        QStringList cellsOfRow;
        for (const QString &c : row)
            cellsOfRow << esc(c);
        s += QStringLiteral("| ") + cellsOfRow.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    return s;
}

QString renderJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void out(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
}

void err(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stderr);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stderr);
}

} // namespace sre::cli
