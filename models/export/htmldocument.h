#pragma once

#include <QImage>
#include <QMap>
#include <QString>

class QPagedPaintDevice;

namespace sre::exp {

// A document written as standalone HTML or PDF. bodyHtml refers to images by name
// (`<img src="burn.png">` → images["burn.png"]). `<div style="page-break-before: always">` starts a
// new page in the PDF.
struct HtmlDocument
{
    QString title;
    QString bodyHtml;
    QMap<QString, QImage> images;
};

// Images inlined as data: URIs and a small print-friendly style sheet: one file, nothing remote.
QString toStandaloneHtml(const HtmlDocument &doc);
bool writeHtml(const HtmlDocument &doc, const QString &path, QString *error);
// A4 portrait, 2 cm margins and page numbers, through QTextDocument and QPdfWriter; the title
// becomes the PDF title. Needs a QGuiApplication (the offscreen platform is enough).
bool writePdf(const HtmlDocument &doc, const QString &path, QString *error);
// Lays the document out on `device` (a QPdfWriter, or a QPrinter for printing) and paints it.
void printTo(const HtmlDocument &doc, QPagedPaintDevice *device);

} // namespace sre::exp
