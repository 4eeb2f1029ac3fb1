// The search index: query syntax, fuzzy names, Markdown stripping, search on the demo, incremental
// updates, cancellation, readers during an update.
#include "tst_runbook.h"

#include "fuzzy.h"
#include "markdown.h"
#include "searchindex.h"

#include <QDirIterator>
#include <QtConcurrent/QtConcurrentRun>

using namespace sre;
using namespace rbtest;

namespace {

int markdownFiles(const QString &root)
{
    int n = 0;
    QDirIterator it(root, { QStringLiteral("*.md") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

QStringList paths(const rb::SearchResult &r, const QString &base)
{
    QStringList out;
    for (const rb::SearchHit &h : r.hits)
        out << QDir(base).relativeFilePath(h.path);
    return out;
}

// Many small runbooks, each with a common word and a word of its own.
void writeCorpus(const Tree &t, const QString &root, int count)
{
    for (int i = 0; i < count; ++i) {
        const QByteArray text
            = QStringLiteral("# Alert%1\n\n## Meaning\n\nCommon words here, and unique%1.\n").arg(i).toUtf8();
        QVERIFY(t.write(QStringLiteral("%1/c%2/Alert%3.md").arg(root).arg(i % 10).arg(i), text));
    }
}

} // namespace

void TestRunbook::ftsQuery_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("prefixLastWord");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the word being typed is a prefix") << "crashloop" << true << "\"crashloop\"*";
    QTest::newRow("two words: only the last is a prefix")
        << "kubectl rollout" << true << "\"kubectl\" AND \"rollout\"*";
    QTest::newRow("prefixing off") << "kubectl rollout" << false << "\"kubectl\" AND \"rollout\"";
    QTest::newRow("a trailing space ends the word") << "kubectl " << true << "\"kubectl\"";
    QTest::newRow("one letter is not made a prefix") << "k" << true << "\"k\"";
    QTest::newRow("explicit prefix") << "kubep*" << false << "\"kubep\"*";
    QTest::newRow("hyphenated word is a phrase") << "kube-state-metrics" << false << "\"kube state metrics\"";
    QTest::newRow("quoted phrase") << "\"rollout undo\" deployment" << false << "\"rollout undo\" AND \"deployment\"";
    QTest::newRow("robustness: unbalanced quote") << "\"rollout" << false << "\"rollout\"";
    QTest::newRow("robustness: FTS5 syntax is only text")
        << "NEAR(a b) col:x ^y -z" << false << "\"NEAR a\" AND \"b\" AND \"col x\" AND \"y\" AND \"z\"";
    QTest::newRow("OR between words") << "pod OR node" << false << "\"pod\" OR \"node\"";
    QTest::newRow("robustness: leading and trailing OR dropped") << "OR pod OR" << false << "\"pod\"";
    QTest::newRow("Japanese: one token per character")
        << QStringLiteral("接続プール") << false << QStringLiteral("\"接 続 プ ー ル\"");
    QTest::newRow("robustness: nothing searchable") << "*** --- \"\"" << true << "";
}

void TestRunbook::ftsQuery()
{
    QFETCH(QString, text);
    QFETCH(bool, prefixLastWord);
    QFETCH(QString, expected);
    QCOMPARE(rb::SearchIndex::ftsQuery(text, prefixLastWord), expected);
}

void TestRunbook::fuzzy_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<bool>("matches");
    const QString crash = QStringLiteral("KubePodCrashLooping");
    QTest::newRow("run-together words") << "kubepodcrash" << crash << true;
    QTest::newRow("initials") << "KPCL" << crash << true;
    QTest::newRow("initials, lower case") << "kpcl" << crash << true;
    QTest::newRow("later words only") << "crashloop" << crash << true;
    QTest::newRow("words with spaces") << "pod crash" << crash << true;
    QTest::newRow("the whole name") << crash << crash << true;
    QTest::newRow("scattered letters do not match") << "kbr" << crash << false;
    QTest::newRow("the middle of a word does not match") << "ooping" << crash << false;
    QTest::newRow("acronym then word") << "hs"
                                       << "HTTPServerDown" << true;
    QTest::newRow("digits start words") << "http5"
                                        << "Http5xxRateHigh" << true;
    QTest::newRow("separators start words") << "nfs"
                                            << "node-filesystem_space" << true;
    QTest::newRow("title with spaces") << "kubepodcrash"
                                       << "Kube Pod Crash Looping" << true;
    QTest::newRow("Japanese characters") << QStringLiteral("接続") << QStringLiteral("myapp-api DB接続プール枯渇")
                                         << true;
    QTest::newRow("robustness: empty query") << "" << crash << false;
    QTest::newRow("robustness: longer than the name") << "kubepodcrashloopingx" << crash << false;
}

void TestRunbook::fuzzy()
{
    QFETCH(QString, query);
    QFETCH(QString, candidate);
    QFETCH(bool, matches);
    const rb::FuzzyMatch m = rb::fuzzyMatch(query, candidate);
    QCOMPARE(m.matched(), matches);
    QCOMPARE(rb::fuzzyScore(rb::prepareQuery(query), rb::prepareCandidate(candidate)), m.score);
    if (matches) {
        QCOMPARE(m.positions.size(), rb::prepareQuery(query).folded.size());
        const QString marked = rb::highlightMatch(candidate, m.positions, QStringLiteral("["), QStringLiteral("]"));
        QVERIFY(marked.contains(u'['));
    }
}

void TestRunbook::fuzzyScoreIsTheMatchScore()
{
    // The score-only pass ranks every name; the full match is worked out for the hits shown. Both
    // must agree for every query: here each name's prefixes, initials and a word from the middle,
    // against every name.
    const QStringList names = { QStringLiteral("KubePodCrashLooping"),
                                QStringLiteral("KubeDeploymentPodCrashLoop"),
                                QStringLiteral("HTTPServerDown"),
                                QStringLiteral("Http5xxRateHigh"),
                                QStringLiteral("node-filesystem_space"),
                                QStringLiteral("Kube Pod Crash Looping"),
                                QStringLiteral("PodDisruptionBudgetAtLimit"),
                                QStringLiteral("Watchdog"),
                                QStringLiteral("WatchdogDown"),
                                QStringLiteral("myapp-api DB接続プール枯渇"),
                                QStringLiteral("ReplicaSetReplicasMismatch"),
                                QStringLiteral("etcdHighNumberOfFailedGRPCRequests"),
                                QStringLiteral("certificate-expiry"),
                                QStringLiteral("aaaaab"),
                                QStringLiteral("ab") };
    QStringList queries;
    for (const QString &n : names) {
        for (int k = 1; k <= std::min<int>(int(n.size()), 10); ++k)
            queries << n.left(k).toLower();
        QString initials;
        for (const QChar c : n)
            if (c.isUpper() || c.isDigit())
                initials += c;
        queries << initials << n.mid(n.size() / 2, 5) << n;
    }
    queries << QStringLiteral("pod crash") << QStringLiteral("aab") << QStringLiteral("kbr") << QStringLiteral("接続");
    int matched = 0;
    for (const QString &q : std::as_const(queries)) {
        const rb::FuzzyQuery prepared = rb::prepareQuery(q);
        for (const QString &n : names) {
            const int full = rb::fuzzyMatch(q, n).score;
            QVERIFY2(rb::fuzzyScore(prepared, rb::prepareCandidate(n)) == full,
                     qPrintable(q + QStringLiteral(" / ") + n));
            matched += full > 0 ? 1 : 0;
        }
    }
    QVERIFY(matched > 100); // the comparison covers matches, not only rejects
}

void TestRunbook::fuzzyPrefersWholeNames()
{
    using rb::fuzzyMatch;
    QVERIFY(fuzzyMatch(u"watchdog", u"Watchdog").score > fuzzyMatch(u"watchdog", u"WatchdogDown").score);
    QVERIFY(fuzzyMatch(u"pod", u"PodDisruptionBudgetAtLimit").score > fuzzyMatch(u"pod", u"KubePodNotReady").score);
    QVERIFY(fuzzyMatch(u"kubepodcrash", u"KubePodCrashLooping").score
            > fuzzyMatch(u"kubepodcrash", u"KubeDeploymentPodCrashLoop").score);
}

void TestRunbook::plainText_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<QStringList>("dropped");
    QTest::newRow("Hugo shortcodes dropped, their text kept") << QByteArray(
        "{{< alert icon=\"x\" context=\"warning\" >}}\nCareful now.\n{{< /alert >}}\n{{% notice %}}n{{% /notice %}}")
                                                              << QStringList { QStringLiteral("Careful now.") }
                                                              << QStringList { QStringLiteral("{{"),
                                                                               QStringLiteral("icon"),
                                                                               QStringLiteral("notice") };
    QTest::newRow("HTML tags dropped") << QByteArray("<details>\n<summary>Full context</summary>\nBody\n</details>\n")
                                       << QStringList { QStringLiteral("Full context"), QStringLiteral("Body") }
                                       << QStringList { QStringLiteral("details"), QStringLiteral("summary") };
    QTest::newRow("link URL dropped, label kept")
        << QByteArray("See [the runbook](../x/KubePodNotReady.md) now.")
        << QStringList { QStringLiteral("the runbook"), QStringLiteral("now.") }
        << QStringList { QStringLiteral("../x"), QStringLiteral(".md"), QStringLiteral("](") };
    QTest::newRow("code kept, fences dropped") << QByteArray("```shell\nkubectl rollout undo deploy/x\n```\n")
                                               << QStringList { QStringLiteral("kubectl rollout undo deploy/x") }
                                               << QStringList { QStringLiteral("```"), QStringLiteral("shell") };
    QTest::newRow("comments dropped, across lines")
        << QByteArray("a <!-- secret\nstill comment --> b\n")
        << QStringList { QStringLiteral("a"), QStringLiteral("b") }
        << QStringList { QStringLiteral("secret"), QStringLiteral("still") };
    QTest::newRow("table rule dropped, cells kept") << QByteArray("| a1 | b1 |\n|---|:-:|\n| c1 | d1 |\n")
                                                    << QStringList { QStringLiteral("a1"), QStringLiteral("d1") }
                                                    << QStringList { QStringLiteral("---"), QStringLiteral("|") };
    QTest::newRow("heading marks and emphasis dropped")
        << QByteArray("## **Bold** heading\n> quoted `code`\n")
        << QStringList { QStringLiteral("Bold"), QStringLiteral("heading"), QStringLiteral("quoted"),
                         QStringLiteral("code") }
        << QStringList { QStringLiteral("#"), QStringLiteral("*"), QStringLiteral(">"), QStringLiteral("`") };
    QTest::newRow("entities decoded") << QByteArray("a&nbsp;b &amp; c&lt;d&gt;")
                                      << QStringList { QStringLiteral("a b & c<d>") }
                                      << QStringList { QStringLiteral("&") + QStringLiteral("nbsp") };
}

