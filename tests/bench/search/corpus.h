#pragma once

#include <QString>
#include <QStringList>

// A generated corpus of runbooks in the prometheus-operator layout (<component>/<AlertName>.md):
// front matter, Meaning / Impact / Diagnosis / Mitigation, prose drawn from a Zipf-distributed
// vocabulary (so common words are common and the tail is rare), shell and PromQL blocks, tables,
// <details> blocks, Hugo shortcodes and links between runbooks. Deterministic for a seed.
struct Corpus
{
    QStringList alerts; // every alert name, in file order
    QStringList rareWords; // words from the vocabulary's tail, present in the corpus
    qint64 bytes = 0;
    int files = 0;
};

Corpus generateCorpus(const QString &dir, int files, unsigned seed = 42);
