#!/usr/bin/env bash
# The README's test command (`npm test`): unit and integration tests (Vitest, real SQLite
# files), then end-to-end tests (Playwright in Debian's Chromium against `next build &&
# next start` on a freshly migrated and seeded database); when PostgreSQL is given, beside
# the build and the browser tests: the integration tests on PostgreSQL, then the database-down
# and several-instances checks on that build. Ends with "N passed, N failed"; each stage prints
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

# Debian packages the tests run: Chromium for the browser tests, xmllint for checking the CAP
# feeds against the OASIS schema.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "test: installing Debian's ${missing[*]} for the tests…"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null) ||
      { echo "test: could not install ${missing[*]}"; exit 1; }
  else
    echo "test: the tests need Debian's ${missing[*]}: sudo apt-get install -y ${missing[*]}"; exit 1
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

# When a PostgreSQL server is given (CI starts one), these run beside the build and the
# browser tests, one after the other, their output kept in logs printed when they are done:
#  1. the integration tests again on PostgreSQL, to keep the code adapter-neutral (each test
#     file creates and drops its own database), on one worker;
#  2. once the build is ready, on that build (a server of their own, on another port) and a
#     copy of the seeded city taken before the browser tests edit it:
#     "it keeps serving with the database down" (docs/SECURITY.md; tests/resilience/dbDown.ts)
#     and several instances behind Varnish with Redis (tests/cluster/cluster.ts; needs
#     redis-server and varnishd).
# Left out of the PostgreSQL run, as what they test happens before, after or outside the
# database (the data they read and write goes through queries other files run there):
#  - cliDemoInstall: spawns the CLIs on the demo install's SQLite file whatever the adapter;
#  - sqliteConcurrency: SQLite's own writer lock;
#  - liveContentHttp: REST and GraphQL reach the same Local API operations as
#    liveContentInProcess, which does run on PostgreSQL;
#  - openDataHsds, openDataCpsv: the format of what openDataApi's queries return;
#  - hostileUploads, mediaFromUrl: files refused before anything is stored;
#  - rateLimit, surface, appManifest, eofficeSignIn, demoLogins: limiter counters, the config,
#    the manifest, OpenID Connect and the demo login file;
#  - searchAlgolia, pushDelivery, linkHealth: calls out to Algolia, push services and links.
pg_report=""
resilience_report=""
cluster_report=""
beside_pid=""
ops_ready="$artifacts/ops/ready"
e2e_dist=.next-e2e
e2e_password=e2e-demo-password-42
with_cluster=0
if command -v redis-server >/dev/null 2>&1 &&
  { command -v varnishd >/dev/null 2>&1 || [ -x /usr/sbin/varnishd ]; }; then
  with_cluster=1
fi
beside() {
  local started=$SECONDS
  node_modules/.bin/vitest run tests/int --maxWorkers=1 --reporter=default --reporter=json \
    --exclude tests/int/cliDemoInstall.int.spec.ts \
    --exclude tests/int/sqliteConcurrency.int.spec.ts \
    --exclude tests/int/liveContentHttp.int.spec.ts \
    --exclude tests/int/rateLimit.int.spec.ts \
    --exclude tests/int/appManifest.int.spec.ts \
    --exclude tests/int/surface.int.spec.ts \
    --exclude tests/int/mediaFromUrl.int.spec.ts \
    --exclude tests/int/eofficeSignIn.int.spec.ts \
    --exclude tests/int/openDataHsds.int.spec.ts \
    --exclude tests/int/openDataCpsv.int.spec.ts \
    --exclude tests/int/hostileUploads.int.spec.ts \
    --exclude tests/int/demoLogins.int.spec.ts \
    --exclude tests/int/searchAlgolia.int.spec.ts \
    --exclude tests/int/pushDelivery.int.spec.ts \
    --exclude tests/int/linkHealth.int.spec.ts \
    --outputFile="$pg_report" >"$artifacts/vitest-postgres.log" 2>&1
  echo $? >"$artifacts/vitest-postgres.status"
  printf '%s\t%s\n' "$((SECONDS - started))" "(integration tests on PostgreSQL, beside)" >>"$PLAZA_STAGE_TIMES"
  while [ ! -f "$ops_ready" ]; do sleep 2; done
  [ "$(cat "$ops_ready")" = ok ] || return 0
  started=$SECONDS
  PLAZA_DIST_DIR=$e2e_dist E2E_PORT=3107 PLAZA_RESILIENCE_SQLITE="$artifacts/ops/plaza.db" \
    PLAZA_RESILIENCE_PG="$PLAZA_TEST_POSTGRES_URL" PLAZA_RESILIENCE_REPORT="$resilience_report" \
    node_modules/.bin/tsx tests/resilience/dbDown.ts >"$artifacts/resilience.log" 2>&1
  echo $? >"$artifacts/resilience.status"
  printf '%s\t%s\n' "$((SECONDS - started))" "(database down, production build, beside)" >>"$PLAZA_STAGE_TIMES"
  [ $with_cluster -eq 1 ] || return 0
  started=$SECONDS
  PLAZA_DIST_DIR=$e2e_dist PLAZA_DEMO_PASSWORD=$e2e_password PLAZA_CLUSTER_SQLITE="$artifacts/ops/plaza.db" \
    PLAZA_CLUSTER_REPORT="$cluster_report" \
    node_modules/.bin/tsx tests/cluster/cluster.ts >"$artifacts/cluster.log" 2>&1
  echo $? >"$artifacts/cluster.status"
  printf '%s\t%s\n' "$((SECONDS - started))" "(several instances behind Varnish, beside)" >>"$PLAZA_STAGE_TIMES"
}
if [ -n "${PLAZA_TEST_POSTGRES_URL:-}" ]; then
  pg_report="$artifacts/vitest-postgres.json"
  resilience_report="$artifacts/resilience.json"
  [ $with_cluster -eq 1 ] && cluster_report="$artifacts/cluster.json"
  mkdir -p "$artifacts/ops"
  echo "== beside the next stages: integration tests on PostgreSQL (Node $(node -v)), then the database-down and cluster checks"
  beside &
  beside_pid=$!
  trap 'kill "$beside_pid" 2>/dev/null' EXIT
