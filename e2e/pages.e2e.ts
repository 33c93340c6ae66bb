import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sampledPaths, sitemapPaths, templatePaths } from './lib/sitemap';

/**
 * One test per page: axe finds no WCAG 2.2 AA violation, the page does not scroll sideways, and
 * the browser reports no Content-Security-Policy violation and requests nothing from another
 * host. On the phone every page of the sitemap and the 404 page, except that each family of
 * generated pages made from one template (commune pages per unit list, quarter, district and year
 * dashboards, browse lists) is sampled as its first and last page (sampledPaths); on the desktop,
 * where only the layout differs, the first page of each template (templatePaths). Rules that need
 * no browser are checked on every built page by
 * `npm run check:site`.
 */
const paths = [...sampledPaths(sitemapPaths()), '/404.html'];
const desktopPaths = new Set(templatePaths(paths));

for (const path of paths) {
  test(`page ${path}: axe, width, CSP, same host`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name === 'desktop' && !desktopPaths.has(path), 'desktop: same template as a page checked here and on the phone');
    const problems: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
    });
    page.on('request', (request) => {
      if (new URL(request.url()).hostname !== '127.0.0.1') problems.push(`request to another host: ${request.url()}`);
    });
    await page.goto(path);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect.soft(scrollWidth, `${path} is wider than the screen`).toBeLessThanOrEqual(clientWidth);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect.soft(summary).toEqual([]);
    expect(problems).toEqual([]);
  });
}
