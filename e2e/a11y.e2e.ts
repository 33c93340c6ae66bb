import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sampledPaths, sitemapPaths } from './lib/sitemap';

/**
 * WCAG 2.2 AA, checked by axe on every page of the sitemap and the 404 page, phone and desktop,
 * with one exception: the commune pages (/chien-dich/xa/<list>-<code>/, about 340 of them) share
 * one template, so only the first and last of each unit list are scanned (axe takes about 2 s a
 * page a viewport: all of them would add about 25 minutes). The commune index is checked as usual.
 */
const paths = [...sampledPaths(sitemapPaths()), '/404.html'];

for (const path of paths) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(summary).toEqual([]);
  });
}
