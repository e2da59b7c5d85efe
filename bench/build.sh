#!/usr/bin/env bash
# Wall time and peak memory of `npm ci`, migrate+seed, `next build` and the service-worker step, each run N times
# (default 3) on a fresh database; prints every run and the medians.
# Usage: bash bench/build.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
export NEXT_TELEMETRY_DISABLED=1 PAYLOAD_SECRET=bench-secret-0123456789abcdef PLAZA_INTERNAL_URL=off
export PLAZA_DIST_DIR=.next-bench PLAZA_DEMO_PASSWORD=bench-password-123
out=bench/results && mkdir -p "$out"
measure() { # label, command…
  local label=$1; shift
  read -r wall mb < <(node bench/lib/peakTreeMemory.mjs "$out/$label.log" "$@")
  echo "$label $wall $mb" | tee -a "$out/runs.txt"
}
: >"$out/runs.txt"
for i in $(seq "$runs"); do
  measure npm-ci npm ci --no-audit --no-fund
  rm -f data/bench.db
  export DATABASE_URI=file:./data/bench.db
  measure seed node_modules/.bin/tsx scripts/prepare.ts
  rm -rf .next-bench
  measure next-build node_modules/.bin/next build
  measure build-sw node_modules/.bin/tsx scripts/build-sw.ts
done
echo "medians over $runs runs (wall s / peak RSS MB summed over the process tree):"
for label in npm-ci seed next-build build-sw; do
  # Each column's own median (the slowest build need not be the largest).
  wall=$(grep "^$label " "$out/runs.txt" | awk '{print $2}' | sort -n | awk '{ v[NR]=$1 } END { print v[int((NR+1)/2)] }')
  mb=$(grep "^$label " "$out/runs.txt" | awk '{print $3}' | sort -n | awk '{ v[NR]=$1 } END { print v[int((NR+1)/2)] }')
  printf "  %-10s %6.1f s  %6d MB\n" "$label" "$wall" "$mb"
done
