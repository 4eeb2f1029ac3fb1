// sre_export: the chart image puts lines and bands where the data says, standalone HTML carries
// its images, the PDF holds the text (read back with pdftotext) on the pages asked for, and its
// emoji marks are drawn in colour (looked at with pdftoppm), not as boxes or blanks.
#include "chartimage.h"
#include "emojiimages.h"
#include "htmldocument.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sre::exp;

namespace {

bool isRed(QRgb c)
{
    return qRed(c) > 180 && qGreen(c) < 60 && qBlue(c) < 60;
}
// The band is translucent orange over white: red stays high, blue drops.
bool isBand(QRgb c)
{
    return qRed(c) > 235 && qBlue(c) < 225 && qBlue(c) > 150 && qGreen(c) > 180;
}

// The colours of Noto Color Emoji's marks: ✅ a green square, ❌ a red cross, ⚠️ an amber triangle.
// A missing glyph's box is drawn in the text colour (#202020), a glyph without outlines not at all.
bool isMarkColour(QRgb c, const QString &colour)
{
    if (colour == u"green")
        return qGreen(c) > 120 && qGreen(c) > qRed(c) + 40 && qGreen(c) > qBlue(c) + 40;
    if (colour == u"red")
        return qRed(c) > 180 && qRed(c) > qGreen(c) + 100 && qRed(c) > qBlue(c) + 100;
    if (colour == u"amber")
        return qRed(c) > 200 && qGreen(c) > 150 && qBlue(c) < 100;
    return false;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private slots:
    void chartPlacesLineAndBand()
    {
        const qint64 t0 = QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 day = 24 * 3600 * 1000LL;
        ChartSpec spec;
        spec.title = QStringLiteral("Budget");
        spec.yMin = 0;
        spec.yMax = 1;
        spec.lines.append({ QStringLiteral("flat"), { QPointF(t0, 0.5), QPointF(t0 + day, 0.5) }, QColor(220, 0, 0) });
        spec.bands.append({ t0 + day / 4, t0 + day / 2, QString() });
        const QImage image = renderChart(spec, { 800, 300 }, 1.0);
        QCOMPARE(image.size(), QSize(800, 300));

        int minX = image.width(), maxX = -1, minY = image.height(), maxY = -1;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (isRed(image.pixel(x, y))) {
                    minX = std::min(minX, x), maxX = std::max(maxX, x);
                    minY = std::min(minY, y), maxY = std::max(maxY, y);
                }
        QVERIFY2(maxX > minX + 500, "the line spans the plot");
        QVERIFY2(maxY - minY <= 4, "a constant series is a horizontal line");

        // The band covers [1/4, 1/2] of the day, so of the line's horizontal span.
        const int row = minY - 20;
        int bandFrom = -1, bandTo = -1;
        for (int x = 0; x < image.width(); ++x)
            if (isBand(image.pixel(x, row))) {
                if (bandFrom < 0)
                    bandFrom = x;
                bandTo = x;
            }
        QVERIFY2(bandFrom > 0, "band drawn");
        const double span = maxX - minX;
        QVERIFY2(std::abs((bandFrom - minX) / span - 0.25) < 0.02, qPrintable(QString::number(bandFrom)));
        QVERIFY2(std::abs((bandTo - minX) / span - 0.5) < 0.02, qPrintable(QString::number(bandTo)));
    }

    void chartBreaksLineAtMissingData()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        ChartSpec spec;
        spec.yMin = 0;
        spec.yMax = 1;
        spec.lines.append(
            { QString(),
              { QPointF(0, 0.5), QPointF(1000, 0.5), QPointF(2000, nan), QPointF(3000, 0.5), QPointF(4000, 0.5) },
              QColor(220, 0, 0) });
        const QImage image = renderChart(spec, { 800, 200 }, 1.0);
        QList<bool> column(image.width(), false);
        for (int x = 0; x < image.width(); ++x)
            for (int y = 0; y < image.height(); ++y)
                column[x] = column[x] || isRed(image.pixel(x, y));
        const int first = int(column.indexOf(true)), last = int(column.lastIndexOf(true));
        const int mid = (first + last) / 2;
        QVERIFY(first >= 0);
        QVERIFY2(!column[mid], "no line drawn across the gap");
    }

