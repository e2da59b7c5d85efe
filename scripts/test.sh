#!/usr/bin/env bash
# The README's test command (`npm test`): unit and integration tests (Vitest, real SQLite
# files), then end-to-end tests (Playwright in Debian's Chromium against `next build &&
# next start` on a freshly migrated and seeded database), then, when PostgreSQL is given,
# the database-down check on that build. Ends with "N passed, N failed"; each stage prints
# its time ("== stage: N s") and a table of them comes just before that line.
#
# PLAZA_TEST_NODE_DIR: a folder holding another `node` binary (CI puts the registry's Node 24
# there) for the first Vitest run, so one run proves each supported Node line without
# running any suite twice; everything else runs on the node on PATH.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# shellcheck source=scripts/lib/stages.sh
. scripts/lib/stages.sh

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "test: installing Debian's chromium for the browser tests…"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) ||
      { echo "test: could not install chromium"; exit 1; }
  else
    echo "test: the browser tests need Debian's chromium: sudo apt-get install -y chromium"; exit 1
  fi
fi

artifacts=tests/.artifacts
rm -rf "$artifacts" && mkdir -p "$artifacts/e2e"
export PLAZA_STAGE_TIMES="${PLAZA_STAGE_TIMES:-$PWD/$artifacts/stages.tsv}"

vitest_path="$PATH"
[ -n "${PLAZA_TEST_NODE_DIR:-}" ] && vitest_path="$PLAZA_TEST_NODE_DIR:$PATH"
stage "unit and integration tests (Vitest, SQLite, Node $(PATH="$vitest_path" node -v))"
# The default adapter first: tests/helpers/testPayload.ts switches to PostgreSQL whenever
# PLAZA_TEST_POSTGRES_URL is set (as .ci/run exports it), so it is left out of this run.
PATH="$vitest_path" env -u PLAZA_TEST_POSTGRES_URL node_modules/.bin/vitest run \
  --reporter=default --reporter=json --outputFile="$artifacts/vitest.json"
vitest_status=$?

# The same integration tests on PostgreSQL when a server is given (CI starts one), to keep
# the code adapter-neutral: each test file creates and drops its own database. They run on
# one worker beside the build and the browser tests (which leave a core mostly idle, waiting
# on the browser and the server), their output kept in a log printed when they are done.
pg_report=""
pg_pid=""
if [ -n "${PLAZA_TEST_POSTGRES_URL:-}" ]; then
  pg_report="$artifacts/vitest-postgres.json"
  echo "== integration tests on PostgreSQL (Node $(node -v)) started beside the next stages"
  pg_started=$SECONDS
  # Left out here (they already ran above): cliDemoInstall, which spawns the CLIs on the demo
  # install's SQLite file whatever the adapter under test (it unsets PLAZA_TEST_POSTGRES_URL).
  node_modules/.bin/vitest run tests/int --maxWorkers=1 --reporter=default --reporter=json \
    --exclude tests/int/cliDemoInstall.int.spec.ts \
    --outputFile="$pg_report" >"$artifacts/vitest-postgres.log" 2>&1 &
  pg_pid=$!
  trap 'kill "$pg_pid" 2>/dev/null' EXIT
fi

stage "end-to-end database (migrate + seed)"
export DATABASE_URI="file:$PWD/$artifacts/e2e/plaza.db"
export PLAZA_MEDIA_DIR="$PWD/$artifacts/e2e/media"
export PLAZA_DIST_DIR=".next-e2e"
export PAYLOAD_SECRET="e2e-secret-$(node -e 'console.log(require("crypto").randomBytes(16).toString("hex"))')"
export PLAZA_DEMO_PASSWORD="e2e-demo-password-42"
export E2E_PORT="${E2E_PORT:-3100}"
export PORT="$E2E_PORT"
export PLAZA_SERVER_URL="http://127.0.0.1:$E2E_PORT"
export PLAZA_INTERNAL_URL="http://127.0.0.1:$E2E_PORT"
e2e_status=0
built=0
if node_modules/.bin/tsx scripts/prepare.ts && stage "production build (next build + service worker)" &&
  node_modules/.bin/next build >"$artifacts/next-build.log" 2>&1 &&
  node_modules/.bin/tsx scripts/build-sw.ts >>"$artifacts/next-build.log" 2>&1; then
  built=1
  stage "end-to-end tests (Playwright + Chromium)"
  node_modules/.bin/playwright test
  e2e_status=$?
else
  echo "test: preparing the end-to-end database or building failed (see $artifacts/next-build.log):"
  tail -40 "$artifacts/next-build.log" 2>/dev/null
  e2e_status=1
fi

if [ -n "$pg_pid" ]; then
  stage "waiting for the integration tests on PostgreSQL"
  wait "$pg_pid"
  [ $? -eq 0 ] || vitest_status=1
  cat "$artifacts/vitest-postgres.log"
  took=$((SECONDS - pg_started))
  echo "== integration tests on PostgreSQL (beside the build and browser tests): $took s"
  printf '%s\t%s\n' "$took" "(integration tests on PostgreSQL, beside the stages above: not in the total)" \
    >>"$PLAZA_STAGE_TIMES"
fi

# SECURITY.md line 16, "it keeps serving when the database is down": the same production
# build, its city restored into PostgreSQL (CI's server), the database cut and brought back
# (tests/resilience/dbDown.ts; about two minutes). Needs PostgreSQL, so only when one is given.
resilience_report=""
if [ -n "${PLAZA_TEST_POSTGRES_URL:-}" ]; then
  stage "it keeps serving with the database down (production build, PostgreSQL)"
  resilience_report="$artifacts/resilience.json"
  if [ $built -eq 1 ]; then
    PLAZA_RESILIENCE_SQLITE="$artifacts/e2e/plaza.db" PLAZA_RESILIENCE_PG="$PLAZA_TEST_POSTGRES_URL" \
      PLAZA_RESILIENCE_REPORT="$resilience_report" node_modules/.bin/tsx tests/resilience/dbDown.ts
    [ $? -eq 0 ] || e2e_status=1
  fi
fi

# Several instances (README, "Running several instances"): the same build, twice, behind
# Varnish, with Redis and PostgreSQL (tests/cluster/cluster.ts; about a minute and a half).
# Needs PostgreSQL, redis-server and varnishd (CI installs them), so only when all are there.
cluster_report=""
if [ -n "${PLAZA_TEST_POSTGRES_URL:-}" ] && command -v redis-server >/dev/null 2>&1 &&
  { command -v varnishd >/dev/null 2>&1 || [ -x /usr/sbin/varnishd ]; }; then
  stage "several instances behind Varnish (production build, PostgreSQL, Redis)"
  cluster_report="$artifacts/cluster.json"
  if [ $built -eq 1 ]; then
    PLAZA_CLUSTER_SQLITE="$artifacts/e2e/plaza.db" PLAZA_CLUSTER_REPORT="$cluster_report" \
      node_modules/.bin/tsx tests/cluster/cluster.ts
    [ $? -eq 0 ] || e2e_status=1
  fi
fi

stage_end
stage_table
node scripts/lib/testSummary.mjs "$artifacts/vitest.json" "$artifacts/playwright.json" $pg_report $resilience_report $cluster_report
summary_status=$?
[ $vitest_status -eq 0 ] && [ $e2e_status -eq 0 ] && [ $summary_status -eq 0 ]
