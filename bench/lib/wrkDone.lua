-- wrk's done() hook for bench/requestPath.sh: one machine-readable line per run.
-- latency(i) is the i-th distinct recorded latency (µs) and how many requests took it.
--
-- WRK_HOLD_MS (with WRK_CONNECTIONS_PER_THREAD, default 25 for -t2 -c50): the first request of
-- each connection waits that long, so the server has accepted every connection before the load
-- starts. Node accepts one connection per event-loop iteration, so in a cold burst of 50 new
-- connections the last ones wait behind the first ones' requests: this separates that wait from
-- the request path itself.
local hold_ms = tonumber(os.getenv("WRK_HOLD_MS") or "0")
local per_thread = tonumber(os.getenv("WRK_CONNECTIONS_PER_THREAD") or "25")
local held = 0

if hold_ms > 0 then
  delay = function()
    if held < per_thread then
      held = held + 1
      return hold_ms
    end
    return 0
  end
end

done = function(summary, latency, requests)
  local over = 0
  local i = 1
  while true do
    local value, count = latency(i)
    if value == 0 then break end
    if value > 1000000 then over = over + count end
    i = i + 1
  end
  local errors = summary.errors
  local seconds = summary.duration / 1e6 - hold_ms / 1000
  io.write(string.format("RESULT rps=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f over1s=%d errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, over,
    errors.connect + errors.read + errors.write + errors.status + errors.timeout))
end
