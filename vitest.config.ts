import { defineConfig } from 'vitest/config';

/**
 * Two projects, told apart by the file name:
 * - unit: `*.test.ts`, pure logic beside the code (no files, no builds); well under 10 s.
 * - integration: `*.int.test.ts`, tests that read or write files (always in temporary copies of
 *   the project, never in content/, public/ or src/), run the importer or build the site.
 * `npx vitest run --project unit` runs one of them.
 */
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: ['**/*.int.test.ts', '**/node_modules/**'] } },
      { test: { name: 'integration', include: ['src/**/*.int.test.ts', 'scripts/**/*.int.test.ts'], testTimeout: 120_000, hookTimeout: 180_000 } },
    ],
  },
});