fi

stage "end-to-end database (migrate + seed)"
export DATABASE_URI="file:$PWD/$artifacts/e2e/plaza.db"
export PLAZA_MEDIA_DIR="$PWD/$artifacts/e2e/media"
export PLAZA_DIST_DIR="$e2e_dist"
export PAYLOAD_SECRET="e2e-secret-$(node -e 'console.log(require("crypto").randomBytes(16).toString("hex"))')"
export PLAZA_DEMO_PASSWORD="$e2e_password"
export E2E_PORT="${E2E_PORT:-3100}"
export PORT="$E2E_PORT"
export PLAZA_SERVER_URL="http://127.0.0.1:$E2E_PORT"
export PLAZA_INTERNAL_URL="http://127.0.0.1:$E2E_PORT"
e2e_status=0
if node_modules/.bin/tsx scripts/prepare.ts && stage "production build (next build + service worker)" &&
  node scripts/next-build.mjs >"$artifacts/next-build.log" 2>&1 &&
  node_modules/.bin/tsx scripts/build-sw.ts >>"$artifacts/next-build.log" 2>&1; then
  # The checks beside get their own copy of the freshly seeded city (database, media and
  # private files), taken before the browser tests start editing it (the build stays shared: Next's route modules name their own
  # dist directory, so a copied build would still read and write this one).
  if [ -n "$beside_pid" ]; then
    (cd "$artifacts/e2e" && find . -mindepth 1 -maxdepth 1 ! -name '*-shm' -exec cp -r {} ../ops/ \;) &&
      echo ok >"$ops_ready" || echo failed >"$ops_ready"
  fi
  stage "end-to-end tests (Playwright + Chromium)"
  # The read-only specs, then the writers (playwright.config.ts) as a run of their own rather
  # than a dependent project, which Playwright would skip whole after one read-only failure.
  PLAZA_E2E_REPORT="$artifacts/playwright.json" node_modules/.bin/playwright test --project pages
  e2e_status=$?
  PLAZA_E2E_REPORT="$artifacts/playwright-writes.json" node_modules/.bin/playwright test --project writes --no-deps ||
    e2e_status=1
else
  [ -n "$beside_pid" ] && echo failed >"$ops_ready"
  echo "test: preparing the end-to-end database or building failed (see $artifacts/next-build.log):"
  tail -40 "$artifacts/next-build.log" 2>/dev/null
  e2e_status=1
fi

if [ -n "$beside_pid" ]; then
  stage "waiting for the checks beside (PostgreSQL, database down, cluster)"
  wait "$beside_pid"
  for part in vitest-postgres resilience cluster; do
    [ -f "$artifacts/$part.log" ] || continue
    echo "---- $part (ran beside the stages above)"
    cat "$artifacts/$part.log"
  done
  [ "$(cat "$artifacts/vitest-postgres.status" 2>/dev/null)" = 0 ] || vitest_status=1
  [ "$(cat "$ops_ready" 2>/dev/null)" = ok ] || e2e_status=1
  [ "$(cat "$artifacts/resilience.status" 2>/dev/null)" = 0 ] || e2e_status=1
  if [ $with_cluster -eq 1 ]; then
    [ "$(cat "$artifacts/cluster.status" 2>/dev/null)" = 0 ] || e2e_status=1
  fi
fi

stage_end
stage_table
node scripts/lib/testSummary.mjs "$artifacts/vitest.json" "$artifacts/playwright.json" "$artifacts/playwright-writes.json" \
  $pg_report $resilience_report $cluster_report
summary_status=$?
[ $vitest_status -eq 0 ] && [ $e2e_status -eq 0 ] && [ $summary_status -eq 0 ]
