-- wrk's done() hook for bench/requestPath.sh: one machine-readable line per run.
-- latency(i) is the i-th distinct recorded latency (µs) and how many requests took it.
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
  io.write(string.format("RESULT rps=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f over1s=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, over,
    errors.connect + errors.read + errors.write + errors.status + errors.timeout))
end
