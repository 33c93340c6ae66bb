import { Parser } from 'htmlparser2';
import { expect, test } from '@playwright/test';
import { HOSTILE_MATERIAL as slug } from './seed';
import { SITE_WIDE_SCRIPT } from '../src/lib/site-check/budgets';

/**
 * A material with script in its title and body, put in the copy of the
 * project before its dev server starts (e2e-cms/seed.ts) and rendered by that
 * server (the same components and Markdoc rendering as the build): nothing in
 * it runs.
 */
test('a material with script in its title and body renders as text: no script, iframe, handler or javascript:/data: link', async ({ request }) => {
  let html = '';
  await expect(async () => {
    const response = await request.get(`/tai-lieu/${slug}/`);
    expect(response.status()).toBe(200);
    html = await response.text();
  }).toPass({ timeout: 30_000 });
  // Elements as a browser's parser sees them (text inside attributes is only text).
  const elements: { name: string; attributes: Record<string, string> }[] = [];
  const parser = new Parser({ onopentag: (name, attributes) => elements.push({ name, attributes }) });
  parser.write(html);
  parser.end();
  // The dev server adds its own module scripts (Vite client); none carries the material's text.
  const scripts = elements.filter((e) => e.name === 'script' && !(e.attributes.type === 'module' && (e.attributes.src ?? '').startsWith('/@')));
  // Besides the dev server's own, only the site-wide service-worker registration (a named, budgeted file).
  expect(scripts.filter((e) => !(e.attributes.src ?? '').includes('/node_modules/') && !(e.attributes.src ?? '').startsWith('/src/') && e.attributes.src !== SITE_WIDE_SCRIPT.src)).toEqual([]);
  expect(elements.filter((e) => e.name === 'iframe')).toEqual([]);
  expect(elements.filter((e) => Object.keys(e.attributes).some((key) => key.startsWith('on')))).toEqual([]);
  expect(elements.filter((e) => ['href', 'src'].some((key) => /^\s*(javascript|data):/i.test(e.attributes[key] ?? '')))).toEqual([]);
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).toContain('Bấm vào đây');
});
