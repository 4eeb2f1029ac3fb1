// Precision and recall of the blameless-language checker on real public postmortems, judged by
// hand. The corpus folder (SRE_PM_CORPUS_DIR) holds the Markdown files, SOURCES.md and labels.yaml:
//   files:
//     en/x.md:
//       findings:   # what the checker reported before it was tuned, each judged fair or not
//         - { line: 9, column: 189, rule: failed-to, text: failed to, fair: true, why: …, sentence: … }
//       blame:      # the blame phrases a checker should report (the fair findings and the missed)
//         - { line: 9, phrase: we failed to verify, why: …, sentence: … }
// A finding (hints do not count) is fair when it overlaps a labelled blame phrase on its line;
// a finding that overlaps none is not, labelled or not (new ones are printed for a reviewer).
#include "lint.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <yaml-cpp/yaml.h>

using namespace sre::pm;

namespace {
const QString kCorpus = QStringLiteral(SRE_PM_CORPUS_DIR);
const QString kLint = QStringLiteral(SRE_SOURCE_DIR "/resources/lint");

struct Span
{
    int line = 0;
    int column = 0; // 1-based
    int length = 0;
    bool overlaps(int l, int c, int n) const { return l == line && c < column + length && column < c + n; }
};

QString str(const YAML::Node &n)
{
    return n ? QString::fromStdString(n.as<std::string>()) : QString();
}
} // namespace

class TestPmLintPrecision final : public QObject
{
    Q_OBJECT

private slots:
    void precisionAndRecall();
};

void TestPmLintPrecision::precisionAndRecall()
{
    const LintRuleSet rules = loadLintRules({ kLint });
    QVERIFY(rules.problems.isEmpty());
    const LanguageChecker checker(rules.rules, {});
    YAML::Node labels;
    try {
        labels = YAML::LoadFile(QDir(kCorpus).filePath(QStringLiteral("labels.yaml")).toStdString());
    } catch (const YAML::Exception &e) {
        QFAIL(e.what());
    }
    int files = 0, findings = 0, fair = 0, phrases = 0, found = 0, labelledFindings = 0, labelledFair = 0;
    QStringList unfair, missed;
    for (const auto &entry : labels["files"]) {
        const QString file = str(entry.first);
        QFile f(QDir(kCorpus).filePath(file));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray bytes = f.readAll();
        const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
        ++files;

        std::vector<Span> blame;
        for (const YAML::Node &b : entry.second["blame"]) {
            const int line = b["line"].as<int>();
            const QString phrase = str(b["phrase"]);
            const qsizetype at = lines.value(line - 1).indexOf(phrase);
            QVERIFY2(line >= 1 && at >= 0,
                     qPrintable(QStringLiteral("%1:%2: \"%3\" is not on that line").arg(file).arg(line).arg(phrase)));
            blame.push_back({ line, int(at) + 1, int(phrase.size()) });
        }
        // The labels agree with themselves: a finding judged fair is on a blame phrase, one judged
        // unfair is not.
        for (const YAML::Node &l : entry.second["findings"]) {
            const int line = l["line"].as<int>(), column = l["column"].as<int>();
            const int length = int(str(l["text"]).size());
            const bool isFair = l["fair"].as<bool>();
            const bool onPhrase = std::any_of(blame.begin(), blame.end(),
                                              [&](const Span &s) { return s.overlaps(line, column, length); });
            QVERIFY2(isFair == onPhrase,
                     qPrintable(QStringLiteral("%1:%2:%3: label fair: %4 but %5 a blame phrase")
                                    .arg(file)
                                    .arg(line)
                                    .arg(column)
                                    .arg(isFair ? u"true" : u"false", onPhrase ? u"on" : u"not on")));
            ++labelledFindings;
            labelledFair += isFair ? 1 : 0;
        }

        std::vector<bool> hit(blame.size(), false);
        for (const Finding &finding : checker.check(bytes)) {
            if (finding.isHint())
                continue;
            ++findings;
            bool ok = false;
            for (std::size_t i = 0; i < blame.size(); ++i) {
                if (blame[i].overlaps(finding.line, finding.column, finding.length)) {
                    ok = true;
                    hit[i] = true;
                }
            }
            fair += ok ? 1 : 0;
            if (!ok)
                unfair << QStringLiteral("%1:%2:%3: %4: %5")
                              .arg(file)
                              .arg(finding.line)
                              .arg(finding.column)
                              .arg(finding.rule, finding.text);
        }
        phrases += int(blame.size());
        for (std::size_t i = 0; i < blame.size(); ++i) {
            found += hit[i] ? 1 : 0;
            if (!hit[i])
                missed << QStringLiteral("%1:%2:%3").arg(file).arg(blame[i].line).arg(blame[i].column);
        }
    }
    QVERIFY2(files >= 30, "the labelled set needs at least 30 postmortems");
    QVERIFY(findings > 0 && phrases > 0);
    const double precision = double(fair) / findings;
    const double recall = double(found) / phrases;
    qInfo().noquote() << QStringLiteral("%1 postmortems; before tuning %2 of %3 findings were fair (%4 %)")
                             .arg(files)
                             .arg(labelledFair)
                             .arg(labelledFindings)
                             .arg(100.0 * labelledFair / std::max(1, labelledFindings), 0, 'f', 1);
    qInfo().noquote() << QStringLiteral("precision %1 % (%2 of %3 findings fair), recall %4 % (%5 of %6 blame phrases)")
                             .arg(100 * precision, 0, 'f', 1)
                             .arg(fair)
                             .arg(findings)
                             .arg(100 * recall, 0, 'f', 1)
                             .arg(found)
                             .arg(phrases);
    for (const QString &u : std::as_const(unfair))
        qInfo().noquote() << "not fair:" << u;
    for (const QString &m : std::as_const(missed))
        qInfo().noquote() << "missed:" << m;
    QVERIFY2(precision >= 0.9, qPrintable(QStringLiteral("precision %1 < 90 %").arg(100 * precision)));
    QVERIFY2(recall >= 0.9, qPrintable(QStringLiteral("recall %1 < 90 %").arg(100 * recall)));
}

QTEST_GUILESS_MAIN(TestPmLintPrecision)
#include "tst_pmlint_precision.moc"