void TestRunbook::plainText()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QStringList, kept);
    QFETCH(QStringList, dropped);
    const QString text = QString::fromUtf8(rb::md::plainText(markdown));
    for (const QString &k : kept)
        QVERIFY2(text.contains(k), qPrintable(text));
    for (const QString &d : dropped)
        QVERIFY2(!text.contains(d), qPrintable(text));
}

void TestRunbook::searchDemo_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("first"); // relative to runbooks/; empty: no hit expected
    QTest::addColumn<QStringList>("among");
    QTest::addColumn<bool>("marked"); // the first hit's snippet or name highlights the match

    QTest::newRow("word: crashloop") << "crashloop"
                                     << "operator/kubernetes/KubePodCrashLooping.md" << QStringList {} << true;
    QTest::newRow("two words: kubectl rollout")
        << "kubectl rollout"
        << ""
        << QStringList { QStringLiteral("operator/kubernetes/KubePodCrashLooping.md"),
                         QStringLiteral("operator/kubernetes/KubeDeploymentReplicasMismatch.md") }
        << true;
    QTest::newRow("prefix: kubep*") << "kubep*"
                                    << ""
                                    << QStringList { QStringLiteral("operator/kubernetes/KubePodCrashLooping.md"),
                                                     QStringLiteral("operator/kubernetes/KubePodNotReady.md") }
                                    << true;
    QTest::newRow("a word, then a prefix that stands for several terms: kubectl po")
        << "kubectl po"
        << ""
        << QStringList { QStringLiteral("operator/kubernetes/KubePodCrashLooping.md"),
                         QStringLiteral("operator/kubernetes/KubePodNotReady.md") }
        << true;
    QTest::newRow("fuzzy: kubepodcrash") << "kubepodcrash"
                                         << "operator/kubernetes/KubePodCrashLooping.md" << QStringList {} << true;
    QTest::newRow("fuzzy: initials KPCL") << "KPCL"
                                          << "operator/kubernetes/KubePodCrashLooping.md" << QStringList {} << true;
    QTest::newRow("title weighs more than body: certificate")
        << "certificate"
        << "services/payments-api/tls-certificate-expiry.md" << QStringList {} << true;
    QTest::newRow("alert name from front matter: SearchDown")
        << "SearchDown"
        << "services/search/availability.md" << QStringList {} << true;
    QTest::newRow("Japanese words inside a sentence")
        << QStringLiteral("接続プール") << "services/myapp-api/db-connection-pool.md" << QStringList {} << true;
    QTest::newRow("code from a shell block")
        << "jsonpath"
        << ""
        << QStringList { QStringLiteral("operator/kubernetes/KubePodCrashLooping.md"),
                         QStringLiteral("operator/kubernetes/KubePodNotReady.md") }
        << true;
    QTest::newRow("shortcode markup is not indexed") << "icon"
                                                     << "" << QStringList {} << false;
    QTest::newRow("no match") << "zyzzyvaqq"
                              << "" << QStringList {} << false;
}

