// What the postmortem editor stands on below the widgets: the edit buffer, derived figures
// written into the text, the line diff behind "Compare", and the recovery store.
#include "document.h"
#include "editbuffer.h"
#include "figures.h"
#include "recovery.h"
#include "textdiff.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sre;

class TestPmEditSupport : public QObject
{
    Q_OBJECT
private slots:
    void bufferRoundTrip_data();
    void bufferRoundTrip();
    void bufferBodyEditUsesFileLineEnding();
    void figuresUpdateExistingJapaneseLine();
    void diff_data();
    void diff();
    void recoveryStore();
};

void TestPmEditSupport::bufferRoundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("front matter and body") << QByteArray("---\nid: X\n---\n## A\ntext\n");
    QTest::newRow("robustness: no front matter") << QByteArray("## A\ntext");
    QTest::newRow("robustness: empty file") << QByteArray();
    QTest::newRow("CRLF") << QByteArray("---\r\nid: X\r\n---\r\n## A\r\ntext\r\n");
    QTest::newRow("mixed endings") << QByteArray("---\nid: X\r\n---\n## A\r\ntext\n");
    QTest::newRow("robustness: invalid UTF-8") << QByteArray("---\nid: X\n---\n\xff\xfe text\n");
}

void TestPmEditSupport::bufferRoundTrip()
{
    QFETCH(QByteArray, bytes);
    pm::EditBuffer b = pm::EditBuffer::fromBytes(bytes);
    QCOMPARE(b.toBytes(), bytes);
    b.setBodyText(b.bodyText());
    QCOMPARE(b.toBytes(), bytes);
    QVERIFY(!b.isModified());
}

void TestPmEditSupport::bufferBodyEditUsesFileLineEnding()
{
    pm::EditBuffer b = pm::EditBuffer::fromBytes("---\r\nid: X\r\n---\r\n## A\r\ntext\r\n");
    QCOMPARE(b.bodyFirstLine(), 4);
    b.setBodyText(b.bodyText() + QStringLiteral("more\n"));
    QCOMPARE(b.toBytes(), QByteArray("---\r\nid: X\r\n---\r\n## A\r\ntext\r\nmore\r\n"));
    b.frontMatter().setValue(QStringLiteral("title"), QStringLiteral("T"));
    QCOMPARE(b.toBytes(), QByteArray("---\r\nid: X\r\ntitle: T\r\n---\r\n## A\r\ntext\r\nmore\r\n"));
    QCOMPARE(b.bodyFirstLine(), 5);
}

void TestPmEditSupport::figuresUpdateExistingJapaneseLine()
{
    QFile f(QStringLiteral(SRE_SOURCE_DIR "/resources/demo/postmortems/INC-2025-001.md"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    pm::PostmortemDocument doc = pm::PostmortemDocument::parse(bytes);
    const pm::DerivedFigures figures = pm::derivedFigures(doc.metadata().postmortem);
    // 14:32 → 14:35 → 15:15 → 15:47.
    QCOMPARE(*figures.timeToDetect, 3 * 60);
    QCOMPARE(*figures.impactDuration, 75 * 60);
    QVERIFY(pm::writeDerivedFigures(doc, figures, true));
    const QByteArray out = doc.toBytes();
    // The seed's own "影響時間" line keeps its place and value; the three others are added to 影響.
    QVERIFY(out.contains("- **影響時間**: 1h 15m\n"));
    QCOMPARE(out.count("影響時間**"), 1);
    const qsizetype impact = out.indexOf("\n## 影響\n");
    QVERIFY(out.indexOf("- **検知までの時間**: 3m\n") > impact);
    QVERIFY(out.indexOf("- **緩和までの時間**: 43m\n") > impact);
    QVERIFY(out.indexOf("- **解決までの時間**: 1h 15m\n") > impact);
    // Everything else is as it was.
    QByteArray back = out;
    back.replace("- **影響時間**: 1h 15m\n", "- **影響時間**: 1時間15分\n");
    back.replace("- **検知までの時間**: 3m\n- **緩和までの時間**: 43m\n- **解決までの時間**: 1h 15m\n", "");
    QCOMPARE(back, bytes);
}

void TestPmEditSupport::diff_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QString>("expected"); // one char per line: = - +
    // "a,b,c" → lines.
    const auto l
        = [](const char *lines) { return QString::fromLatin1(lines).split(QLatin1Char(','), Qt::SkipEmptyParts); };
    QTest::newRow("same") << l("a,b") << l("a,b") << QStringLiteral("==");
    QTest::newRow("changed middle line") << l("a,b,c") << l("a,x,c") << QStringLiteral("=-+=");
    QTest::newRow("insert") << l("a,c") << l("a,b,c") << QStringLiteral("=+=");
    QTest::newRow("delete") << l("a,b,c") << l("a,c") << QStringLiteral("=-=");
    QTest::newRow("robustness: from empty") << l("") << l("a") << QStringLiteral("+");
    QTest::newRow("moved line") << l("a,b,c") << l("b,c,a") << QStringLiteral("-==+");
}

void TestPmEditSupport::diff()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(QString, expected);
    QString kinds;
    QStringList rebuiltBefore, rebuiltAfter;
    for (const DiffLine &d : diffLines(before, after)) {
        kinds += d.kind == DiffLine::Kind::Same ? u'=' : d.kind == DiffLine::Kind::Removed ? u'-' : u'+';
        if (d.kind != DiffLine::Kind::Added)
            rebuiltBefore << d.text;
        if (d.kind != DiffLine::Kind::Removed)
            rebuiltAfter << d.text;
    }
    QCOMPARE(kinds, expected);
    QCOMPARE(rebuiltBefore, before);
    QCOMPARE(rebuiltAfter, after);
}

void TestPmEditSupport::recoveryStore()
{
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("ws/postmortems/INC-1.md"));
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile(file).open(QIODevice::WriteOnly);
    RecoveryStore store(tmp.filePath(QStringLiteral("recovery")));
    QVERIFY(!store.load(file));
    const QDateTime at = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QVERIFY(store.save({ file, "typed \xe6\x96\x87\n", "base", at, 42 }));
    QVERIFY(store.contentPath(file).startsWith(store.dir()));
    QFile content(store.contentPath(file));
    QVERIFY(content.open(QIODevice::ReadOnly));
    QCOMPARE(content.readAll(), QByteArray("typed \xe6\x96\x87\n")); // readable as it is
    const std::optional<RecoveryEntry> e = store.load(file);
    QVERIFY(e);
    QCOMPARE(e->content, QByteArray("typed \xe6\x96\x87\n"));
    QCOMPARE(e->baseContent, QByteArray("base"));
    QCOMPARE(e->savedAt, at);
    QCOMPARE(e->pid, 42);
    QCOMPARE(store.entries(tmp.filePath(QStringLiteral("ws"))).size(), 1);
    QCOMPARE(store.entries(tmp.filePath(QStringLiteral("elsewhere"))).size(), 0);
    QVERIFY(store.remove(file));
    QVERIFY(!store.load(file));
    QVERIFY(store.entries().isEmpty());
}

QTEST_MAIN(TestPmEditSupport)
#include "tst_pmeditsupport.moc"
