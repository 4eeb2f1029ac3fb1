#pragma once

#include <mutex>
#include <vector>

namespace sre::prom {

class PrometheusClient;

// Ends background work that talks through a client of its own, from the thread that owns the
// work. A task on the global thread pool (the rule audit, an iCalendar fetch) makes its own
// PrometheusClient and blocks on its answers; while it waits on a dead or slow server, retries and
// timeouts can keep it busy for many seconds. When its owner goes away (a page closes, the console
// quits and ~QCoreApplication waits for the pool) it calls close(): every client attached now or
// later is closed (PrometheusClient::close()), so its pending and later requests finish at once
// as Cancelled and the task ends.
//
// Share one switch between the owner and its tasks (std::shared_ptr); the task holds an Attach for
// as long as its client lives. Thread-safe.
class CloseSwitch
{
public:
    void close();
    bool isClosed() const;

    class Attach
    {
    public:
        // `cs` may be null (nobody can close the work).
        Attach(CloseSwitch *cs, PrometheusClient &client);
        ~Attach();
        Attach(const Attach &) = delete;
        Attach &operator=(const Attach &) = delete;

    private:
        CloseSwitch *m_switch;
        PrometheusClient *m_client;
    };

private:
    mutable std::mutex m_mutex;
    bool m_closed = false;
    std::vector<PrometheusClient *> m_clients;
};

} // namespace sre::prom
