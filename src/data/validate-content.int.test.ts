import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatIssues } from '../lib/content/issues';
import { validateContent } from './validate-content';

describe('every file under content/', () => {
  it('is valid', async () => {
    const issues = await validateContent(process.cwd());
    expect(formatIssues(issues)).toBe(formatIssues([]));
  });
});

describe('validateContent on broken files', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  it('names the file and field of a material with a missing title and an unknown audience', async () => {
    write(
      'content/tai-lieu/hong/index.mdoc',
      '---\nsummary: Tài liệu thử nghiệm để kiểm tra thông báo lỗi.\naudiences:\n  - nguoi-ngoai-hanh-tinh\nkind: to-roi\ntopics:\n  - phap-luat\npublishedAt: 2024-01-02\nissuingUnit: Ban biên tập\n---\nNội dung.\n',
    );
    const issues = await validateContent(root);
    const fields = issues.filter((i) => i.file === 'content/tai-lieu/hong/index.mdoc').map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'audiences']));
    const message = formatIssues(issues);
    expect(message).toContain('content/tai-lieu/hong/index.mdoc — trường «Tiêu đề» (title)');
    expect(message).toContain('«Đối tượng» (audiences): chỉ được chọn trong các giá trị');
  });

  it('reports a material with no topic and a cover without alt text or file', async () => {
    write(
      'content/tai-lieu/thieu/index.mdoc',
      '---\ntitle: Tài liệu thiếu chủ đề\nsummary: Tài liệu thử nghiệm để kiểm tra thông báo lỗi.\naudiences:\n  - cong-dong\nkind: to-roi\ntopics: []\ncover:\n  image: anh.png\n  alt: ""\npublishedAt: 2024-01-02\nissuingUnit: Ban biên tập\n---\nNội dung.\n',
    );
    const issues = (await validateContent(root)).filter((i) => i.file === 'content/tai-lieu/thieu/index.mdoc');
    expect(issues.map((i) => i.field)).toEqual(['topics', 'cover.alt', 'cover.image']);
  });

  it('reports a news item whose date is missing, in Vietnamese and English', async () => {
    write('content/tin-tuc/khong-ngay.mdoc', '---\ntitle: Tin không có ngày\nsummary: Một tin thử nghiệm không có ngày tháng.\nsource: Thử nghiệm\n---\nNội dung.\n');
    const [issue] = (await validateContent(root)).filter((i) => i.file === 'content/tin-tuc/khong-ngay.mdoc');
    expect(issue).toMatchObject({ field: 'publishedAt', problem: { vi: 'bắt buộc phải điền' } });
  });

  it('refuses two plans marked current', async () => {
    write(
      'content/ke-hoach/ke-hoach-2026.yaml',
      'number: 99/KH-UBND\ntitle: Kế hoạch thử nghiệm giai đoạn sau\nissuer: UBND tỉnh\nissuedOn: 2026-01-05\nperiodStart: 2026-01-01\nperiodEnd: 2030-12-31\nisCurrent: true\nobjective: Mục tiêu thử nghiệm.\nregularQuartersPerYear: 3\ntargets: []\n',
    );
    const issues = await validateContent(root);
    expect(issues.filter((i) => i.field === 'isCurrent')).toHaveLength(2);
  });

  it('refuses a page that takes a section slug', async () => {
    write('content/trang/tai-lieu.mdoc', '---\ntitle: Tài liệu\nsummary: Trang trùng đường dẫn.\nupdatedAt: 2026-01-01\n---\nx\n');
    const issues = await validateContent(root);
    expect(issues.find((i) => i.file === 'content/trang/tai-lieu.mdoc')?.problem.vi).toContain('trùng một mục chính');
  });
});

describe('validateContent and files on disk', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
    mkdirSync(join(root, 'content/tai-lieu/dinh-kem'), { recursive: true });
    writeFileSync(
      join(root, 'content/tai-lieu/dinh-kem/index.mdoc'),
      '---\ntitle: Tài liệu có đính kèm\nsummary: Tài liệu thử nghiệm có một tệp đính kèm.\naudiences:\n  - cong-dong\nkind: to-roi\ntopics:\n  - phap-luat\nattachments:\n  - file: /tai-lieu/dinh-kem/to-roi.pdf\n    label: Tờ rơi\npublishedAt: 2024-01-02\nissuingUnit: Ban biên tập\n---\nNội dung.\n',
    );
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reports an attachment whose file is not in public/', async () => {
    const issue = (await validateContent(root)).find((i) => i.file === 'content/tai-lieu/dinh-kem/index.mdoc');
    expect(issue).toMatchObject({ field: 'attachments.0.file', label: 'Tệp' });
    expect(formatIssues(issue ? [issue] : [])).toContain('không tìm thấy tệp public/tai-lieu/dinh-kem/to-roi.pdf');
  });

  it('accepts it once the file is there', async () => {
    mkdirSync(join(root, 'public/tai-lieu/dinh-kem'), { recursive: true });
    writeFileSync(join(root, 'public/tai-lieu/dinh-kem/to-roi.pdf'), '%PDF-1.4\n');
    expect((await validateContent(root)).filter((i) => i.file === 'content/tai-lieu/dinh-kem/index.mdoc')).toEqual([]);
  });
});
