import { expect, test } from '@playwright/test';
import { sampledPaths, sitemapPaths } from './lib/sitemap';

/** Every page, with the commune pages (one template, several hundred pages) sampled; see sampledPaths. */
const paths = sampledPaths(sitemapPaths());

test('no page scrolls sideways, and every page has one h1 and lang="vi"', async ({ page }) => {
  for (const path of paths) {
    await page.goto(path);
    const { scrollWidth, clientWidth, h1s, lang } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      h1s: document.querySelectorAll('h1').length,
      lang: document.documentElement.lang,
    }));
    expect.soft(scrollWidth, `${path} is wider than the screen`).toBeLessThanOrEqual(clientWidth);
    expect.soft(h1s, `${path} h1 count`).toBe(1);
    expect.soft(lang, path).toBe('vi');
  }
});

/** Pages whose point is interaction may load a script (a named island with its own budget). */
const islands = ['/tim-kiem/'];

test('content pages ship no client JavaScript and load nothing from another host', async ({ page }) => {
  const foreign: string[] = [];
  const scripts: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1') foreign.push(request.url());
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  for (const path of paths.filter((p) => !islands.includes(p))) {
    await page.goto(path);
    expect(await page.locator('script:not([type="application/ld+json"])').count(), `${path} has a <script>`).toBe(0);
  }
  expect(foreign).toEqual([]);
  expect(scripts).toEqual([]);
});

test('the page uses Be Vietnam Pro served from this site', async ({ page }) => {
  const fonts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'font') fonts.push(new URL(response.url()).host);
  });
  await page.goto('/ke-hoach/');
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => document.fonts.check('16px "Be Vietnam Pro"', 'Kế hoạch đường dây'))).toBe(true);
  expect(fonts.length).toBeGreaterThan(0);
  expect(new Set(fonts)).toEqual(new Set(['127.0.0.1:4322']));
});

test('print hides navigation and keeps the content', async ({ page }) => {
  await page.goto('/ho-tro/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Mục chính' })).toBeHidden();
  await expect(page.getByRole('search').first()).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('every page carries a Content-Security-Policy without unsafe-inline scripts, and breaks none of it', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  for (const path of paths) {
    await page.goto(path);
    const csp = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    expect(csp, path).toContain("default-src 'self'");
    const scriptSrc = /script-src([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc, path).not.toContain('unsafe-inline');
  }
  await page.goto('/tim-kiem/?q=mai+dam');
  await expect(page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('link').first()).toBeVisible();
  expect(violations).toEqual([]);
});
