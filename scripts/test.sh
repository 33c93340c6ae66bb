#!/usr/bin/env bash
# The whole test suite: types, lint, content, unit tests, build, browser tests.
# Runs every step, prints a closing "N passed, N failed" line, exits non-zero on any failure.
set -u
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
mkdir -p reports
rm -f reports/vitest.json reports/playwright.json reports/playwright-cms.json

failed_steps=()
step() {
  local name="$1"
  shift
  printf '\n=== %s ===\n' "$name"
  if ! "$@"; then
    failed_steps+=("$name")
    return 1
  fi
}

step "Type check (astro check)" npx astro check
step "Lint (eslint)" npx eslint .
step "Content check" npx tsx scripts/check-content.ts
step "Unit tests (vitest)" npx vitest run --reporter=default --reporter=json --outputFile=reports/vitest.json
if step "Build (astro build)" npx astro build; then
  step "Built site: links, size budgets, valid HTML" npx tsx scripts/check-site.ts
  if step "Chromium" bash scripts/ensure-chromium.sh; then
    step "End-to-end tests (Playwright, Chromium)" npx playwright test
    step "CMS editing test (Keystatic admin, local mode)" npx playwright test -c playwright.cms.config.ts
    step "Lighthouse (mobile)" npx tsx scripts/lighthouse.ts
  fi
fi

node scripts/test-summary.mjs "${#failed_steps[@]}"
if [ "${#failed_steps[@]}" -gt 0 ]; then
  printf 'Failed steps: %s\n' "${failed_steps[*]}" >&2
  exit 1
fi
