import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, removeCopy } from '../../scripts/lib/project-copy';

/**
 * Builds a copy of the site with one hostile material (script tags and
 * javascript: links in its title and body) and reads the built page.
 */
describe('a material with script in its title and body, once built', () => {
  let root: string;
  let html: string;
  /** Elements as a browser's parser sees them (text inside attributes is only text). */
  const elements: { name: string; attributes: Record<string, string> }[] = [];
  const slug = 'tai-lieu-co-ma-doc';

  beforeAll(() => {
    root = copyProject('site');
    mkdirSync(join(root, 'content/tai-lieu', slug), { recursive: true });
    writeFileSync(
      join(root, 'content/tai-lieu', slug, 'index.mdoc'),
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
    execFileSync('npx', ['astro', 'build'], { cwd: root, stdio: 'pipe', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    html = readFileSync(join(root, 'dist/tai-lieu', slug, 'index.html'), 'utf8');
    const parser = new Parser({ onopentag: (name, attributes) => elements.push({ name, attributes }) });
    parser.write(html);
    parser.end();
  }, 240_000);

  afterAll(() => removeCopy(root));

  it('has no script or iframe element and no event handler attribute', () => {
    expect(elements.filter((e) => e.name === 'script' || e.name === 'iframe')).toEqual([]);
    expect(elements.filter((e) => Object.keys(e.attributes).some((key) => key.startsWith('on')))).toEqual([]);
  });

  it('has no javascript: or data: link or image source', () => {
    const unsafe = elements.filter((e) => ['href', 'src'].some((key) => /^\s*(javascript|data):/i.test(e.attributes[key] ?? '')));
    expect(unsafe).toEqual([]);
  });

  it('shows the hostile text as text, escaped', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Bấm vào đây');
  });
});
