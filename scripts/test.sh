#!/usr/bin/env bash
# `npm test`: typecheck, lint, the vitest suite on PGlite, the suite again on PostgreSQL when
# STITCH_TEST_DATABASE_URL is set, then browser tests (test/e2e) when /usr/bin/chromium exists.
# Every step runs even when an earlier one failed; reports go to test-results/. The last line is the
# sum over all of them, `N passed, N failed` (`, N skipped`), and the exit code is non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

RESULTS=test-results
CHECKS=$RESULTS/checks.tsv
CHROMIUM=/usr/bin/chromium
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
: >"$CHECKS"
started=$SECONDS

step() { printf '\n=== %s\n' "$*"; }
record() { printf '%s\t%s\n' "$1" "$2" >>"$CHECKS"; } # status, name

# check NAME COMMAND...: runs one check and records it as passed or failed.
check() {
  local name=$1 t=$SECONDS
  shift
  step "$name"
  if "$@"; then
    record passed "$name"
    echo "--- $name: passed ($((SECONDS - t)) s)"
  else
    record failed "$name"
    echo "--- $name: FAILED ($((SECONDS - t)) s)"
  fi
}

# vitest_run LABEL REPORT [vitest args...]: one vitest run with the terminal and JSON reporters. Its tests
# are counted from the JSON report; a missing report, or a non-zero exit with no failed test in the report
# (an unhandled error), is recorded as one failed check.
vitest_run() {
  local label=$1 report=$RESULTS/$2 t=$SECONDS code
  shift 2
  step "$label"
  npx vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@"
  code=$?
  echo "--- $label: vitest exited with $code ($((SECONDS - t)) s)"
  if [ ! -s "$report" ]; then
    record failed "$label: vitest wrote no report (exit code $code)"
  elif [ "$code" -ne 0 ] && node -e '
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      process.exit(r.numFailedTests + r.numFailedTestSuites > 0 ? 1 : 0);' "$report"; then
    record failed "$label: vitest exited with code $code although no test failed (unhandled error?)"
  fi
}

check "typecheck (tsc --noEmit)" npx tsc --noEmit
check "eslint" npx eslint .
check "prettier --check" npx prettier --check --log-level warn .
check "dependency audit (npm audit, exceptions in dependency-exceptions.json)" \
  node --import tsx scripts/audit-dependencies.ts
check "SBOM (CycloneDX, production packages)" node --import tsx scripts/sbom.ts "$RESULTS/sbom.cdx.json"

# The first run always uses PGlite, even when the caller has set the PostgreSQL variable.
(
  unset STITCH_TEST_DATABASE_URL
  vitest_run "vitest on PGlite" vitest.json
)

if [ -n "${STITCH_TEST_DATABASE_URL:-}" ]; then
  # The whole suite again (about a minute): every test that opens createTestDatabase() now gets a fresh
  # database on that server.
  vitest_run "vitest on PostgreSQL" vitest-postgres.json
else
  step "PostgreSQL"
  echo "Database tests ran on PGlite only: set STITCH_TEST_DATABASE_URL to run them on PostgreSQL too."
fi

if [ -x "$CHROMIUM" ]; then
  if [ -n "$(find test/e2e -name '*.test.ts' -print -quit 2>/dev/null)" ]; then
    vitest_run "browser tests (test/e2e, $CHROMIUM)" e2e.json --config vitest.e2e.config.ts
  else
    step "browser tests"
    echo "Browser tests: none in test/e2e yet ($CHROMIUM is ready for them)."
  fi
else
  step "browser tests"
  echo "Browser tests skipped: $CHROMIUM not found"
  if [ "${CI:-}" = true ]; then record failed "browser tests: $CHROMIUM not found (CI must have it)"; fi
fi

step "summary"
echo "Took $((SECONDS - started)) s."
node scripts/summarise-results.mjs "$RESULTS"
