-- GET with the session cookie (env SESSION); prints one machine-readable line at the end with p50, p95 and p99
-- (bench/scale).
local cookie = os.getenv("SESSION") or ""
wrk.headers["Cookie"] = cookie
wrk.headers["Accept"] = "text/html"

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local bad = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d\n",
    summary.requests, summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, bad))
end
