#!/usr/bin/env bash
# The request path of one `next start` on cached public pages: `wrk -t2 -c50 -d15s` on the
# home page and a procedure page (found through the procedures list), N runs each (default
# 3), printing every run and the medians of requests/s, p50, p99, the slowest request and how
# many requests took over 1 s; then the response headers' size and, when SERVER_PID is the
# `next start` process, its CPU time per request. The machine is shared: the load average is
# printed with each run.
# Each run is done twice: "cold", as wrk starts (50 new connections at once), and "warm", where
# each connection's first request waits 1.5 s so the server has accepted all 50 before the load
# starts. Node accepts one connection per event-loop iteration, so in a cold burst the last
# connections wait behind the first ones' requests (seen with strace: one accept4 per
# epoll_pwait): the warm figures are the request path itself, the cold ones add that wait.
# WRK_GZIP=1: wrk asks for gzip, as browsers do (the server then compresses every response).
# Usage: BASE_URL=http://127.0.0.1:3000 [SERVER_PID=…] [WRK_GZIP=1] bash bench/requestPath.sh [N] [/path …]
set -euo pipefail
cd "$(dirname "$0")/.."
base="${BASE_URL:-http://127.0.0.1:3000}"
runs="${1:-3}"
shift || true
command -v wrk >/dev/null || { echo "requestPath: needs wrk (sudo apt-get install -y wrk)"; exit 1; }
paths=("$@")
if [ ${#paths[@]} -eq 0 ]; then
  procedure=$(curl -fsS "$base/en/procedures" | grep -o 'href="/en/procedures/[a-z0-9-]*"' | head -1 |
    sed 's/^href="//; s/"$//')
  paths=(/en "${procedure:-/en/procedures}")
fi
gzip_header=()
[ "${WRK_GZIP:-}" = 1 ] && gzip_header=(-H 'Accept-Encoding: gzip')
cpu_ticks() { [ -n "${SERVER_PID:-}" ] && awk '{print $14 + $15}' "/proc/$SERVER_PID/stat" || echo 0; }
tick=$(getconf CLK_TCK)
for path in "${paths[@]}"; do
  url="$base$path"
  curl -fsS -o /dev/null "$url" && curl -fsS -o /dev/null "$url" # warm: prerender or cache fill
  headers=$(curl -fsS -o /dev/null -D - "$url" | wc -c)
  body=$(curl -fsS --compressed -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$url")
  echo "== $path: response headers $headers bytes, body $body bytes (gzip)"
  for mode in cold warm; do
    : >"${TMPDIR:-/tmp}/requestPath.$$"
    hold=0
    [ "$mode" = warm ] && hold=1500
    for i in $(seq "$runs"); do
      before=$(cpu_ticks)
      line=$(WRK_HOLD_MS=$hold wrk -t2 -c50 -d15s --timeout 10s -s bench/lib/wrkDone.lua \
        ${gzip_header[@]+"${gzip_header[@]}"} "$url" | grep '^RESULT')
      after=$(cpu_ticks)
      requests=$(echo "$line" | sed -E 's/.*rps=([0-9.]+).*/\1/')
      cpu_ms=$(awk -v b="$before" -v a="$after" -v t="$tick" -v r="$requests" -v h="$hold" \
        'BEGIN { if (r > 0 && a > b) printf "%.2f", (a - b) * 1000 / t / (r * (15 - h / 1000)); else print "-" }')
      echo "$mode run $i: ${line#RESULT } cpu_ms_per_req=$cpu_ms load=$(cut -d' ' -f1 /proc/loadavg)" |
        tee -a "${TMPDIR:-/tmp}/requestPath.$$"
    done
    awk -v path="$path" -v mode="$mode" '
      function median(name,   n, i, j, v, tmp) {
        n = 0
        for (i = 1; i <= NR; i++) { split(rows[i], f, " "); for (j in f) if (f[j] ~ "^" name "=") v[++n] = substr(f[j], length(name) + 2) }
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] + 0 < v[i] + 0) { tmp = v[i]; v[i] = v[j]; v[j] = tmp }
        return v[int((n + 1) / 2)]
      }
      { rows[NR] = $0 }
      END {
        printf "median %s %s: %s req/s, p50 %s ms, p99 %s ms, max %s ms, over 1 s %s, errors %s, CPU %s ms/req\n",
          mode, path, median("rps"), median("p50_ms"), median("p99_ms"), median("max_ms"), median("over1s"),
          median("errors"), median("cpu_ms_per_req")
      }' "${TMPDIR:-/tmp}/requestPath.$$"
  done
  rm -f "${TMPDIR:-/tmp}/requestPath.$$"
done
