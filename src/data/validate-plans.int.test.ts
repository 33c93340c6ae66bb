import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateContent } from './validate-content';

/** Plans that the content check must refuse, each with file, field and a fix in Vietnamese. */
describe('validateContent on plans', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'plans-'));
    cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const plan = (number: string, start: string, end: string, target: string) =>
    `number: ${number}\ntitle: Kế hoạch thử nghiệm của năm\nissuer: UBND tỉnh\nissuedOn: 2026-01-05\nperiodStart: ${start}\nperiodEnd: ${end}\nkind: nam\narea: toan-tinh\nobjective: Mục tiêu thử nghiệm.\nregularQuartersPerYear: 3\ntargets:\n${target}`;
  const target = (measure: string, unit = 'so-luong', audience = 'khong') =>
    `  - id: chi-tieu-thu\n    section: II.1\n    group: truyen-thong\n    label: Chỉ tiêu thử nghiệm\n    measure: ${measure}\n    audience: ${audience}\n    unit: ${unit}\n    value: 1000\n    targetText: "1.000 người"\n    deadline: 2026-12-31\n    frequency: hang-nam\n    counts: Thử nghiệm.\n`;

  it('refuses an unknown measure, a period that ends before it starts and a duplicate number', async () => {
    const file = (name: string) => `content/ke-hoach/${name}.yaml`;
    writeFileSync(join(root, file('a')), plan('7/KH-UBND', '2026-01-01', '2026-12-31', target('so-ca-benh')));
    writeFileSync(join(root, file('b')), plan('8/KH-UBND', '2026-12-31', '2026-01-01', target('doi-tuong-so-nguoi', 'so-luong', 'hoc-sinh-sinh-vien')));
    const existing = readFileSync(join(root, 'content/ke-hoach/164-kh-ubnd-2021.yaml'), 'utf8');
    writeFileSync(join(root, file('c')), existing.replace('isCurrent: true', 'isCurrent: false'));
    const issues = await validateContent(root);

    const unknown = issues.find((i) => i.file === file('a') && i.field.includes('measure'));
    expect(unknown, JSON.stringify(issues, null, 1)).toBeDefined();
    expect(unknown!.problem.vi).toMatch(/so-ca-benh|Đo bằng|một trong/);

    const reversed = issues.find((i) => i.file === file('b') && i.field === 'periodEnd');
    expect(reversed?.problem.vi).toContain('sửa:');
    expect(issues.filter((i) => i.file === file('b'))).toHaveLength(1);

    const duplicates = issues.filter((i) => i.field === 'number');
    expect(duplicates.map((i) => i.file).sort()).toEqual([file('c'), 'content/ke-hoach/164-kh-ubnd-2021.yaml'].sort());
    expect(duplicates[0]!.problem.vi).toContain('sửa:');
  });
});
