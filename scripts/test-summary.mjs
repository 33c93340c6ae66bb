// The test suite's closing report: each step's wall time and the total, the names of the steps that
// failed, then one line "N passed, N failed[, N skipped]" that counts every test (vitest and
// Playwright JSON reports) and every step (reports/steps.tsv, written by scripts/test.sh).
// Exits 1 when anything failed.
import { existsSync, readFileSync } from 'node:fs';

const started = Number(process.argv[2] ?? Number.NaN);
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

const steps = existsSync('reports/steps.tsv')
  ? readFileSync('reports/steps.tsv', 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [name, status, seconds] = line.split('\t');
        return { name, ok: status === '0', seconds: Number(seconds) };
      })
  : [];

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of ['reports/vitest-unit.json', 'reports/vitest-integration.json']) {
  const vitest = read(file);
  if (!vitest) continue;
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
}
for (const file of ['reports/playwright.json', 'reports/playwright-cms.json']) {
  const playwright = read(file);
  if (!playwright) continue;
  passed += playwright.stats.expected;
  // A flaky test failed once: it counts as failed (retries are off, so this stays 0 unless turned on).
  failed += playwright.stats.unexpected + (playwright.stats.flaky ?? 0);
  skipped += playwright.stats.skipped ?? 0;
}
for (const step of steps) {
  if (step.ok) passed += 1;
  else failed += 1;
}

const width = Math.max(...steps.map((s) => s.name.length), 10);
console.log('\n=== Summary ===');
for (const step of steps) console.log(`${step.name.padEnd(width)}  ${step.ok ? 'ok    ' : 'FAILED'}  ${step.seconds.toFixed(1).padStart(6)} s`);
const total = Number.isFinite(started) ? Date.now() / 1000 - started : steps.reduce((sum, s) => sum + s.seconds, 0);
console.log(`${'Total wall time'.padEnd(width)}          ${total.toFixed(1).padStart(6)} s (${(total / 60).toFixed(1)} min)`);
const failedSteps = steps.filter((s) => !s.ok).map((s) => s.name);
if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join('; ')}`);
console.log('(Counted: every test in the vitest and Playwright reports, and every step above.)');
console.log(`\n${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
