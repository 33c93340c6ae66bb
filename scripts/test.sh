#!/usr/bin/env bash
# The whole test suite: types, lint, content, unit and integration tests, build, built-site checks,
# browser tests, Lighthouse. Runs every step, prints each step's wall time, then one closing line
# "N passed, N failed" (tests and steps), and exits non-zero on any failure.
# Officers' files are guarded: content/, public/ and src/ are fingerprinted before the first step and
# compared after the last; any change fails the run and names the file.
set -u
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
mkdir -p reports
rm -f reports/vitest-unit.json reports/vitest-integration.json reports/playwright.json reports/playwright-cms.json reports/steps.tsv reports/officer-files.json

started=$(date +%s.%N)
# step NAME COMMAND...: runs the command, records "name<TAB>status<TAB>seconds" in reports/steps.tsv.
step() {
  local name="$1"
  shift
  printf '\n=== %s ===\n' "$name"
  local t0 status
  t0=$(date +%s.%N)
  "$@"
  status=$?
  local seconds
  seconds=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  printf '%s\t%s\t%s\n' "$name" "$status" "$seconds" >> reports/steps.tsv
  printf -- '--- %s: %s in %s s\n' "$name" "$([ "$status" = 0 ] && echo ok || echo FAILED)" "$seconds"
  return "$status"
}

guard="npx tsx scripts/guard-officer-files.ts"
if ! $guard snapshot reports/officer-files.json; then
  echo "Could not fingerprint content/, public/ and src/: stopping before any test runs." >&2
  exit 1
fi

step "Type check (astro check)" npx astro check
step "Lint (eslint)" npx eslint .
step "Content check" npx tsx scripts/check-content.ts
step "Unit tests (vitest, project unit)" npx vitest run --project unit --reporter=default --reporter=json --outputFile=reports/vitest-unit.json
step "Integration tests (vitest, project integration)" npx vitest run --project integration --reporter=default --reporter=json --outputFile=reports/vitest-integration.json
if step "Build (astro build, then the service worker)" bash -c "npx astro build && npx tsx scripts/build-offline.ts"; then
  step "Built site: links, page rules, size budgets, valid HTML" npx tsx scripts/check-site.ts
  if step "Chromium" bash scripts/ensure-chromium.sh; then
    # Lighthouse first, while nothing else runs: its simulated throttling multiplies the main thread's
    # task times by four, so a busy machine (browser tests, a dev server shutting down) reads as a slow page.
    # One gated run a page keeps the whole suite inside 10 minutes on 2 cores; `npm run check:lighthouse` makes two.
    step "Lighthouse (mobile)" env LIGHTHOUSE_RUNS=1 npx tsx scripts/lighthouse.ts
    step "End-to-end tests (Playwright, Chromium)" npx playwright test
    step "CMS editing test (Keystatic admin on a copy of the project)" npx playwright test -c playwright.cms.config.ts
  fi
fi
step "Officers' files unchanged (content/, public/, src/)" $guard verify reports/officer-files.json

node scripts/test-summary.mjs "$started"
