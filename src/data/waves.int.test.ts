import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatIssues } from '../lib/content/issues';
import { audiences, outreachFormats } from '../lib/taxonomy';
import { waveResults } from '../lib/waves/results';
import { getActivities } from './activities';
import { validateContent } from './validate-content';
import { loadWaves } from './waves';

describe('wave results', () => {
  it('are recomputed from the activity files read as plain YAML', () => {
    const root = process.cwd();
    const { waves } = loadWaves(root);
    const { records, registry } = getActivities(root);
    // Independent reading: every record of every file, with its unit, straight from the YAML text.
    const stored: { wave: string; format: string; unit: string; participants: number; audiences: string[] }[] = [];
    for (const year of readdirSync(join(root, 'content/hoat-dong'))) {
      for (const name of readdirSync(join(root, 'content/hoat-dong', year))) {
        const data = parse(readFileSync(join(root, 'content/hoat-dong', year, name), 'utf8')) as {
          unit: { list: string; code: string };
          activities?: { wave?: string; format: string; participants?: number; audiences: string[] }[];
        };
        for (const a of data.activities ?? []) {
          if (a.wave) stored.push({ wave: a.wave, format: a.format, unit: `${data.unit.list}/${data.unit.code}`, participants: a.participants ?? 0, audiences: a.audiences });
        }
      }
    }
    for (const wave of waves) {
      const mine = stored.filter((r) => r.wave === wave.slug);
      const results = waveResults(wave, records, { registry, formats: outreachFormats, audiences });
      expect(results.activities).toBe(mine.length);
      expect(results.unitsReached).toBe(new Set(mine.map((r) => r.unit)).size);
      for (const row of results.byFormat) expect(row.done).toBe(mine.filter((r) => r.format === row.format).length);
      for (const row of results.byAudience) {
        expect(row.participants).toBe(mine.filter((r) => r.audiences.includes(row.audience)).reduce((sum, r) => sum + r.participants, 0));
      }
    }
  });
});

describe('bad wave content', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'waves-'));
    cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is refused with the file, the field and the fix in Vietnamese', async () => {
    writeFileSync(
      join(root, 'content/dot-chien-dich/dot-hong.yaml'),
      [
        'name: Đợt hỏng để thử',
        'start: 2025-08-20',
        'end: 2025-08-10',
        'basis: Căn cứ thử nghiệm đủ dài',
        "basisUrl: ''",
        'allUnits: false',
        'units:',
        "  - '99999'",
        'audiences:',
        '  - cong-dong',
        'messages:',
        '  - Thông điệp thử',
        'materials: []',
        'lessonKits: []',
        'expected:',
        '  - format: loa-truyen-thanh',
        '    count: 3',
        'broadcasts:',
        '  - script: nhan-biet-loi-moi-viec-lam-lua-dao',
        '    days:',
        '      - 2025-09-01',
        '    timesPerDay: 1',
        '',
      ].join('\n'),
    );
    const issues = (await validateContent(root)).filter((i) => i.file === 'content/dot-chien-dich/dot-hong.yaml');
    const message = formatIssues(issues);
    expect(message).toContain('trường «Ngày kết thúc» (end): ngày kết thúc (10/08/2025) trước ngày bắt đầu (20/08/2025)');
    expect(message).toContain('«Bài phát thanh» (broadcasts.0.script)');
    expect(message).toContain('chọn tài liệu loại "Bài phát thanh"');
    expect(message).toContain('«Ngày phát» (broadcasts.0.days.0)');
  });
});
