// Prints one closing line, "N passed, N failed", from the vitest and Playwright JSON reports.
import { existsSync, readFileSync } from 'node:fs';

const failedSteps = Number(process.argv[2] ?? 0);
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

let passed = 0;
let failed = 0;
const vitest = read('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
}
for (const file of ['reports/playwright.json', 'reports/playwright-cms.json']) {
  const playwright = read(file);
  if (playwright) {
    passed += playwright.stats.expected;
    failed += playwright.stats.unexpected + (playwright.stats.flaky ?? 0);
  }
}
// A failed step with no test report (types, lint, build) counts as one failure.
if (failed === 0 && failedSteps > 0) failed = failedSteps;
console.log(`\n${passed} passed, ${failed} failed`);