void TestRunbook::searchDemo()
{
    QFETCH(QString, query);
    QFETCH(QString, first);
    QFETCH(QStringList, among);
    QFETCH(bool, marked);

    Tree cache;
    rb::SearchIndex index(cache.path(QStringLiteral("index.sqlite")));
    QCOMPARE(index.open(), QString());
    const QString root = kDemo + QStringLiteral("/runbooks");
    const rb::UpdateStats stats = index.update({ root });
    QVERIFY(stats.errors.isEmpty());
    QCOMPARE(index.documentCount(), markdownFiles(root));

    const rb::SearchResult result = index.search(query);
    QCOMPARE(result.error, QString());
    const QStringList got = paths(result, root);
    if (first.isEmpty() && among.isEmpty()) {
        QVERIFY2(got.isEmpty(), qPrintable(got.join(u' ')));
        return;
    }
    if (!first.isEmpty())
        QCOMPARE(got.value(0), first);
    for (const QString &a : among)
        QVERIFY2(got.contains(a), qPrintable(got.join(u' ')));
    const rb::SearchHit &top = result.hits.front();
    QVERIFY(!top.title.isEmpty());
    QVERIFY(!top.snippet.isEmpty());
    QVERIFY(!top.snippet.contains(QChar(rb::md::kZeroWidthSpace)));
    if (marked)
        QVERIFY2((top.snippet + top.matchedName).contains(rb::kMarkOpen), qPrintable(top.snippet));
}

