import { existsSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('the public build holds no CMS admin or API', async ({ request }) => {
  expect(existsSync('dist/keystatic')).toBe(false);
  expect(existsSync('dist/api')).toBe(false);
  expect(readdirSync('dist/_astro').filter((file) => /keystatic/i.test(file))).toEqual([]);
  expect((await request.get('/keystatic/')).status()).toBe(404);
  expect((await request.get('/api/keystatic/tree')).status()).toBe(404);
});

test('robots.txt, sitemap and web manifest are served', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: ');
  expect(robots).toContain('Disallow: /keystatic/');
  expect((await request.get('/sitemap-index.xml')).ok()).toBe(true);
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ lang: 'vi', start_url: '/' });
  for (const icon of manifest.icons as { src: string }[]) {
    const response = await request.get(icon.src);
    expect(response.headers()['content-type']).toContain('image/png');
  }
});
