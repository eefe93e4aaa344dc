-- wrk: a simple cross-origin GET, the same request every time (built once, no per-request Lua).
wrk.method = "GET"
wrk.path = "/"
wrk.headers["Origin"] = "https://app.example"

-- Printed once at the end, so throughput.sh can tell wrk really ran this script.
function done(summary, latency, requests)
    io.write("lua-script: get\n")
end
