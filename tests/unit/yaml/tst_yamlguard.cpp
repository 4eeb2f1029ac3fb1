// yaml::interpret and yaml::validate: the guard every YAML loader goes through.
#include "frontmatter.h"
#include "yamlutil.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace sre;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every YAML text the repository holds: *.yaml / *.yml files and the front matter of *.md files,
// except the repro inputs that are broken on purpose.
QMap<QString, QByteArray> repositoryYaml()
{
    QMap<QString, QByteArray> texts;
    for (const char *root : { "resources", "tests/data", "tests/integration/data", "docs" }) {
        QDirIterator it(QStringLiteral(SRE_SOURCE_DIR "/") + QLatin1String(root),
                        { QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.md") }, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file.contains(u"/tests/data/repro/"))
                continue;
            const QByteArray bytes = readAll(file);
            if (file.endsWith(u".md")) {
                const FrontMatter fm = splitFrontMatter(bytes);
                if (fm.present)
                    texts.insert(file, fm.yaml);
            } else {
                texts.insert(file, bytes);
            }
        }
    }
    return texts;
}

std::string dumpAll(const yaml::Documents &documents)
{
    std::string out;
    for (const YAML::Node &doc : documents)
        out += YAML::Dump(doc) + "\n---\n";
    return out;
}

// 10 levels of aliases, each ten of the one before: 10^10 nodes from about 500 bytes.
QByteArray billionLaughs()
{
    QByteArray text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'j'; ++c) {
        const QByteArray prev = "*" + QByteArray(1, char(c - 1));
        text += QByteArray(1, c) + ": &" + c + " [" + (QByteArrayList(10, prev)).join(", ") + "]\n";
    }
    return text;
}
} // namespace

class TestYamlGuard : public QObject
{
    Q_OBJECT
private slots:
    void rejected_data();
    void rejected();
    void readerExceptionsBecomeProblems_data();
    void readerExceptionsBecomeProblems();
    void firstLineShiftsLinesAndMessage();
    void emptyDocumentsLoad_data();
    void emptyDocumentsLoad();
    void repositoryYamlLoadsAsBefore();
    void limitsAreExact();
};

void TestYamlGuard::rejected_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message"); // the start of it

    QTest::newRow("repro: yaml-cpp 0.7 loops forever on it (tests/data/repro/hang-workspace.yaml)")
        << readAll(QStringLiteral(SRE_SOURCE_DIR "/tests/data/repro/hang-workspace.yaml")) << 6
        << "invalid YAML at 6:1: did not find expected <document start>";
    QTest::newRow("yaml-cpp 0.7 hangs on a tagged plain scalar continued with a comma (fuzz_workspace_yaml)")
        << QByteArray("!a b\n,c\n") << 2 << "unquoted text continued on a line that starts with a comma";
    QTest::newRow("the same with an anchor, an empty line between and an indented comma")
        << QByteArray("&x b\n c\n\n  ,d\n") << 4 << "unquoted text continued on a line that starts with a comma";
    QTest::newRow("fuzz input: a longer tagged scalar, the comma on its third line")
        << readAll(
               QStringLiteral(SRE_SOURCE_DIR "/tests/fuzz/regressions/workspace_yaml/yaml-cpp-hang-libyaml-accepts-2"))
        << 3 << "unquoted text continued on a line that starts with a comma";
    // Valid YAML that yaml-cpp reads differently, after which its LoadAll() loops: a token it
    // cannot start a node with is never taken (found by the fuzz targets of all YAML loaders).
    QTest::newRow("yaml-cpp hangs: its anchor name takes the colon, then a comma (fuzz_alert_rules)")
        << QByteArray("&n:,\n") << 1 << "yaml-cpp cannot read on from 1:4: put the value there";
    QTest::newRow("yaml-cpp hangs: a tag glued to text with a comma, two lines down (fuzz_workspace_yaml)")
        << QByteArray("! b,c\n\n!b,c\n") << 3 << "yaml-cpp cannot read on from 3:3: put the value there";
    QTest::newRow("yaml-cpp hangs: a tagged scalar continued with '? ' (fuzz_oncall)")
        << QByteArray("! o\n? x\n") << 2 << "yaml-cpp cannot read on from 2:1: put the value there";
    QTest::newRow("repro: invalid UTF-8 (tests/data/repro/crash-oncall.yaml)")
        << readAll(QStringLiteral(SRE_SOURCE_DIR "/tests/data/repro/crash-oncall.yaml")) << 99
        << "invalid YAML: invalid trailing UTF-8 octet";
    QTest::newRow("syntax: unclosed flow sequence names where it opened")
        << QByteArray("a: 1\nb: [x, y\n") << 3
        << "invalid YAML at 3:1: did not find expected ',' or ']' (while parsing a flow sequence at 2:4)";
    QTest::newRow("syntax: a tab for indentation") << QByteArray("a:\n\tb: 1\n") << 2 << "invalid YAML at 2:";
    QTest::newRow("bytes: a NUL in the middle")
        << QByteArray("a: 1\nb: \0\n", 10) << 2 << "invalid YAML: control characters are not allowed";
    QTest::newRow("limits: billion laughs") << billionLaughs() << 6 << "YAML expands to more than 1000000 nodes";
    QTest::newRow("limits: 101 nested sequences")
        << QByteArray(101, '[') + QByteArray(101, ']') << 1 << "YAML nested deeper than 100 levels";
    QTest::newRow("limits: 17 MB") << QByteArray("a: ") + QByteArray(17 * 1024 * 1024, 'x') << 0
                                   << "the file is 17 MB; YAML files are read up to 16 MB";
}