void TestRunbook::incrementalUpdate()
{
    Tree t;
    const QString root = t.path(QStringLiteral("runbooks"));
    QVERIFY(copyTree(kDemo + QStringLiteral("/runbooks"), root));
    const int files = markdownFiles(root);
    rb::SearchIndex index(t.path(QStringLiteral("cache/index.sqlite")));
    QCOMPARE(index.open(), QString());

    int progressCalls = 0, lastDone = -1, lastTotal = -1;
    const rb::UpdateStats first = index.update({ root }, nullptr, [&](int done, int total) {
        ++progressCalls;
        lastDone = done;
        lastTotal = total;
    });
    QCOMPARE(first.added, files);
    QCOMPARE(first.filesRead, files);
    QVERIFY(progressCalls > 0);
    QCOMPARE(lastDone, files);
    QCOMPARE(lastTotal, files);

    const rb::UpdateStats again = index.update({ root });
    QCOMPARE(again.filesRead, 0);
    QCOMPARE(again.added + again.updated + again.removed, 0);

    // One file edited: only it is read again, and the edit is found.
    const QString edited = QDir(root).filePath(QStringLiteral("services/search/latency.md"));
    {
        QFile f(edited);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n## Blorptastic\n\nRestart the blorptastic sidecar.\n");
    }
    QVERIFY(index.search(QStringLiteral("blorptastic")).hits.empty()); // not until the update
    const rb::UpdateStats afterEdit = index.update({ root });
    QCOMPARE(afterEdit.filesRead, 1);
    QCOMPARE(afterEdit.updated, 1);
    index.warmUp();
    QCOMPARE(index.filesReadTotal(), files + 1);
    const rb::SearchResult found = index.search(QStringLiteral("blorptastic"));
    QCOMPARE(paths(found, root), QStringList { QStringLiteral("services/search/latency.md") });
    QCOMPARE(index.documentCount(), files);

    // One file deleted: dropped without reading anything.
    QVERIFY(QFile::remove(QDir(root).filePath(QStringLiteral("operator/general/Watchdog.md"))));
    const rb::UpdateStats afterDelete = index.update({ root });
    QCOMPARE(afterDelete.removed, 1);
    QCOMPARE(afterDelete.filesRead, 0);
    QCOMPARE(index.documentCount(), files - 1);
    QVERIFY(!paths(index.search(QStringLiteral("Watchdog")), root)
                 .contains(QStringLiteral("operator/general/Watchdog.md")));

    // A new file, told by a file watcher.
    QVERIFY(t.write(QStringLiteral("runbooks/new/QuuxDown.md"), "# QuuxDown\n\nThe quux is down.\n"));
    const rb::UpdateStats watched = index.updateFiles(
        { root },
        { QDir(root).filePath(QStringLiteral("new/QuuxDown.md")), QDir(root).filePath(QStringLiteral("gone.md")) });
    QCOMPARE(watched.added, 1);
    QCOMPARE(watched.filesRead, 1);
    QCOMPARE(paths(index.search(QStringLiteral("quux")), root).value(0), QStringLiteral("new/QuuxDown.md"));
    // A second index object on the same file sees the same documents: the cache persists.
    rb::SearchIndex reopened(t.path(QStringLiteral("cache/index.sqlite")));
    QCOMPARE(reopened.open(), QString());
    QCOMPARE(reopened.documentCount(), files);
    QCOMPARE(reopened.update({ root }).filesRead, 0);
}

