#pragma once

#include "futurechain.h"

#include <QFuture>
#include <QMutex>
#include <QPromise>
#include <memory>
#include <optional>
#include <vector>

namespace sre {

// One result that several callers wait for, each through a future of its own.
//
// Qt 6.4 keeps one continuation per future: a second QFuture::then() on a future that has not
// finished replaces the first, and the first continuation's future is cancelled, with no result.
// Reading it crashed tst_soak (SloEngine::evaluateAll): two refreshes of the same SLO chained on
// one shared fast-path check. So a result handed to many must not be handed out as one QFuture:
// waiters() gives each caller a fresh future, and set() fulfils them all.
//
// Thread-safe.
template<typename T> class SharedResult
{
public:
    // A future of the result: ready at once when it is known.
    QFuture<T> waiter()
    {
        QMutexLocker lock(&m_mutex);
        if (m_result)
            return QtFuture::makeReadyFuture(*m_result);
        auto promise = std::make_shared<QPromise<T>>();
        promise->start();
        m_waiting.push_back(promise);
        return promise->future();
    }

    // The first call wins; later calls are ignored.
    void set(const T &value)
    {
        std::vector<std::shared_ptr<QPromise<T>>> waiting;
        {
            QMutexLocker lock(&m_mutex);
            if (m_result)
                return;
            m_result = value;
            waiting.swap(m_waiting);
        }
        // Outside the lock: a waiter's continuation may run here and ask for another waiter.
        for (const auto &promise : waiting) {
            promise->addResult(value);
            fut::finish(*promise); // see futurechain.h
        }
    }

    std::optional<T> result() const
    {
        QMutexLocker lock(&m_mutex);
        return m_result;
    }

    static std::shared_ptr<SharedResult> ready(const T &value)
    {
        auto shared = std::make_shared<SharedResult>();
        shared->set(value);
        return shared;
    }

private:
    mutable QMutex m_mutex;
    std::optional<T> m_result;
    std::vector<std::shared_ptr<QPromise<T>>> m_waiting;
};

} // namespace sre
