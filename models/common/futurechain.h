#pragma once

// Continuations on QFutures that a Qt 6.4 bug cannot run twice.
//
// In Qt 6.4.2 (src/corelib/thread/qfutureinterface.cpp), QFutureInterfaceBase::setContinuation()
// runs the continuation at once when the future has already finished, and then stores it too;
// reportFinished() marks the future finished first and calls runContinuation() after, which runs
// whatever is stored. A continuation attached on one thread (QFuture::then, onCanceled,
// QtFuture::whenAll, unwrap) while another thread is between those two steps therefore runs
// twice, and the second run crashes on a promise the first moved away. ThreadSanitizer caught it
// once in the Alertmanager client (docs/testing.md, "Known state").
//
// The rule that closes it: attaching a continuation and finishing a future never overlap. One
// process-wide recursive mutex, gate(), is held
//   - around every attach (the functions below), and
//   - around every finish of a future the code attaches to: the Prometheus client's answers, a
//     SharedResult, and the promises below (finish()).
// Qt's own helpers that finish futures off the gate (QtConcurrent::run, a Launch::Async
// continuation, unwrap) are not used for futures anything attaches to: run() and then() stand in.
//
// Nothing slow runs under the gate: the functions given to then() and run() run on the global
// thread pool without it; under it run only Qt's bookkeeping, whenAll's counting and the hand-over
// to the pool. So holding it never waits for another lock the application takes (no lock-order
// cycle), and an attach on the GUI thread waits microseconds at most.
//
// Only for futures whose value is not void.

#include <QFuture>
#include <QList>
#include <QMutexLocker>
#include <QPromise>
#include <QRecursiveMutex>
#include <QThreadPool>
#include <exception>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace sre::fut {

QRecursiveMutex &gate();

// Finishes `promise` under the gate: the way every future something attaches to is finished.
template<typename T> void finish(QPromise<T> &promise)
{
    const QMutexLocker lock(&gate());
    promise.finish();
}

namespace detail {

template<typename T> struct Unwrapped
{
    using type = T;
    static constexpr bool isFuture = false;
};
template<typename T> struct Unwrapped<QFuture<T>>
{
    using type = T;
    static constexpr bool isFuture = true;
};

// A started promise that is finished under the gate, also when it is dropped unfinished (then
// cancelled, as ~QPromise would do off the gate).
//
// The destructor never takes the gate itself: it can run while Qt holds a future's continuation
// mutex (a dropped continuation that held the last reference), and the gate is taken before
// those mutexes everywhere else (an attach), so that order would be a cycle. ThreadSanitizer
// reported it. A finished promise needs no gate; an unfinished one is cancelled and finished
// under the gate by a pool task.
template<typename R> class Out
{
public:
    Out() { m_promise.emplace().start(); }
    ~Out()
    {
        if (m_promise->future().isFinished())
            return;
        auto dropped = std::make_shared<QPromise<R>>(std::move(*m_promise));
        const auto cancel = [dropped] {
            const QMutexLocker lock(&gate());
            dropped->future().cancel();
            dropped->finish();
        };
        if (QThreadPool *pool = QThreadPool::globalInstance())
            pool->start(cancel);
        else
            cancel(); // at exit: no pool left, and no thread either
    }
    Out(const Out &) = delete;
    Out &operator=(const Out &) = delete;

    QFuture<R> future() { return m_promise->future(); }

    template<typename V> void resolve(V &&value)
    {
        if constexpr (!std::is_void_v<R>)
            m_promise->addResult(std::forward<V>(value));
        finish(*m_promise);
    }
    void fail(std::exception_ptr error)
    {
        m_promise->setException(error);
        finish(*m_promise);
    }

private:
    std::optional<QPromise<R>> m_promise;
};

// `out` gets `inner`'s result (or exception) when it finishes; a cancelled `inner` leaves `out`
// to be cancelled when the last reference to it goes.
template<typename R> void forward(const std::shared_ptr<Out<R>> &out, QFuture<R> inner)
{
    const QMutexLocker lock(&gate());
    inner.then([out](const QFuture<R> &done) {
        try {
            if constexpr (std::is_void_v<R>) {
                done.waitForFinished(); // finished already: rethrows a stored exception
                out->resolve(0);
            } else {
                out->resolve(done.result());
            }
        } catch (...) {
            out->fail(std::current_exception());
        }
    });
}

// Runs `fn(args...)` on this thread and settles `out` with what it gives (a value, or a future's
// value when it gives a future).
template<typename R, typename Fn, typename... Args>
void settle(const std::shared_ptr<Out<R>> &out, Fn &fn, Args &&...args)
{
    using Given = std::invoke_result_t<Fn &, Args...>;
    try {
        if constexpr (Unwrapped<Given>::isFuture) {
            forward(out, fn(std::forward<Args>(args)...));
        } else if constexpr (std::is_void_v<Given>) {
            fn(std::forward<Args>(args)...);
            out->resolve(0);
        } else {
            out->resolve(fn(std::forward<Args>(args)...));
        }
    } catch (...) {
        out->fail(std::current_exception());
    }
}

} // namespace detail

// `fn(result)` on the thread pool once `source` has finished; the returned future has what `fn`
// returns (when `fn` returns a QFuture<X>: that future's X, as QFuture::unwrap would give). An
// exception in `source` or `fn` is stored in the returned future. A cancelled `source` cancels it.
template<typename T, typename Fn> auto then(QFuture<T> source, Fn fn)
{
    static_assert(!std::is_void_v<T>, "fut::then is for futures with a value");
    using R = typename detail::Unwrapped<std::invoke_result_t<Fn &, const T &>>::type;
    auto out = std::make_shared<detail::Out<R>>();
    QFuture<R> result = out->future();
    const QMutexLocker lock(&gate());
    source.then([out, fn = std::move(fn)](const QFuture<T> &done) mutable {
        // Under the gate here (the thread that finished `source` holds it, or the attaching thread
        // when `source` had finished already): only the hand-over.
        QThreadPool::globalInstance()->start([out, fn = std::move(fn), done]() mutable {
            try {
                const T value = done.result(); // rethrows the source's exception
                detail::settle(out, fn, value);
            } catch (...) {
                out->fail(std::current_exception());
            }
        });
    });
    return result;
}

// `fn()` on the thread pool (QtConcurrent::run, with the finish under the gate; a QFuture that
// `fn` returns is followed as in then()).
template<typename Fn> auto run(Fn fn)
{
    using R = typename detail::Unwrapped<std::invoke_result_t<Fn &>>::type;
    auto out = std::make_shared<detail::Out<R>>();
    QFuture<R> result = out->future();
    QThreadPool::globalInstance()->start([out, fn = std::move(fn)]() mutable { detail::settle(out, fn); });
    return result;
}

// QtFuture::whenAll, attached under the gate. Its result is finished by Qt inside the last input's
// continuation, on the thread that finished that input: under the gate too.
template<typename T> QFuture<QList<QFuture<T>>> whenAll(QList<QFuture<T>> futures)
{
    const QMutexLocker lock(&gate());
    return QtFuture::whenAll(futures.begin(), futures.end());
}

// QFuture::onCanceled, attached under the gate: `fn` runs under it, so it must be trivial (make a
// value, take no lock).
template<typename T, typename Fn> QFuture<T> onCanceled(QFuture<T> source, Fn fn)
{
    const QMutexLocker lock(&gate());
    return source.onCanceled(std::move(fn));
}

} // namespace sre::fut
