// Subjects of blameless rules' phrases (lintsubject_p.h).
#include "lintsubject_p.h"

namespace sre::pm::subject {

namespace {
// Words between a subject and its verb phrase: "we also failed to", "the node will fail to",
// "Bob had not …". Lower case.
bool isSkippedBeforeVerb(const QString &word)
{
    static const QSet<QString> words = {
        QStringLiteral("will"),        QStringLiteral("would"),        QStringLiteral("may"),
        QStringLiteral("might"),       QStringLiteral("can"),          QStringLiteral("could"),
        QStringLiteral("should"),      QStringLiteral("must"),         QStringLiteral("shall"),
        QStringLiteral("did"),         QStringLiteral("does"),         QStringLiteral("do"),
        QStringLiteral("had"),         QStringLiteral("has"),          QStringLiteral("have"),
        QStringLiteral("also"),        QStringLiteral("then"),         QStringLiteral("still"),
        QStringLiteral("repeatedly"),  QStringLiteral("again"),        QStringLiteral("not"),
        QStringLiteral("initially"),   QStringLiteral("later"),        QStringLiteral("subsequently"),
        QStringLiteral("eventually"),  QStringLiteral("ultimately"),   QStringLiteral("completely"),
        QStringLiteral("often"),       QStringLiteral("sometimes"),    QStringLiteral("consistently"),
        QStringLiteral("just"),        QStringLiteral("never"),        QStringLiteral("always"),
        QStringLiteral("all"),         QStringLiteral("both"),         QStringLiteral("each"),
        QStringLiteral("thus"),        QStringLiteral("therefore"),    QStringLiteral("unfortunately"),
        QStringLiteral("apparently"),  QStringLiteral("previously"),   QStringLiteral("originally"),
        QStringLiteral("temporarily"), QStringLiteral("briefly"),      QStringLiteral("intermittently"),
        QStringLiteral("partially"),   QStringLiteral("occasionally"), QStringLiteral("entirely"),
        QStringLiteral("simply"),      QStringLiteral("clearly"),      QStringLiteral("obviously"),
        QStringLiteral("ever"),        QStringLiteral("collectively"), QStringLiteral("themselves"),
        QStringLiteral("ourselves"),   QStringLiteral("himself"),      QStringLiteral("herself"),
        QStringLiteral("myself"),      QStringLiteral("really"),       QStringLiteral("actually"),
    };
    return words.contains(word);
}

} // namespace

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'\'' || c == u'’';
}

// The words after `end` in the same clause, lower case, at most `count`.
QStringList wordsAfter(const QString &line, qsizetype end, int count)
{
    QStringList out;
    qsizetype i = end;
    while (out.size() < count) {
        while (i < line.size() && (line[i].isSpace() || line[i] == u'*' || line[i] == u'_'))
            ++i;
        if (i >= line.size() || !isWordChar(line[i]))
            break;
        const qsizetype start = i;
        while (i < line.size() && isWordChar(line[i]))
            ++i;
        out << line.mid(start, i - start).toLower();
    }
    return out;
}

// A past participle after a modal's "have": "been", regular "-ed", or a common irregular one.
bool isPastParticiple(const QString &word)
{
    static const QSet<QString> irregular = {
        QStringLiteral("been"),       QStringLiteral("done"),    QStringLiteral("gone"),    QStringLiteral("seen"),
        QStringLiteral("known"),      QStringLiteral("caught"),  QStringLiteral("made"),    QStringLiteral("taken"),
        QStringLiteral("run"),        QStringLiteral("set"),     QStringLiteral("put"),     QStringLiteral("got"),
        QStringLiteral("gotten"),     QStringLiteral("had"),     QStringLiteral("told"),    QStringLiteral("found"),
        QStringLiteral("brought"),    QStringLiteral("built"),   QStringLiteral("sent"),    QStringLiteral("kept"),
        QStringLiteral("left"),       QStringLiteral("written"), QStringLiteral("thought"), QStringLiteral("given"),
        QStringLiteral("shown"),      QStringLiteral("spent"),   QStringLiteral("held"),    QStringLiteral("led"),
        QStringLiteral("begun"),      QStringLiteral("chosen"),  QStringLiteral("driven"),  QStringLiteral("broken"),
        QStringLiteral("understood"), QStringLiteral("read"),    QStringLiteral("said"),    QStringLiteral("paid"),
        QStringLiteral("hit"),        QStringLiteral("cut"),     QStringLiteral("let"),     QStringLiteral("shut"),
        QStringLiteral("rolled"),     QStringLiteral("woken"),   QStringLiteral("spotted"), QStringLiteral("stopped"),
    };
    return irregular.contains(word) || (word.size() > 3 && word.endsWith(QStringLiteral("ed")));
}

// Whether one of the next words (past articles and possessives) is a person: "why did we",
// "why did the on-call engineer", not "why did the alert".
bool personAfter(const QString &line, qsizetype end, const QStringList &subjects, const QSet<QString> &names)
{
    static const QSet<QString> determiners = { QStringLiteral("the"),  QStringLiteral("a"),    QStringLiteral("an"),
                                               QStringLiteral("this"), QStringLiteral("that"), QStringLiteral("not") };
    int seen = 0;
    for (QString word : wordsAfter(line, end, 5)) {
        word.replace(u'’', u'\'');
        if (word.endsWith(QStringLiteral("'s")))
            word.chop(2);
        if (subjects.contains(word) || names.contains(word))
            return true;
        if (!determiners.contains(word) && ++seen == 3)
            break;
    }
    return false;
}

// The subject of a phrase that starts at `start`: the last word before it in the same clause,
// past auxiliaries and adverbs, in lower case and without a possessive "'s" ("the team's failure
// to" → "team"). Empty when the clause starts with the phrase ("Failed to pull image").
// `before` gets the word before the subject, if any.
QString subjectBefore(const QString &line, qsizetype start, QString *before)
{
    const auto isSpace = [](QChar c) { return c.isSpace() || c == u'*' || c == u'_'; };
    qsizetype i = start;
    QString subject;
    while (true) {
        while (i > 0 && isSpace(line[i - 1]))
            --i;
        if (i == 0 || !isWordChar(line[i - 1]))
            return subject; // the start of the clause: punctuation, a masked span, the line start
        const qsizetype end = i;
        while (i > 0 && isWordChar(line[i - 1]))
            --i;
        QString word = line.mid(i, end - i).toLower().replace(u'’', u'\'');
        for (const QString &suffix : { QStringLiteral("'s"), QStringLiteral("'d"), QStringLiteral("'ll"),
                                       QStringLiteral("'ve"), QStringLiteral("'") })
            if (word.endsWith(suffix)) {
                word.chop(suffix.size());
                break;
            }
        if (!subject.isEmpty()) {
            if (before)
                *before = word;
            return subject;
        }
        if (!word.isEmpty() && !isSkippedBeforeVerb(word)) {
            subject = word;
            if (!before)
                return subject;
        }
    }
}

// "(not) assume we could have started it faster": what someone assumed or expected during the
// incident, reported, not a judgement passed afterwards.
bool isVerbOfAssuming(const QString &word)
{
    static const QSet<QString> words
        = { QStringLiteral("assume"), QStringLiteral("assumed"),  QStringLiteral("assuming"),
            QStringLiteral("expect"), QStringLiteral("expected"), QStringLiteral("expecting"),
            QStringLiteral("hope"),   QStringLiteral("hoped"),    QStringLiteral("hoping") };
    return words.contains(word);
}

} // namespace sre::pm::subject
