#include "closeswitch.h"

#include "prometheusclient.h"

#include <algorithm>

namespace sre::prom {

void CloseSwitch::close()
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
    for (PrometheusClient *client : m_clients)
        client->close();
}

bool CloseSwitch::isClosed() const
{
    std::lock_guard lock(m_mutex);
    return m_closed;
}

CloseSwitch::Attach::Attach(CloseSwitch *cs, PrometheusClient &client)
    : m_switch(cs)
    , m_client(&client)
{
    if (!m_switch)
        return;
    std::lock_guard lock(m_switch->m_mutex);
    if (m_switch->m_closed)
        client.close();
    else
        m_switch->m_clients.push_back(&client);
}

CloseSwitch::Attach::~Attach()
{
    if (!m_switch)
        return;
    std::lock_guard lock(m_switch->m_mutex);
    std::erase(m_switch->m_clients, m_client);
}

} // namespace sre::prom