void TestRunbook::sameSizeEditDetectedByMtime()
{
    Tree t;
    QVERIFY(t.write(QStringLiteral("rb/a.md"), "# A\n\nalphaword\n"));
    rb::SearchIndex index(t.path(QStringLiteral("index.sqlite")));
    QCOMPARE(index.open(), QString());
    QCOMPARE(index.update({ t.path(QStringLiteral("rb")) }).filesRead, 1);
    QVERIFY(t.write(QStringLiteral("rb/a.md"), "# A\n\nbravoword\n")); // same size
    {
        QFile f(t.path(QStringLiteral("rb/a.md")));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(10), QFileDevice::FileModificationTime));
    }
    QCOMPARE(index.update({ t.path(QStringLiteral("rb")) }).filesRead, 1);
    QCOMPARE(index.search(QStringLiteral("bravoword")).hits.size(), std::size_t(1));
    QVERIFY(index.search(QStringLiteral("alphaword")).hits.empty());
}

void TestRunbook::cancelKeepsWhatIsDone()
{
    Tree t;
    writeCorpus(t, QStringLiteral("rb"), 300);
    rb::SearchIndex index(t.path(QStringLiteral("index.sqlite")));
    QCOMPARE(index.open(), QString());
    std::atomic_bool cancel { false };
    const rb::UpdateStats cut = index.update({ t.path(QStringLiteral("rb")) }, &cancel, [&](int done, int) {
        if (done >= 50)
            cancel = true;
    });
    QVERIFY(cut.cancelled);
    QCOMPARE(cut.filesRead, 50);
    QCOMPARE(index.documentCount(), 50);
    const rb::UpdateStats rest = index.update({ t.path(QStringLiteral("rb")) });
    QVERIFY(!rest.cancelled);
    QCOMPARE(rest.filesRead, 250);
    QCOMPARE(index.documentCount(), 300);
}

