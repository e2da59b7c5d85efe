#!/usr/bin/env bash
# Wall time and peak memory of `npm ci`, migrate+seed, `next build` and the service-worker step, each run N times
# (default 3) on a fresh database; prints every run and the medians.
# With BENCH_STEPS="next-build" (any of npm-ci seed next-build build-sw) only those steps run
# (the database is still migrated and seeded afresh each run, unmeasured).
# After the medians: where the last build's memory went, per phase and per process
# (bench/lib/buildBreakdown.mjs; summed RSS counts shared pages once per process, PSS once).
# Usage: bash bench/build.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
export NEXT_TELEMETRY_DISABLED=1 PAYLOAD_SECRET=bench-secret-0123456789abcdef PLAZA_INTERNAL_URL=off
export PLAZA_DIST_DIR=.next-bench PLAZA_DEMO_PASSWORD=bench-password-123
out=bench/results && mkdir -p "$out"
steps="${BENCH_STEPS:-npm-ci seed next-build build-sw}"
measure() { # label, command…
  local label=$1; shift
  [[ " $steps " == *" $label "* ]] || return 0
  read -r wall mb pss < <(PEAK_PROFILE="$out/$label.profile.tsv" \
    node bench/lib/peakTreeMemory.mjs "$out/$label.log" "$@")
  echo "$label $wall $mb $pss" | tee -a "$out/runs.txt"
}
: >"$out/runs.txt"
for i in $(seq "$runs"); do
  measure npm-ci npm ci --no-audit --no-fund
  mkdir -p data && rm -f data/bench.db
  export DATABASE_URI=file:./data/bench.db
  if [[ " $steps " == *" seed "* ]]; then
    measure seed node_modules/.bin/tsx scripts/prepare.ts
  else
    node_modules/.bin/tsx scripts/prepare.ts >"$out/seed.log" 2>&1
  fi
  rm -rf .next-bench
  # The build as npm run build, npm start and scripts/test.sh make it: compile, then generate in a
  # new process (the script's own node process, idle meanwhile, is counted in the tree).
  measure next-build node scripts/next-build.mjs
  measure build-sw node_modules/.bin/tsx scripts/build-sw.ts
done
echo "medians over $runs runs (wall s / peak RSS MB summed over the process tree / peak PSS MB):"
for label in $steps; do
  # Each column's own median (the slowest build need not be the largest).
  wall=$(grep "^$label " "$out/runs.txt" | awk '{print $2}' | sort -n | awk '{ v[NR]=$1 } END { print v[int((NR+1)/2)] }')
  mb=$(grep "^$label " "$out/runs.txt" | awk '{print $3}' | sort -n | awk '{ v[NR]=$1 } END { print v[int((NR+1)/2)] }')
  pss=$(grep "^$label " "$out/runs.txt" | awk '{print $4}' | sort -n | awk '{ v[NR]=$1 } END { print v[int((NR+1)/2)] }')
  printf "  %-10s %6.1f s  %6d MB  (PSS %d MB)\n" "$label" "$wall" "$mb" "$pss"
done
if [ -f "$out/next-build.profile.tsv" ] && [[ " $steps " == *" next-build "* ]]; then
  echo "where the last next build's memory went:"
  node bench/lib/buildBreakdown.mjs "$out/next-build.profile.tsv" | tee "$out/next-build.breakdown.txt"
fi
