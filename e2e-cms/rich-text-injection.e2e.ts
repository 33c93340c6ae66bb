import { mkdirSync, writeFileSync } from 'node:fs';
import { Parser } from 'htmlparser2';
import { expect, test } from '@playwright/test';
import { removeSiteFile, site } from './site';

/**
 * A material with script in its title and body, saved in the copy of the
 * project and rendered by the server (the same components and Markdoc
 * rendering as the build): nothing in it runs.
 */
const slug = 'tai-lieu-co-ma-doc';
const folder = `content/tai-lieu/${slug}`;

test.afterAll(() => removeSiteFile(folder));

test('a material with script in its title and body renders as text: no script, iframe, handler or javascript:/data: link', async ({ request }) => {
  mkdirSync(site(folder), { recursive: true });
  writeFileSync(
    site(`${folder}/index.mdoc`),
    [
      '---',
      'title: "Tiêu đề <script>alert(1)</script> <img src=x onerror=alert(2)>"',
      'summary: "Tóm tắt <script>alert(3)</script> đủ dài để hợp lệ."',
      'audiences:\n  - cong-dong',
      'kind: bai-viet',
      'topics:\n  - phap-luat',
      'publishedAt: 2026-01-01',
      'issuingUnit: Thử nghiệm',
      '---',
      'Đoạn có <script>alert(4)</script> và <iframe src="javascript:alert(5)"></iframe>.',
      '',
      '[Bấm vào đây](javascript:alert(6)) và [cả đây](JaVaScRiPt:alert(7)) và [dữ liệu](data:text/html;base64,PHNjcmlwdD4=)',
      '',
      '![ảnh](javascript:alert(8))',
      '',
    ].join('\n'),
  );
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
  expect(scripts.filter((e) => !(e.attributes.src ?? '').includes('/node_modules/') && !(e.attributes.src ?? '').startsWith('/src/'))).toEqual([]);
  expect(elements.filter((e) => e.name === 'iframe')).toEqual([]);
  expect(elements.filter((e) => Object.keys(e.attributes).some((key) => key.startsWith('on')))).toEqual([]);
  expect(elements.filter((e) => ['href', 'src'].some((key) => /^\s*(javascript|data):/i.test(e.attributes[key] ?? '')))).toEqual([]);
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).toContain('Bấm vào đây');
});
