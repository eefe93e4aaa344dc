-- wrk: a CORS preflight, the same request every time (built once, no per-request Lua).
wrk.method = "OPTIONS"
wrk.path = "/"
wrk.headers["Origin"] = "https://app.example"
wrk.headers["Access-Control-Request-Method"] = "PUT"
wrk.headers["Access-Control-Request-Headers"] = "x-api-key"

-- Printed once at the end, so throughput.sh can tell wrk really ran this script.
function done(summary, latency, requests)
    io.write("lua-script: preflight\n")
end
