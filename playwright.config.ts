import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium where present (browsers cannot be downloaded here), else Playwright's own. */
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => typeof path === 'string' && path !== '' && existsSync(path),
);

// E2E_PORT lets two checkouts (git worktrees) run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      ...(chromium ? { executablePath: chromium } : {}),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'phone',
      use: { ...devices['Pixel 5'], viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, browserName: 'chromium' },
    },
    // The desktop viewport checks what depends on layout and input (pages, navigation, search,
    // print); the figures recomputed from content files do not depend on the viewport (phone only).
    {
      name: 'desktop',
      testMatch: ['**/pages.e2e.ts', '**/navigation.e2e.ts', '**/search.e2e.ts', '**/layout.e2e.ts', '**/materials.e2e.ts', '**/lesson-kits.e2e.ts'],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    // The built public site, served as a static host would serve it.
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    // Its own server every run: a test never talks to a server someone else started.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
