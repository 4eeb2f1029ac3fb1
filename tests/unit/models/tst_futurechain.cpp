// fut::then / run / whenAll / onCanceled (models/common/futurechain.h): values, futures given
// back, exceptions and cancellation go where QFuture's own continuations would send them; the
// functions run on the pool, never on the attaching thread; and a future is never finished while
// a continuation is being attached (the gate), which is what keeps Qt 6.4.2 from running a
// continuation twice.
#include "futurechain.h"

#include <QPromise>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <atomic>
#include <stdexcept>
#include <thread>

using namespace sre;

class TestFutureChain : public QObject
{
    Q_OBJECT

private slots:
    void valueFromAFinishedAndAnUnfinishedSource();
    void futureGivenBackIsFollowed();
    void exceptionsAreKept();
    void droppedSourceCancels();
    void onCanceledGivesAValue();
    void whenAllThenSums();
    void finishWaitsForAnAttach();
    void attachAndFinishRacingRunEachContinuationOnce();
};

void TestFutureChain::valueFromAFinishedAndAnUnfinishedSource()
{
    QThread *const self = QThread::currentThread();
    std::atomic<QThread *> ranOn { nullptr };
    // Finished before the attach.
    QFuture<int> ready = fut::then(QtFuture::makeReadyFuture(20), [&](int v) {
        ranOn = QThread::currentThread();
        return v + 1;
    });
    QCOMPARE(ready.result(), 21);
    QVERIFY(ranOn.load() != self); // on the pool, not inline in the attach

    // Finished after it.
    QPromise<QString> promise;
    promise.start();
    QFuture<qsizetype> later = fut::then(promise.future(), [](const QString &s) { return s.size(); });
    QVERIFY(!later.isFinished());
    promise.addResult(QStringLiteral("four"));
    fut::finish(promise);
    QCOMPARE(later.result(), 4);
}

void TestFutureChain::futureGivenBackIsFollowed()
{
    QPromise<int> inner;
    inner.start();
    QFuture<int> innerFuture = inner.future();
    QFuture<int> chained = fut::then(QtFuture::makeReadyFuture(1), [innerFuture](int) { return innerFuture; });
    QTest::qWait(20);
    QVERIFY(!chained.isFinished()); // waits for the inner future, as QFuture::unwrap would
    inner.addResult(42);
    fut::finish(inner);
    QCOMPARE(chained.result(), 42);

    QFuture<int> ran = fut::run([] { return fut::then(QtFuture::makeReadyFuture(6), [](int v) { return v * 7; }); });
    QCOMPARE(ran.result(), 42);
}

void TestFutureChain::exceptionsAreKept()
{
    QFuture<int> thrown
        = fut::then(QtFuture::makeReadyFuture(1), [](int) -> int { throw std::runtime_error("in fn"); });
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, thrown.waitForFinished());

    QPromise<int> failing;
    failing.start();
    QFuture<int> after = fut::then(failing.future(), [](int v) { return v; });
    failing.setException(std::make_exception_ptr(std::logic_error("in source")));
    fut::finish(failing);
    QVERIFY_THROWS_EXCEPTION(std::logic_error, after.waitForFinished());
}

void TestFutureChain::droppedSourceCancels()
{
    QFuture<int> after;
    {
        QPromise<int> dropped;
        dropped.start();
        after = fut::then(dropped.future(), [](int v) { return v; });
    } // ~QPromise cancels and finishes it
    QTRY_VERIFY(after.isFinished());
    QVERIFY(after.isCanceled());
    QCOMPARE(after.resultCount(), 0);
}

void TestFutureChain::onCanceledGivesAValue()
{
    QFuture<int> guarded;
    {
        QPromise<int> dropped;
        dropped.start();
        guarded = fut::onCanceled(fut::then(dropped.future(), [](int v) { return v; }), [] { return -1; });
    }
    QCOMPARE(guarded.result(), -1);
    QCOMPARE(fut::onCanceled(QtFuture::makeReadyFuture(5), [] { return -1; }).result(), 5);
}

void TestFutureChain::whenAllThenSums()
{
    QList<QFuture<int>> parts;
    std::vector<std::unique_ptr<QPromise<int>>> promises;
    for (int i = 1; i <= 10; ++i) {
        promises.push_back(std::make_unique<QPromise<int>>());
        promises.back()->start();
        parts << promises.back()->future();
    }
    QFuture<int> sum = fut::then(fut::whenAll(parts), [](const QList<QFuture<int>> &done) {
        int total = 0;
        for (const QFuture<int> &f : done)
            total += f.result();
        return total;
    });
    std::thread other([&] {
        for (std::size_t i = 0; i < promises.size(); i += 2) {
            promises[i]->addResult(int(i) + 1);
            fut::finish(*promises[i]);
        }
    });
    for (std::size_t i = 1; i < promises.size(); i += 2) {
        promises[i]->addResult(int(i) + 1);
        fut::finish(*promises[i]);
    }
    other.join();
    QCOMPARE(sum.result(), 55);
}

// The gate in action: a finish on another thread waits while an attach holds it.
void TestFutureChain::finishWaitsForAnAttach()
{
    QPromise<int> promise;
    promise.start();
    QFuture<int> future = promise.future();
    std::atomic<bool> finished { false };
    QSemaphore started;
    std::thread finisher;
    {
        const QMutexLocker attaching(&fut::gate());
        finisher = std::thread([&] {
            started.release();
            promise.addResult(1);
            fut::finish(promise);
            finished = true;
        });
        started.acquire();
        QTest::qSleep(50);
        QVERIFY2(!finished.load() && !future.isFinished(), "the future finished while the gate was held");
    }
    finisher.join();
    QVERIFY(finished.load());
    QCOMPARE(future.result(), 1);
}

// Another thread finishes each source while this one attaches to it: every continuation runs
// once, and every chain ends with its value. (The Qt 6.4.2 race itself is too narrow to provoke
// on purpose: 900,000 plain QFuture::then attaches racing a finish did not hit it here. Under
// ThreadSanitizer this test is one of the `tsan` set.)
void TestFutureChain::attachAndFinishRacingRunEachContinuationOnce()
{
    constexpr int kRounds = 2000;
    std::atomic<int> runs { 0 };
    for (int i = 0; i < kRounds; ++i) {
        QPromise<int> promise;
        promise.start();
        QFuture<int> source = promise.future();
        QSemaphore go;
        std::thread finisher([&] {
            go.acquire();
            promise.addResult(i);
            fut::finish(promise);
        });
        go.release();
        QFuture<int> chained = fut::then(source, [&runs](int v) {
            runs.fetch_add(1);
            return v * 2;
        });
        finisher.join();
        QCOMPARE(chained.result(), i * 2);
    }
    QCOMPARE(runs.load(), kRounds);
}

QTEST_GUILESS_MAIN(TestFutureChain)
#include "tst_futurechain.moc"
