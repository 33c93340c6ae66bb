import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../data/validate-content';
import type { ContentIssue } from '../../lib/content/issues';
import { isKeystaticBrowserFile, translateKeystatic, vietnameseMessageCode } from './admin-patch';
import { KEYSTATIC_MESSAGES } from './messages';
import { fieldMessages, formatMessage, type FieldMessageKey } from './vietnamese';

/**
 * For one rule, the admin's message (the patched bundle's own code, run with
 * the field's label and limit) and the build's content error (validateContent
 * on a broken file) must be the same words.
 */
const dist = join(process.cwd(), 'node_modules/@keystatic/core/dist');
const patched = readdirSync(dist)
  .map((name) => join(dist, name))
  .filter(isKeystaticBrowserFile)
  .map((file) => translateKeystatic(readFileSync(file, 'utf8')))
  .join('\n');

/** Runs the patched admin code that writes `key` at the site whose English is `english`, with these variables. */
function adminSays(key: FieldMessageKey, english: string, variables: Record<string, unknown>): string {
  const site = KEYSTATIC_MESSAGES.filter((message) => message.key === key).flatMap((message) => message.admin).find((s) => s.code === english);
  if (!site) throw new Error(`no admin site ${english}`);
  const code = vietnameseMessageCode(key, site);
  expect(patched).toContain(code);
  const shown = new Function(...Object.keys(variables), `return ${code};`)(...Object.values(variables)) as unknown;
  return Array.isArray(shown) ? shown.join('') : String(shown);
}

/** What a build error says for the issue, written the way the editor writes it (label first when the editor has one). */
const buildSays = (issue: ContentIssue | undefined, withLabel = true) =>
  withLabel ? formatMessage(fieldMessages.fieldWithLabel, { label: issue?.label ?? '?', message: issue?.problem.vi ?? '?' }) : (issue?.problem.vi ?? '?');

let root: string;
let issues: ContentIssue[];
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'same-words-'));
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  rmSync(join(root, 'content/hoat-dong'), { recursive: true, force: true });
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write(
    'content/hoat-dong/2024/2021-11950.yaml',
    `unit:\n  list: '2021'\n  code: '11950'\n  name: Phường Lam Sơn\nactivities:\n  - format: chieu-phim\n    audiences: [cong-dong]\n    participants: -4\n    description: ngắn\n    reportingUnit: ${'U'.repeat(201)}\n  - date: 2024-01-02\n    format: hoi-nghi\n    audiences: [cong-dong]\n    participants: 2.5\n    description: Hội nghị tuyên truyền\n    reportingUnit: UBND\n`,
  );
  write(
    'content/tai-lieu/ngan/index.mdoc',
    '---\ntitle: Tờ\nsummary: Tài liệu thử nghiệm để kiểm tra thông báo lỗi.\naudiences:\n  - cong-dong\nkind: to-roi\ntopics:\n  - phap-luat\npublishedAt: 2024-01-02\nissuingUnit: Ban biên tập\n---\nNội dung.\n',
  );
  write('content/tin-tuc/khong-ngay.mdoc', '---\ntitle: Tin không có ngày\nsummary: Một tin thử nghiệm không có ngày tháng.\nsource: Thử nghiệm\n---\nNội dung.\n');
  issues = await validateContent(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const issue = (file: string, field: string) => issues.find((i) => i.file === file && i.field === field);
const ACTIVITY = 'content/hoat-dong/2024/2021-11950.yaml';

describe('the editor and the build say the same words for the same rule', () => {
  it('too short: "cần ít nhất"', () => {
    expect(buildSays(issue('content/tai-lieu/ngan/index.mdoc', 'title'))).toBe('Tiêu đề: cần ít nhất 5 ký tự');
    expect(adminSays('mustBeAtLeastCharactersLong', '`${fieldLabel} must be at least ${min} characters long`', { fieldLabel: 'Tiêu đề', min: 5 })).toBe('Tiêu đề: cần ít nhất 5 ký tự');
    expect(buildSays(issue(ACTIVITY, 'activities.0.description'))).toBe(
      adminSays('mustBeAtLeastCharactersLong', '`${fieldLabel} must be at least ${min} characters long`', { fieldLabel: 'Mô tả ngắn', min: 5 }),
    );
  });

  it('too long', () => {
    expect(buildSays(issue(ACTIVITY, 'activities.0.reportingUnit'))).toBe(
      adminSays('mustBeNoLongerThanCharacters', '`${fieldLabel} must be no longer than ${max} characters`', { fieldLabel: 'Đơn vị báo cáo', max: 200 }),
    );
  });

  it('required', () => {
    const said = adminSays('isRequired', '`${label} is required`', { label: 'Ngày' });
    expect(said).toBe('Ngày: bắt buộc phải điền');
    expect(buildSays(issue(ACTIVITY, 'activities.0.date'))).toBe(said);
    expect(buildSays(issue('content/tin-tuc/khong-ngay.mdoc', 'publishedAt'))).toBe(adminSays('isRequired', '`${label} is required`', { label: 'Ngày của sự kiện hoặc văn bản' }));
    expect(adminSays('isRequired', '[props.label, " is required"]', { props: { label: 'Ngày' } })).toBe(said);
  });

  it('numbers: smallest, whole', () => {
    expect(buildSays(issue(ACTIVITY, 'activities.0.participants'))).toBe(
      adminSays('mustBeAtLeast', '`${label} must be at least ${validation.min}`', { label: 'Số người tham dự', validation: { min: 0 } }),
    );
    expect(buildSays(issue(ACTIVITY, 'activities.1.participants'))).toBe(adminSays('mustBeAWholeNumber', '`${label} must be a whole number`', { label: 'Số người tham dự' }));
  });

  it('an option not in the list (a message without a label)', () => {
    expect(buildSays(issue(ACTIVITY, 'activities.0.format'), false)).toBe(adminSays('mustBeAValidOption', "'Must be a valid option'", {}));
  });
});