void TestRunbook::readersDuringAnUpdate()
{
    Tree t;
    writeCorpus(t, QStringLiteral("rb"), 600);
    rb::SearchIndex index(t.path(QStringLiteral("index.sqlite")));
    QCOMPARE(index.open(), QString());
    QFuture<rb::UpdateStats> update = QtConcurrent::run([&] { return index.update({ t.path(QStringLiteral("rb")) }); });
    int searches = 0;
    std::size_t seen = 0;
    do {
        const rb::SearchResult r = index.search(QStringLiteral("common"), { 1000, false, false });
        QCOMPARE(r.error, QString());
        seen = std::max(seen, r.hits.size());
        ++searches;
    } while (!update.isFinished());
    const rb::UpdateStats stats = update.result();
    QVERIFY(stats.errors.isEmpty());
    QCOMPARE(stats.added, 600);
    QVERIFY(searches > 0);
    // Readers see either nothing or everything: the update commits once.
    QVERIFY(seen == 0 || seen == 600);
    QCOMPARE(index.search(QStringLiteral("common"), { 1000, false, false }).hits.size(), std::size_t(600));
    QCOMPARE(index.search(QStringLiteral("unique599")).hits.size(), std::size_t(1));
}

void TestRunbook::largeIndexRankedInTwoHalves()
{
    // From 2,000 runbooks on, the upper half of the rowids is ranked on another thread.
    Tree t;
    writeCorpus(t, QStringLiteral("rb"), 2400);
    QVERIFY(t.write(QStringLiteral("rb/c0/Alert100.md"), "# Alert100\n\nA zebra crossed.\n"));
    QVERIFY(t.write(QStringLiteral("rb/c9/Alert2399.md"), "# Alert2399\n\nZebra, zebra and zebra again.\n"));
    rb::SearchIndex index(t.path(QStringLiteral("index.sqlite")));
    QCOMPARE(index.open(), QString());
    QCOMPARE(index.update({ t.path(QStringLiteral("rb")) }).added, 2400);
    const rb::SearchResult zebra = index.search(QStringLiteral("zebra"), { 10, false, false });
    QCOMPARE(zebra.error, QString());
    QCOMPARE(paths(zebra, t.path(QStringLiteral("rb"))),
             QStringList({ QStringLiteral("c9/Alert2399.md"), QStringLiteral("c0/Alert100.md") }));
    const rb::SearchResult common = index.search(QStringLiteral("common"), { 3000, false, false });
    QCOMPARE(common.hits.size(), std::size_t(2398));
    const rb::SearchResult top = index.search(QStringLiteral("common"), { 7, false, false });
    QCOMPARE(top.hits.size(), std::size_t(7));
    for (std::size_t i = 0; i + 1 < top.hits.size(); ++i)
        QVERIFY(top.hits[i].bm25 <= top.hits[i + 1].bm25);
}

