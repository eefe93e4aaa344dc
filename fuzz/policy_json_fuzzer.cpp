// libFuzzer target for the policy JSON contract (PolicyJson::parse). Besides "no crash, no
// undefined behaviour", it checks the round trip: a policy that parses must serialize to JSON
// that parses again to the same JSON. A responder is built from it and answers a preflight,
// which compiles the origin regex and runs every middleware rule.
#include "core/middleware/CorsResponder.h"
#include "core/policy/PolicyJson.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const PolicyJson::ParseResult parsed = PolicyJson::parse(json);
    if (!parsed.ok())
        return 0;
    const QByteArray serialized = PolicyJson::serialize(parsed.policy);
    const PolicyJson::ParseResult again = PolicyJson::parse(serialized);
    if (!again.ok() || PolicyJson::serialize(again.policy) != serialized)
        std::abort();

    const CorsResponder responder(parsed.policy);
    IncomingRequest preflight;
    preflight.method = "OPTIONS";
    preflight.path = QStringLiteral("/api");
    preflight.headers = {{"Origin", "https://app.example"},
                         {"Access-Control-Request-Method", "PUT"},
                         {"Access-Control-Request-Headers", "x-api-key, content-type"}};
    responder.respond(preflight);
    return 0;
}
