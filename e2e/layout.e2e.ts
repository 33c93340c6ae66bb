import { expect, test } from '@playwright/test';

/*
 * Rules every page keeps that need no browser (one h1, lang="vi", the CSP meta, no script on
 * content pages, nothing loaded from another host) are checked on the built HTML of every page by
 * `npm run check:site`. The per-page browser checks (axe, no sideways scroll, no CSP violation)
 * live in e2e/pages.e2e.ts, one test per page. Here: what needs a browser once.
 */

test('pages use the system font stack and download no web font', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(request.url());
  });
  await page.goto('/ke-hoach/');
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^system-ui/);
  expect(fonts).toEqual([]);
});

test('print hides navigation and keeps the content', async ({ page }) => {
  await page.goto('/ho-tro/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Mục chính' })).toBeHidden();
  await expect(page.getByRole('search').first()).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('search, the one island, runs under the Content-Security-Policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/tim-kiem/?q=mai+dam');
  await expect(page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('link').first()).toBeVisible();
  expect(violations).toEqual([]);
});
