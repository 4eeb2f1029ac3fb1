#include "diffdialog.h"

#include "textdiff.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace sre {

DiffDialog::DiffDialog(const QString &title, const QByteArray &before, const QByteArray &after,
                       const QString &beforeLabel, const QString &afterLabel, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    resize(900, 600);
    const auto lines = [](const QByteArray &bytes) {
        QString text = QString::fromUtf8(bytes);
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        return text.split(QLatin1Char('\n'));
    };
    const QList<DiffLine> diff = diffLines(lines(before), lines(after));

    auto *legend = new QLabel(QStringLiteral("<span style=\"background:#ffebee\">− %1</span>&nbsp;&nbsp;"
                                             "<span style=\"background:#e8f5e9\">+ %2</span>")
                                  .arg(beforeLabel.toHtmlEscaped(), afterLabel.toHtmlEscaped()),
                              this);
    auto *view = new QPlainTextEdit(this);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QTextCursor cursor(view->document());
    int changes = 0;
    for (qsizetype i = 0; i < diff.size(); ++i) {
        const DiffLine &d = diff[i];
        QTextBlockFormat block;
        QString prefix = QStringLiteral("  ");
        if (d.kind == DiffLine::Kind::Removed) {
            block.setBackground(QColor(0xff, 0xeb, 0xee));
            prefix = QStringLiteral("− ");
        } else if (d.kind == DiffLine::Kind::Added) {
            block.setBackground(QColor(0xe8, 0xf5, 0xe9));
            prefix = QStringLiteral("+ ");
        }
        changes += d.kind == DiffLine::Kind::Same ? 0 : 1;
        if (i > 0)
            cursor.insertBlock(block);
        else
            cursor.setBlockFormat(block);
        cursor.insertText(prefix + d.text);
    }
    if (changes == 0)
        legend->setText(tr("No difference."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(legend);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    view->moveCursor(QTextCursor::Start);
}

} // namespace sre
