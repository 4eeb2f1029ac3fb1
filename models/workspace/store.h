#pragma once

#include <QObject>
#include <vector>

namespace sre::ws {

// The signal half of a store; Q_OBJECT cannot sit on a template.
class StoreBase : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
signals:
    void changed();
};

// One store per kind of thing in a workspace. Every view reads the same store; nobody keeps a
// private copy of the truth. Lives on the GUI thread; replaced wholesale with values loaded
// off-thread.
template<typename T> class Store final : public StoreBase
{
public:
    using StoreBase::StoreBase;
    const std::vector<T> &items() const { return m_items; }
    std::size_t size() const { return m_items.size(); }
    void replace(std::vector<T> items)
    {
        m_items = std::move(items);
        emit changed();
    }

private:
    std::vector<T> m_items;
};

} // namespace sre::ws