void TestRunbook::inMemoryPlanRanksAsFts5()
{
    // Queries of frequent words are ranked from postings in memory; the hits, their order and
    // their bm25 must be FTS5's. Words repeat a varying number of times, in title and body.
    Tree t;
    for (int i = 0; i < 1500; ++i) {
        QByteArray text = QStringLiteral("# %1 Alert%2\n\n## Meaning\n\n")
                              .arg(i % 7 == 0 ? QStringLiteral("Restart") : QStringLiteral("Check"))
                              .arg(i)
                              .toUtf8();
        for (int k = 0; k < i % 5; ++k)
            text += "Restart the consumer. ";
        if (i % 2 == 0)
            text += "Latency is high on the replica. ";
        if (i % 3 == 0)
            text += QByteArray("The replicas lag; replicaset ").repeated(1 + i % 4) + "pool.\n";
        text += QStringLiteral("Padding words %1.\n").arg(QString(i % 11, u'x')).toUtf8();
        QVERIFY(t.write(QStringLiteral("rb/c%1/Alert%2.md").arg(i % 10).arg(i), text));
    }
    rb::SearchIndex index(t.path(QStringLiteral("index.sqlite")));
    QCOMPARE(index.open(), QString());
    QCOMPARE(index.update({ t.path(QStringLiteral("rb")) }).added, 1500);
    for (const char *query : { "restart", "rest", "restart lat", "replica", "repl", "latency restart replica",
                               "consumer latency", "restart latency pool", "padding" }) {
        const rb::SearchResult memory = index.search(QString::fromUtf8(query), { 25, true, false, true });
        const rb::SearchResult fts = index.search(QString::fromUtf8(query), { 25, true, false, false });
        QCOMPARE(memory.error, QString());
        QCOMPARE(fts.error, QString());
        QVERIFY2(!fts.hits.empty(), query);
        QCOMPARE(memory.hits.size(), fts.hits.size());
        for (std::size_t i = 0; i < fts.hits.size(); ++i) {
            QVERIFY2(memory.hits[i].path == fts.hits[i].path,
                     qPrintable(QStringLiteral("%1: hit %2").arg(QString::fromUtf8(query)).arg(i)));
            QCOMPARE(memory.hits[i].bm25, fts.hits[i].bm25);
            QCOMPARE(memory.hits[i].snippet, fts.hits[i].snippet);
        }
    }
}

void TestRunbook::brokenCacheIsRebuilt()
{
    Tree t;
    QVERIFY(t.write(QStringLiteral("rb/a.md"), "# A\n\nhello\n"));
    QVERIFY(t.write(QStringLiteral("cache/index.sqlite"), QByteArray(8192, 'x')));
    rb::SearchIndex index(t.path(QStringLiteral("cache/index.sqlite")));
    QCOMPARE(index.open(), QString());
    QCOMPARE(index.update({ t.path(QStringLiteral("rb")) }).added, 1);
    QCOMPARE(index.search(QStringLiteral("hello")).hits.size(), std::size_t(1));
}

void TestRunbook::symlinkOutOfTheRootNotIndexed()
{
    Tree t;
    Tree outside;
    QVERIFY(outside.write(QStringLiteral("secret.md"), "# Secret\n\nsupersecretword\n"));
    QVERIFY(t.write(QStringLiteral("rb/a.md"), "# A\n\nhello\n"));
    QVERIFY(QFile::link(outside.path(QStringLiteral("secret.md")), t.path(QStringLiteral("rb/leak.md"))));
    QVERIFY(QFile::link(t.path(QStringLiteral("rb/a.md")), t.path(QStringLiteral("rb/alias.md")))); // inside: fine
    rb::SearchIndex index(t.path(QStringLiteral("index.sqlite")));
    QCOMPARE(index.open(), QString());
    QCOMPARE(index.update({ t.path(QStringLiteral("rb")) }).added, 2);
    QVERIFY(index.search(QStringLiteral("supersecretword")).hits.empty());
    QVERIFY(index.updateFiles({ t.path(QStringLiteral("rb")) }, { t.path(QStringLiteral("rb/leak.md")) }).added == 0);
    QVERIFY(index.search(QStringLiteral("supersecretword")).hits.empty());
}

void TestRunbook::indexFilePerWorkspace()
{
    const QString a = rb::SearchIndex::fileFor(QStringLiteral("/cache"), QStringLiteral("/nonexistent/team-a"));
    const QString b = rb::SearchIndex::fileFor(QStringLiteral("/cache"), QStringLiteral("/nonexistent/team-b"));
    QVERIFY(a != b);
    QCOMPARE(a, rb::SearchIndex::fileFor(QStringLiteral("/cache"), QStringLiteral("/nonexistent/x/../team-a")));
    QVERIFY(a.startsWith(QStringLiteral("/cache/")));
    QVERIFY(a.contains(QStringLiteral("team-a")));
}

QTEST_GUILESS_MAIN(TestRunbook)