    void standaloneHtmlInlinesImages()
    {
        QImage chart(40, 20, QImage::Format_ARGB32);
        chart.setDevicePixelRatio(2);
        chart.fill(Qt::blue);
        const HtmlDocument doc { QStringLiteral("Q4 <review>"),
                                 QStringLiteral("<p>x</p><img src=\"c.png\">"),
                                 { { QStringLiteral("c.png"), chart } } };
        const QString html = toStandaloneHtml(doc);
        QVERIFY(html.contains(QLatin1String("<title>Q4 &lt;review&gt;</title>")));
        QVERIFY(!html.contains(QLatin1String("src=\"c.png\"")));
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("src=\"data:image/png;base64,([^\"]+)\" width=\"(\\d+)\"")).match(html);
        QVERIFY(m.hasMatch());
        QCOMPARE(m.captured(2), QStringLiteral("20")); // logical width: 40 px at ratio 2
        QImage back;
        QVERIFY(back.loadFromData(QByteArray::fromBase64(m.captured(1).toLatin1()), "PNG"));
        QCOMPARE(back.size(), QSize(40, 20));
        QCOMPARE(back.pixelColor(5, 5), QColor(Qt::blue));
    }

    void pdfHoldsTextOnPages()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.pdf"));
        const QImage chart = renderChart({}, { 300, 100 });
        const HtmlDocument doc { QStringLiteral("Budget review 2026-10"),
                                 QStringLiteral("<h1>Alpha 99.95%</h1><img src=\"a.png\"><p>消費: 40%</p>"
                                                "<div style=\"page-break-before: always\"><h2>Beta 12.5</h2></div>"),
                                 { { QStringLiteral("a.png"), chart } } };
        QString error;
        QVERIFY2(writePdf(doc, path, &error), qPrintable(error));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        const QString text = run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
        QVERIFY2(text.contains(QLatin1String("Alpha 99.95%")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("消費: 40%")), qPrintable(text));
        const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY2(pages.size() >= 2 && pages.last().contains(QLatin1String("Beta 12.5"))
                     && !pages.first().contains(QLatin1String("Beta")),
                 qPrintable(text));
        // The text starts 2 cm (56.7 pt, plus the document's few points of inner margin) from the left
        // edge of the A4 page: margins, not a narrow column (it was 35 mm before).
        const QString bbox = run(QStringLiteral("pdftotext"), { QStringLiteral("-bbox"), path, QStringLiteral("-") });
        const QRegularExpressionMatch word
            = QRegularExpression(QStringLiteral("<word xMin=\"([0-9.]+)\"[^>]*>Alpha<")).match(bbox);
        QVERIFY2(word.hasMatch(), qPrintable(bbox));
        QVERIFY2(word.captured(1).toDouble() > 55 && word.captured(1).toDouble() < 66, qPrintable(word.captured(1)));
        const QString info = run(QStringLiteral("pdfinfo"), { path });
        QVERIFY2(info.contains(QLatin1String("Budget review 2026-10")), qPrintable(info));
    }

    // Emoji become one inline image each (a whole ZWJ sequence or flag is one); text inside tags
    // and characters that are only text stay as they are.
    void emojiBecomeImages_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<int>("images");
        QTest::addColumn<QString>("remainingText");
        QTest::newRow("check mark and cross") << QStringLiteral("<li>\u2705 ok</li><li>\u274C no</li>") << 2
                                              << QStringLiteral("<li> ok</li><li> no</li>");
        QTest::newRow("the same mark twice: one image, used twice")
            << QStringLiteral("\u2705 a \u2705 b") << 1 << QStringLiteral(" a  b");
        QTest::newRow("warning sign with U+FE0F")
            << QStringLiteral("\u26A0\uFE0F careful") << 1 << QStringLiteral(" careful");
        QTest::newRow("warning sign without U+FE0F stays text")
            << QStringLiteral("\u26A0 careful") << 0 << QStringLiteral("\u26A0 careful");
        QTest::newRow("ZWJ sequence (woman technologist) is one image")
            << QStringLiteral("\U0001F469\u200D\U0001F4BB on call") << 1 << QStringLiteral(" on call");
        QTest::newRow("flag (two regional indicators) is one image")
            << QStringLiteral("\U0001F1EF\U0001F1F5 Tokyo") << 1 << QStringLiteral(" Tokyo");
        QTest::newRow("inside a tag's attribute untouched")
            << QStringLiteral("<a title=\"\u2705\">x</a>") << 0 << QStringLiteral("<a title=\"\u2705\">x</a>");
        QTest::newRow("plain CJK and arrows untouched")
            << QStringLiteral("接続プール 50→200 \u2713") << 0 << QStringLiteral("接続プール 50→200 \u2713");
    }

    void emojiBecomeImages()
    {
        QFETCH(QString, html);
        QFETCH(int, images);
        QFETCH(QString, remainingText);
        const HtmlDocument out = withEmojiAsImages({ QStringLiteral("t"), html, {} });
        QCOMPARE(out.images.size(), images);
        QString text = out.bodyHtml;
        static const QRegularExpression tag(QStringLiteral("<img src=\"(emoji-[0-9a-f-]+\\.png)\"[^>]*>"));
        for (auto it = tag.globalMatch(text); it.hasNext();) {
            const QString name = it.next().captured(1);
            QVERIFY2(out.images.contains(name), qPrintable(name));
        }
        text.remove(tag);
        QCOMPARE(text, remainingText);
        for (const QImage &image : out.images) {
            QCOMPARE(image.devicePixelRatio(), 4.0);
            QVERIFY(image.width() >= 48 && image.height() == image.width());
        }
    }

    // The marks as a reader sees them: the PDF rendered by poppler shows each one in its colour, at
    // about the size of the text beside it, and the text around it is still text.
    void pdfDrawsEmojiMarks_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("colour");
        QTest::addColumn<QString>("text");
        QTest::newRow("check mark in a list item") << QStringLiteral("<ul><li>\u2705 alerts sent in time</li></ul>")
                                                   << QStringLiteral("green") << QStringLiteral("alerts sent in time");
        QTest::newRow("cross mark in a paragraph")
            << QStringLiteral("<p>\u274C no load test on staging</p>") << QStringLiteral("red")
            << QStringLiteral("no load test on staging");
        QTest::newRow("cross mark in a table cell")
            << QStringLiteral("<table><tr><td>\u274C</td><td>pool not monitored</td></tr></table>")
            << QStringLiteral("red") << QStringLiteral("pool not monitored");
        QTest::newRow("warning sign with U+FE0F in Japanese text")
            << QStringLiteral("<p>\u26A0\uFE0F 接続プール枯渇</p>") << QStringLiteral("amber")
            << QStringLiteral("接続プール枯渇");
    }

    void pdfDrawsEmojiMarks()
    {
        QFETCH(QString, html);
        QFETCH(QString, colour);
        QFETCH(QString, text);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("marks.pdf"));
        QString error;
        QVERIFY2(writePdf({ QStringLiteral("marks"), html, {} }, path, &error), qPrintable(error));
        const QString pdfText = run(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
        QVERIFY2(pdfText.simplified().contains(text), qPrintable(pdfText));
        // 144 dpi: 2 pixels a point.
        const QString prefix = dir.filePath(QStringLiteral("page"));
        run(QStringLiteral("pdftoppm"),
            { QStringLiteral("-r"), QStringLiteral("144"), QStringLiteral("-f"), QStringLiteral("1"),
              QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-png"), QStringLiteral("-singlefile"), path,
              prefix });
        const QImage page(prefix + QStringLiteral(".png"));
        QVERIFY2(!page.isNull(), "pdftoppm rendered no page");
        int count = 0;
        QRect box;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x)
                if (isMarkColour(page.pixel(x, y), colour)) {
                    ++count;
                    box |= QRect(x, y, 1, 1);
                }
        // The 10 pt body text: a mark of 7..16 pt (14..32 pixels), mostly filled with its colour.
        QVERIFY2(count > 60,
                 qPrintable(QStringLiteral("%1 %2 pixels: the mark is missing or a box").arg(count).arg(colour)));
        QVERIFY2(box.height() >= 14 && box.height() <= 32 && box.width() <= 32,
                 qPrintable(QStringLiteral("mark of %1×%2 pixels").arg(box.width()).arg(box.height())));
    }

    void unwritablePathIsAnError()
    {
        QString error;
        const QString path = QStringLiteral("/nonexistent-dir/x.html");
        QVERIFY(!writeHtml({ QStringLiteral("t"), QStringLiteral("b"), {} }, path, &error));
        QVERIFY2(error.startsWith(path), qPrintable(error));
        error.clear();
        QVERIFY(!writePdf({ QStringLiteral("t"), QStringLiteral("b"), {} }, QStringLiteral("/nonexistent-dir/x.pdf"),
                          &error));
        QVERIFY2(error.contains(QLatin1String("/nonexistent-dir/x.pdf")), qPrintable(error));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
