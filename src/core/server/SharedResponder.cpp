#include "core/server/SharedResponder.h"

#include <QMutexLocker>

SharedResponder::SharedResponder()
    : m_responder(std::make_shared<const CorsResponder>(CorsPolicy()))
{ }

void SharedResponder::setPolicy(const CorsPolicy &policy)
{
    // Built outside the lock: compiling the origin regex must not hold up the server thread.
    auto responder = std::make_shared<const CorsResponder>(policy);
    QMutexLocker locker(&m_mutex);
    m_responder = std::move(responder);
}

std::shared_ptr<const CorsResponder> SharedResponder::current() const
{
    QMutexLocker locker(&m_mutex);
    return m_responder;
}