void TestYamlGuard::rejected()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    QVERIFY(!text.isEmpty());
    QElapsedTimer timer;
    timer.start();
    Problems problems;
    bool called = false;
    QVERIFY(
        !yaml::interpret(text, QStringLiteral("f.yaml"), problems, [&](const yaml::Documents &) { called = true; }));
    QVERIFY(!called); // yaml-cpp never saw it
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.front().file, QStringLiteral("f.yaml"));
    QCOMPARE(problems.front().line, line);
    QVERIFY2(problems.front().message.startsWith(message), qPrintable(problems.front().message));
    QVERIFY(problems.front().isError());
    QVERIFY2(timer.elapsed() < 5000, "a rejected text costs one libyaml pass");
}

void TestYamlGuard::readerExceptionsBecomeProblems_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    // Lines are yaml-cpp's marks of the node that threw.
    QTest::newRow("operator[] on a scalar (YAML::BadSubscript)")
        << QByteArray("groups:\n  - g\n") << 2 << "unexpected structure here: operator[] call on a scalar";
    QTest::newRow("as<int>() on a word (YAML::TypedBadConversion)")
        << QByteArray("groups:\n  - name: many\n") << 2 << "unexpected structure here: bad conversion";
    QTest::newRow("an alias to an anchor never defined (yaml-cpp's own error)")
        << QByteArray("a: *nowhere\n") << 1 << "invalid YAML: the referenced anchor is not defined";
}

void TestYamlGuard::readerExceptionsBecomeProblems()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    Problems problems;
    const bool ok = yaml::interpret(text, QStringLiteral("f.yaml"), problems, [](const yaml::Documents &documents) {
        // A careless reader: assumes every group is a map with an integer name.
        for (const YAML::Node &group : documents.front()["groups"])
            (void)group["name"].as<int>();
    });
    QVERIFY(!ok);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.front().line, line);
    QVERIFY2(problems.front().message.startsWith(message), qPrintable(problems.front().message));

    // Any other exception from a reader too, without a line.
    problems.clear();
    QVERIFY(!yaml::interpret("a: 1\n", QStringLiteral("f.yaml"), problems,
                             [](const yaml::Documents &) { throw std::runtime_error("reader bug"); }));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.front().toString(), QStringLiteral("f.yaml: cannot read this file: reader bug"));
}

