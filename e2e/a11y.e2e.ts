import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sampledPaths, sitemapPaths, templatePaths } from './lib/sitemap';

/**
 * WCAG 2.2 AA, checked by axe on every page of the sitemap and the 404 page on the phone, with one
 * exception: the commune pages (/chien-dich/xa/<list>-<code>/, about 340 of them) share one
 * template, so only the first and last of each unit list are scanned (axe takes about 2 s a page a
 * viewport: all of them would add about 25 minutes). On the desktop, where only the layout differs,
 * the first and last page of each template are scanned (templatePaths), which keeps CI near 8 minutes.
 */
const paths = [...sampledPaths(sitemapPaths()), '/404.html'];
const desktopPaths = new Set(templatePaths(paths));

for (const path of paths) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name === 'desktop' && !desktopPaths.has(path), 'desktop: same template as a page checked here and on the phone');
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(summary).toEqual([]);
  });
}
