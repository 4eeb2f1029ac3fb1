#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <type_traits>
#include <utility>

namespace sre {

// Runs `f(result)` (or `f()` for QFuture<void>) on `context`'s thread once `future` has finished,
// unless `context` is gone or the future was cancelled.
//
// Use this instead of QFuture::then(context, ...): with Qt 6.4 such a continuation now and then
// never ran for a future that finished while it was being attached (tst_timechart and
// tst_runbook_gui caught it: a chart without data, a search index that never said it was ready).
// A QFutureWatcher reports a future that has already finished as well.
template<typename T, typename F> void onFinished(QObject *context, const QFuture<T> &future, F &&f)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, f = std::forward<F>(f)]() mutable {
        watcher->deleteLater();
        if (watcher->isCanceled())
            return;
        if constexpr (std::is_void_v<T>)
            f();
        else
            f(watcher->result());
    });
    watcher->setFuture(future);
}

} // namespace sre