void TestYamlGuard::firstLineShiftsLinesAndMessage()
{
    // Front matter starting on line 2 of a Markdown file: problems name file lines.
    Problems problems;
    QVERIFY(!yaml::interpret(
        "id: x\nslos: [a\n", QStringLiteral("p.md"), problems, [](const yaml::Documents &) {}, 2));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.front().toString(),
             QStringLiteral("p.md:4: invalid YAML at 4:1: did not find expected ',' or ']' "
                            "(while parsing a flow sequence at 3:7)"));
    problems.clear();
    QVERIFY(!yaml::interpret(
        "id: x\nslos: y\n", QStringLiteral("p.md"), problems,
        [](const yaml::Documents &d) { (void)d.front()["slos"]["z"]; }, 2));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.front().line, 3);
    problems.clear();
    QVERIFY(!yaml::interpret(
        "&n:,\n", QStringLiteral("p.md"), problems, [](const yaml::Documents &) {}, 2));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.front().toString(),
             QStringLiteral("p.md:2: yaml-cpp cannot read on from 2:4: put the value there (or the one before it, "
                            "with its anchor or tag) in quotes"));
}

void TestYamlGuard::emptyDocumentsLoad_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("documents");
    // Streams yaml-cpp's dry run must not take for a stall: empty documents one after another.
    QTest::newRow("three empty documents") << QByteArray("---\n---\n---\n") << 3;
    QTest::newRow("empty documents with end markers") << QByteArray("--- \n...\n--- \n...\n") << 2;
    QTest::newRow("a scalar, then an empty document") << QByteArray("a\n---\n") << 2;
    QTest::newRow("a map, a flow sequence, a block sequence")
        << QByteArray("a: 1\n---\nb: [x, y]\n...\n---\n- z\n") << 3;
    QTest::newRow("only a comment") << QByteArray("# only a comment\n") << 0;
    QTest::newRow("nothing") << QByteArray() << 0;
}

void TestYamlGuard::emptyDocumentsLoad()
{
    QFETCH(QByteArray, text);
    QFETCH(int, documents);
    Problems problems;
    int count = -1;
    QVERIFY(yaml::interpret(text, QStringLiteral("f.yaml"), problems,
                            [&](const yaml::Documents &d) { count = int(d.size()); }));
    QVERIFY(problems.isEmpty());
    QCOMPARE(count, documents);
}

void TestYamlGuard::repositoryYamlLoadsAsBefore()
{
    // libyaml must not turn away what yaml-cpp read before, and what it lets through must load
    // into the same nodes as yaml-cpp alone.
    const QMap<QString, QByteArray> texts = repositoryYaml();
    QVERIFY2(texts.size() > 30, qPrintable(QString::number(texts.size())));
    int compared = 0;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        std::string direct;
        try {
            direct = dumpAll(YAML::LoadAll(it.value().toStdString()));
        } catch (const YAML::Exception &) {
            continue; // a test input that is broken on purpose
        }
        Problems problems;
        std::string guarded;
        const bool ok = yaml::interpret(it.value(), it.key(), problems,
                                        [&](const yaml::Documents &documents) { guarded = dumpAll(documents); });
        QVERIFY2(ok, qPrintable(problems.isEmpty() ? it.key() : problems.front().toString()));
        QCOMPARE(QString::fromStdString(guarded), QString::fromStdString(direct));
        ++compared;
    }
    QVERIFY(compared > 30);
}

void TestYamlGuard::limitsAreExact()
{
    // One below each limit passes, the limit itself does not: the bounds are where they say.
    yaml::Limits limits;
    limits.maxDepth = 5;
    limits.maxNodes = 12;
    QVERIFY(!yaml::validate("[[[[[x]]]]]", QString(), limits)); // depth 5, 6 nodes
    QVERIFY(yaml::validate("[[[[[[x]]]]]]", QString(), limits)); // depth 6
    // a: 11 nodes with the sequence; the key "a" and the map make 13, over 12.
    QVERIFY(yaml::validate("a: [x, x, x, x, x, x, x, x, x, x]\n", QString(), limits));
    QVERIFY(!yaml::validate("[x, x, x, x, x, x, x, x, x, x, x]\n", QString(), limits)); // 12
    // An alias counts what it stands for: the map, two keys, the sequence of 3 (4), the alias (4).
    limits.maxNodes = 11;
    QVERIFY(!yaml::validate("a: &s [x, y, z]\nb: *s\n", QString(), limits));
    limits.maxNodes = 10;
    QVERIFY(yaml::validate("a: &s [x, y, z]\nb: *s\n", QString(), limits));
}

QTEST_GUILESS_MAIN(TestYamlGuard)
#include "tst_yamlguard.moc"
