import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A material whose title and body carry script, for e2e-cms/rich-text-injection.e2e.ts. */
export const HOSTILE_MATERIAL = 'tai-lieu-co-ma-doc';

/**
 * Content the CMS tests need in their copy of the project before its dev
 * server starts (the server lists a collection's pages once; a file added
 * later may not be routed yet). Written into the copy only, never the project.
 */
export function seedCopy(root: string): void {
  const folder = join(root, 'content/tai-lieu', HOSTILE_MATERIAL);
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'index.mdoc'),
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
}
