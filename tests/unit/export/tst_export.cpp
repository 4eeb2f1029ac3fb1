// sre_export: the chart image puts lines and bands where the data says, standalone HTML carries
// its images, and the PDF holds the text (read back with pdftotext) on the pages asked for.
#include "chartimage.h"
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
