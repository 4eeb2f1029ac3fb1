#include "htmldocument.h"

#include "emojiimages.h"

#include <QBuffer>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>

namespace sre::exp {
namespace {

const QString kStyle = QStringLiteral(
    "body { font-family: 'Noto Sans', 'Noto Sans CJK JP', sans-serif; font-size: 10pt; color: #202020; }\n"
    "h1 { font-size: 20pt; } h2 { font-size: 15pt; margin-top: 14pt; } h3 { font-size: 12pt; }\n"
    "table { border-collapse: collapse; margin: 6pt 0; }\n"
    "th, td { border: 1px solid #bbbbbb; padding: 3px 6px; text-align: left; vertical-align: top; }\n"
    "th { background: #eeeeee; }\n"
    "td.num, th.num { text-align: right; }\n"
    "code, pre { font-family: 'Noto Sans Mono', monospace; }\n"
    ".muted { color: #666666; }\n"
    ".bad { color: #b00020; font-weight: bold; }\n"
    ".ok { color: #1b6e20; }\n");

const QRegularExpression &imgTag()
{
    static const QRegularExpression re(QStringLiteral(R"re(<img\s+src="([^"]+)"([^>]*)>)re"));
    return re;
}

// Gives every <img> naming one of the document's images a width in logical pixels, so a
// high-DPI chart is laid out at its intended size.
QString withImageWidths(const HtmlDocument &doc)
{
    QString out;
    qsizetype last = 0;
    for (auto it = imgTag().globalMatch(doc.bodyHtml); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(doc.bodyHtml).mid(last, m.capturedStart() - last);
        const auto image = doc.images.constFind(m.captured(1));
        if (image != doc.images.cend() && !m.captured(2).contains(QLatin1String("width"))) {
            const int width = qRound(image->width() / image->devicePixelRatio());
            out += QStringLiteral("<img src=\"%1\" width=\"%2\"%3>").arg(m.captured(1)).arg(width).arg(m.captured(2));
        } else {
            out += m.captured(0);
        }
        last = m.capturedEnd();
    }
    out += QStringView(doc.bodyHtml).mid(last);
    return out;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QString toStandaloneHtml(const HtmlDocument &doc)
{
    QString body = withImageWidths(doc);
    for (auto it = doc.images.cbegin(); it != doc.images.cend(); ++it) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        it.value().save(&buffer, "PNG");
        body.replace(QStringLiteral("src=\"%1\"").arg(it.key()),
                     QStringLiteral("src=\"data:image/png;base64,%1\"").arg(QString::fromLatin1(png.toBase64())));
    }
    return QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n"
                          "<style>\n%2img { max-width: 100%; }\n"
                          "@media print { div[style*=\"page-break-before\"] { break-before: page; } }\n"
                          "</style>\n</head>\n<body>\n%3\n</body>\n</html>\n")
        .arg(doc.title.toHtmlEscaped(), kStyle, body);
}

bool writeHtml(const HtmlDocument &doc, const QString &path, QString *error)
{
    // Unbuffered: Qt 6.4's QSaveFile commits (renames) even when the write of its buffer
    // failed, e.g. on a full disk, replacing the file with a truncated one (tst_diskfaults).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(error, QStringLiteral("%1: %2").arg(path, file.errorString()));
    file.write(toStandaloneHtml(doc).toUtf8());
    if (!file.commit())
        return fail(error, QStringLiteral("%1: %2").arg(path, file.errorString()));
    return true;
}

void printTo(const HtmlDocument &source, QPagedPaintDevice *device)
{
    // Emoji as pictures: a colour emoji font cannot be embedded in a PDF (see emojiimages.h).
    const HtmlDocument doc = withEmojiAsImages(source);
    QTextDocument text;
    text.setDefaultStyleSheet(kStyle);
    for (auto it = doc.images.cbegin(); it != doc.images.cend(); ++it)
        text.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    text.setHtml(withImageWidths(doc));
    text.print(device);
}

bool writePdf(const HtmlDocument &doc, const QString &path, QString *error)
{
    // QPdfWriter writes straight to the file; write beside it and rename so a failed export never
    // leaves half a PDF under the requested name.
    const QString partial = path + QStringLiteral(".part");
    {
        QPdfWriter writer(partial);
        writer.setTitle(doc.title);
        writer.setCreator(QStringLiteral("SRE Console"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        // QTextDocument::print lays an unpaginated document out with its own 2 cm margins and a page
        // number at the foot; more margin on the writer would only narrow the text.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);

        printTo(doc, &writer);
    }
    QFile out(partial);
    if (out.size() == 0) {
        out.remove();
        return fail(error, QStringLiteral("%1: could not write the PDF").arg(path));
    }
    QFile::remove(path);
    if (!out.rename(path))
        return fail(error, QStringLiteral("%1: %2").arg(path, out.errorString()));
    return true;
}

} // namespace sre::exp
