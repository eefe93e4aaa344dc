#pragma once

#include "core/middleware/CorsResponder.h"
#include "core/policy/CorsPolicy.h"

#include <QMutex>

#include <memory>

// The responder for the current policy, shared between the thread that edits the policy and
// the server thread that answers with it. Each request takes the responder that is current
// when it arrives and keeps it until answered, so a change never splits one exchange.
class SharedResponder
{
public:
    SharedResponder();

    void setPolicy(const CorsPolicy &policy);
    std::shared_ptr<const CorsResponder> current() const;

private:
    mutable QMutex m_mutex;
    std::shared_ptr<const CorsResponder> m_responder;
};
