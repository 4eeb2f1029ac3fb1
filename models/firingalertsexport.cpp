// Copy as Markdown and Export view to CSV of the Firing now tree.
#include "firingalertsmodel.h"

namespace sre {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString markdownCell(QString text)
{
    text.replace(QStringLiteral("|"), QStringLiteral("\\|"));
    text.replace(u'\n', u' ');
    return text;
}

} // namespace

QString FiringAlertsModel::toCsv() const
{
    // One line per alert (the group is a column), full labels, times in UTC so a spreadsheet can
    // sort them whatever the workspace time zone.
    QStringList header;
    header << tr("Group");
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    header << tr("Firing since (UTC)") << tr("All labels") << tr("Fingerprint");
    QString out = header.join(u',') + u'\n';
    for (int g = 0; g < rowCount(); ++g) {
        const QModelIndex group = index(g, Summary);
        const QString groupText = group.data().toString();
        for (int r = 0; r < rowCount(index(g, 0)); ++r) {
            QStringList row { csvField(groupText) };
            for (int c = 0; c < ColumnCount; ++c)
                row << csvField(index(r, c, index(g, 0)).data().toString());
            const alerting::Alert *a = alertAt(index(r, 0, index(g, 0)));
            row << csvField(a->startsAt.toUTC().toString(Qt::ISODate))
                << csvField(index(r, Labels, index(g, 0)).data(Qt::ToolTipRole).toString()) << csvField(a->fingerprint);
            out += row.join(u',') + u'\n';
        }
    }
    return out;
}

QString FiringAlertsModel::toMarkdown(const QModelIndexList &rows) const
{
    QModelIndexList chosen;
    for (const QModelIndex &i : rows) {
        const QModelIndex first = i.siblingAtColumn(0);
        if (!chosen.contains(first))
            chosen << first;
    }
    if (chosen.isEmpty()) {
        for (int g = 0; g < rowCount(); ++g)
            chosen << index(g, 0);
    }
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    QString out = QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
    for (int c = 0; c < ColumnCount; ++c)
        out += QStringLiteral("---|");
    out += u'\n';
    const auto line = [&](const QModelIndex &first, const QString &indent) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << markdownCell(first.siblingAtColumn(c).data().toString());
        cells[Summary] = indent + cells[Summary];
        out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    };
    for (const QModelIndex &i : chosen) {
        if (i.data(IsGroupRole).toBool()) {
            line(i, QString());
            for (int r = 0; r < rowCount(i); ++r)
                line(index(r, 0, i), QStringLiteral("↳ "));
        } else {
            line(i, QString());
        }
    }
    return out;
}

} // namespace sre
